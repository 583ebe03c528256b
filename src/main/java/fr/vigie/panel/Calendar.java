package fr.vigie.panel;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The calendar-complete base of the establishment panel: one row per (siret, month) of [start, end]
 * for every establishment known to the URSSAF (a siret of the cotisations, débits or headcount
 * files), even in months no source says anything about.
 */
public final class Calendar {
  static final List<SourceName> UNIVERSE = List.of(SourceName.COTISATIONS, SourceName.DEBITS, SourceName.EFFECTIF);

  private Calendar() {}

  public static Dataset<Row> grid(PanelInputs inputs) {
    Dataset<Row> sirets = null;
    for (SourceName source : UNIVERSE) {
      if (!inputs.has(source)) continue;
      Dataset<Row> s = inputs.source(source).get().select(Columns.SIRET).where(col(Columns.SIRET).isNotNull());
      sirets = sirets == null ? s : sirets.union(s);
    }
    if (sirets == null) {
      throw new IllegalStateException("Cannot build the panel: none of " + UNIVERSE + " was ingested");
    }
    return sirets.distinct()
        .crossJoin(broadcast(inputs.months())) // months: at most a few hundred rows
        .withColumn(Columns.SIREN, substring(col(Columns.SIRET), 1, 9))
        .select(Columns.SIRET, Columns.SIREN, Columns.PERIODE, Columns.MONTH);
  }
}
