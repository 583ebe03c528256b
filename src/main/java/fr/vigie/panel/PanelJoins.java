package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The panel is hash-partitioned by siren once ({@link Calendar}), and stays so: establishment
 * windows partition by (siren, siret), establishment joins are on (siren, siret, _mi), company
 * joins on (siren, _mi). With {@link #KEEP_PARTITIONING} off, Spark accepts the siren partitioning
 * for all of them, so only the small per-feature datasets are shuffled, never the wide panel.
 */
public final class PanelJoins {
  /** Spark setting: a join may use a partitioning on a subset of its keys. */
  static final String KEEP_PARTITIONING = "spark.sql.requireAllClusterKeysForCoPartition";

  private PanelJoins() {}

  static void configure(SparkSession spark) {
    spark.conf().set(KEEP_PARTITIONING, "false");
  }

  /** Left join of per-(siret, month) values onto the panel. */
  static Dataset<Row> bySiretMonth(Dataset<Row> panel, Dataset<Row> values) {
    return panel.join(withSiren(values), new String[] {Columns.SIREN, Columns.SIRET, Columns.MONTH}, "left");
  }

  /** Left join of per-siret values onto the panel. */
  static Dataset<Row> bySiret(Dataset<Row> panel, Dataset<Row> values) {
    return panel.join(withSiren(values), new String[] {Columns.SIREN, Columns.SIRET}, "left");
  }

  /** The siren of every row, from its siret (a source's own siren column may disagree or be absent). */
  private static Dataset<Row> withSiren(Dataset<Row> values) {
    return values.withColumn(Columns.SIREN, substring(col(Columns.SIRET), 1, 9));
  }
}
