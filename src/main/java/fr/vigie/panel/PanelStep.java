package fr.vigie.panel;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One feature family of the panel: a function from the panel so far (and the sources) to the panel
 * with more columns. Each step declares what it needs and what it adds; {@link PanelBuilder}
 * checks both, so a renamed column fails at the step that needs it.
 */
public interface PanelStep {
  String name();

  Set<String> requires();

  Set<String> adds();

  Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs);
}
