package fr.vigie.panel;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the steps of {@link PanelPlan} in order, checking what each needs and adds. */
public final class PanelBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(PanelBuilder.class);

  private PanelBuilder() {}

  /** The establishment panel with every feature, temporary columns (starting with _) included. */
  public static Dataset<Row> build(PanelInputs inputs) {
    return apply(Calendar.grid(inputs), PanelPlan.steps(inputs.config()), inputs);
  }

  static Dataset<Row> apply(Dataset<Row> base, List<PanelStep> steps, PanelInputs inputs) {
    Dataset<Row> panel = base;
    for (PanelStep step : steps) {
      Set<String> before = new HashSet<>(Arrays.asList(panel.columns()));
      for (String needed : step.requires()) {
        if (!before.contains(needed)) {
          throw new IllegalStateException("Panel step " + step.name() + " needs column " + needed
              + ", which no earlier step adds (columns: " + before + ")");
        }
      }
      panel = step.apply(panel, inputs);
      Set<String> after = new HashSet<>(Arrays.asList(panel.columns()));
      for (String added : step.adds()) {
        if (!after.contains(added)) {
          throw new IllegalStateException("Panel step " + step.name() + " did not add its column " + added);
        }
      }
      LOG.debug("panel step {}: {} columns", step.name(), after.size());
    }
    return panel;
  }

  /** The columns written: no temporary (underscore) column. */
  public static Dataset<Row> publishable(Dataset<Row> panel) {
    return panel.drop(Arrays.stream(panel.columns()).filter(c -> c.startsWith("_")).toArray(String[]::new));
  }
}
