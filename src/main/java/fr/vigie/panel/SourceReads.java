package fr.vigie.panel;

import fr.vigie.config.SourceName;
import fr.vigie.error.InputException;
import fr.vigie.source.SourceColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The source columns one step of the panel reads, declared through the readers' constants
 * ({@link SourceColumn}), so that the plan checks them before any Spark job: a sources/ folder written
 * by another version of vigie (or by hand) without one of them fails naming the step and the column,
 * not with Spark's plan dump from deep inside the build.
 *
 * @param step the step as a message names it ("COTISATION records", "regional context")
 */
public record SourceReads(String step, List<SourceColumn> columns) {

  public SourceReads {
    columns = List.copyOf(columns);
  }

  public static SourceReads of(String step, SourceColumn... columns) {
    return new SourceReads(step, List.of(columns));
  }

  /**
   * Fails (exit 3) on the first declared column that a delivered source lacks; a source that was not
   * delivered is not read, so its columns are not checked. Reads only the schemas: no job runs.
   */
  public static void check(Map<SourceName, Dataset<Row>> sources, List<SourceReads> steps) {
    for (SourceReads reads : steps) {
      for (SourceColumn column : reads.columns()) {
        Dataset<Row> source = sources.get(column.source());
        if (source == null) continue;
        if (!Set.of(source.columns()).contains(column.column())) {
          throw new InputException("Cannot build the panel: its " + reads.step() + " read the column "
              + column.qualified() + ", which sources/" + column.source().folder() + " does not have (its columns: "
              + String.join(", ", source.columns()) + "). Run vigie ingest again with this version.");
        }
      }
    }
  }
}
