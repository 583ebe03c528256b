package fr.vigie.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the steps of {@link PanelPlan}, checking what each needs and adds, and assembles the
 * wide panel once.
 *
 * <p>Why not simply chain the steps on the panel so far: every join and window of a step then
 * copies the whole accumulated row (up to ~150 columns), about 60 times per row in all, and that
 * copying was most of the panel's time (README, "Performance"). Instead each step runs on a narrow
 * table, the calendar with only the columns the step requires, and yields a narrow table, the
 * calendar keys with only the columns it adds; the wide row is built once at the end, by one join
 * per step on (siret, month), all on the same partitioning, so without further shuffle.
 */
public final class PanelBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(PanelBuilder.class);
  /** The key of every narrow table: one row per calendar row. */
  private static final String[] KEY = {Columns.SIRET, Columns.MONTH};

  private PanelBuilder() {}

  /** The establishment panel with every feature, temporary columns (starting with _) included. */
  public static Dataset<Row> build(PanelInputs inputs) {
    return apply(Calendar.grid(inputs), PanelPlan.steps(inputs.config()), inputs);
  }

  /**
   * The base with the columns of every step, in the order the steps add them. A step sees the base
   * (the calendar) and the columns it requires, joined from the steps that added them.
   */
  static Dataset<Row> apply(Dataset<Row> base, List<PanelStep> steps, PanelInputs inputs) {
    List<String> baseColumns = Arrays.asList(base.columns());
    for (String key : KEY) {
      if (!baseColumns.contains(key)) throw new IllegalStateException("The panel's base lacks its key column " + key);
    }
    List<String> order = new ArrayList<>(baseColumns);
    List<Dataset<Row>> tables = new ArrayList<>();
    Map<String, Integer> producer = new HashMap<>(); // column → index of the narrow table that holds it
    for (PanelStep step : steps) {
      Dataset<Row> input = inputFor(step, base, baseColumns, tables, producer, order);
      Dataset<Row> output = step.apply(input, inputs);
      List<String> in = Arrays.asList(input.columns());
      Set<String> out = new LinkedHashSet<>(Arrays.asList(output.columns()));
      for (String column : in) {
        if (!out.contains(column)) {
          throw new IllegalStateException("Panel step " + step.name() + " dropped column " + column + " of its input");
        }
      }
      for (String added : step.adds()) {
        if (!out.contains(added)) {
          throw new IllegalStateException("Panel step " + step.name() + " did not add its column " + added);
        }
      }
      out.removeAll(in);
      List<String> narrow = new ArrayList<>(Arrays.asList(KEY));
      narrow.addAll(out);
      for (String column : out) producer.put(column, tables.size());
      tables.add(output.selectExpr(quoted(narrow)));
      order.addAll(out);
      LOG.debug("panel step {}: adds {}", step.name(), out);
    }
    Dataset<Row> panel = base;
    for (Dataset<Row> table : tables) panel = panel.join(table, KEY, "left");
    return panel.selectExpr(quoted(order));
  }

  /** The base joined with the columns the step requires, from the narrow tables of the steps that added them. */
  private static Dataset<Row> inputFor(PanelStep step, Dataset<Row> base, List<String> baseColumns,
      List<Dataset<Row>> tables, Map<String, Integer> producer, List<String> known) {
    Map<Integer, List<String>> needed = new LinkedHashMap<>();
    for (String column : step.requires()) {
      if (baseColumns.contains(column)) continue;
      Integer table = producer.get(column);
      if (table == null) {
        throw new IllegalStateException("Panel step " + step.name() + " needs column " + column
            + ", which no earlier step adds (columns: " + known + ")");
      }
      needed.computeIfAbsent(table, t -> new ArrayList<>(Arrays.asList(KEY))).add(column);
    }
    Dataset<Row> input = base;
    for (Map.Entry<Integer, List<String>> e : needed.entrySet()) {
      input = input.join(tables.get(e.getKey()).selectExpr(quoted(e.getValue())), KEY, "left");
    }
    return input;
  }

  private static String[] quoted(List<String> columns) {
    return columns.stream().map(c -> "`" + c + "`").toArray(String[]::new);
  }

  /** The columns written: no temporary (underscore) column. */
  public static Dataset<Row> publishable(Dataset<Row> panel) {
    return panel.drop(Arrays.stream(panel.columns()).filter(c -> c.startsWith("_")).toArray(String[]::new));
  }
}
