package fr.vigie.panel;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import fr.vigie.panel.family.RegionalTables;
import fr.vigie.source.AutoEntrepreneurs;
import fr.vigie.source.ProcolsRegion;
import fr.vigie.source.SourceColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The URSSAF open data as known at each month (panel.md, "Regional and departmental context"),
 * computed in Spark and then held by every task as {@link RegionalTables}: regions × months and
 * départements × months, a few thousand rows. Publication (inputs.md): procédures collectives at the
 * end of the quarter + delay-days (~20); auto-entrepreneurs per semester, at the end of the semester
 * + delay-days (~200). Estimated radiations and administratively-active counts are used when the
 * export has them.
 */
public final class RegionalData {
  private RegionalData() {}

  /** The open-data columns read here. */
  static final List<SourceReads> READS = List.of(
      SourceReads.of("regional context", ProcolsRegion.Out.CODE_REGION, ProcolsRegion.Out.ANNEE,
          ProcolsRegion.Out.TRIMESTRE, ProcolsRegion.Out.NATURE, ProcolsRegion.Out.NOMBRE_DE_PROCEDURES_BRUT),
      SourceReads.of("departmental context", AutoEntrepreneurs.Out.CODE_DEPARTEMENT, AutoEntrepreneurs.Out.ANNEE,
          AutoEntrepreneurs.Out.TRIMESTRE, AutoEntrepreneurs.Out.IMMATRICULATIONS, AutoEntrepreneurs.Out.RADIATIONS,
          AutoEntrepreneurs.Out.RADIATIONS_ESTIMEES, AutoEntrepreneurs.Out.ECONOMIQUEMENT_ACTIFS,
          AutoEntrepreneurs.Out.ADMINISTRATIVEMENT_ACTIFS, AutoEntrepreneurs.Out.ADMINISTRATIVEMENT_ACTIFS_ESTIMES,
          AutoEntrepreneurs.Out.CHIFFRES_D_AFFAIRES));

  public static RegionalTables tables(PanelInputs inputs) {
    Map<String, Map<Integer, RegionalTables.Procedures>> procedures = null;
    if (inputs.has(SourceName.PROCOLS_REGION)) {
      Column nature = ProcolsRegion.Out.NATURE.col();
      Column count = ProcolsRegion.Out.NOMBRE_DE_PROCEDURES_BRUT.col();
      Dataset<Row> quarters = inputs.source(SourceName.PROCOLS_REGION).get()
          .withColumn("_q", quarter(ProcolsRegion.Out.ANNEE, ProcolsRegion.Out.TRIMESTRE))
          .groupBy(ProcolsRegion.Out.CODE_REGION.col().as(Columns.REGION), col("_q"))
          .agg(sum(when(nature.equalTo("liquidation"), count)).as("_liq"),
              sum(when(nature.equalTo("redressement"), count)).as("_red"),
              sum(when(nature.equalTo("sauvegarde"), count)).as("_sau"),
              sum(count).as("_total"));
      procedures = new HashMap<>();
      for (Row r : latestPublished(withYearAgo(quarters, Columns.REGION, "_total"), Columns.REGION, 3,
          inputs.config().source(SourceName.PROCOLS_REGION).delayDays(), inputs)
          .select(col(Columns.REGION), col(Columns.MONTH), col("_v._liq"), col("_v._red"), col("_v._sau"),
              col("_v._variation")).collectAsList()) {
        if (r.isNullAt(0)) continue;
        procedures.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getInt(1),
            new RegionalTables.Procedures(lng(r, 2), lng(r, 3), lng(r, 4), dbl(r, 5)));
      }
    }
    Map<String, Map<Integer, RegionalTables.AutoEntrepreneurs>> autoEntrepreneurs = null;
    if (inputs.has(SourceName.AUTO_ENTREPRENEURS)) {
      Column administratifs = coalesce(AutoEntrepreneurs.Out.ADMINISTRATIVEMENT_ACTIFS_ESTIMES.col(),
          AutoEntrepreneurs.Out.ADMINISTRATIVEMENT_ACTIFS.col());
      Dataset<Row> quarters = inputs.source(SourceName.AUTO_ENTREPRENEURS).get()
          .withColumn("_q", quarter(AutoEntrepreneurs.Out.ANNEE, AutoEntrepreneurs.Out.TRIMESTRE))
          .groupBy(AutoEntrepreneurs.Out.CODE_DEPARTEMENT.col().as(Columns.DEPARTEMENT), col("_q"))
          .agg(sum(AutoEntrepreneurs.Out.IMMATRICULATIONS.column()).as("_immat"),
              sum(coalesce(AutoEntrepreneurs.Out.RADIATIONS_ESTIMEES.col(), AutoEntrepreneurs.Out.RADIATIONS.col()))
                  .as("_rad"),
              sum(AutoEntrepreneurs.Out.ECONOMIQUEMENT_ACTIFS.column()).as("_eco"), sum(administratifs).as("_admin"),
              Exact.sumOfDoubles(AutoEntrepreneurs.Out.CHIFFRES_D_AFFAIRES.col()).as("_ca"));
      autoEntrepreneurs = new HashMap<>();
      for (Row r : latestPublished(withYearAgo(quarters, Columns.DEPARTEMENT, "_admin"), Columns.DEPARTEMENT, 6,
          inputs.config().source(SourceName.AUTO_ENTREPRENEURS).delayDays(), inputs)
          .select(col(Columns.DEPARTEMENT), col(Columns.MONTH), col("_v._immat"), col("_v._rad"), col("_v._eco"),
              col("_v._admin"), col("_v._ca"), col("_v._variation")).collectAsList()) {
        if (r.isNullAt(0)) continue;
        autoEntrepreneurs.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getInt(1),
            new RegionalTables.AutoEntrepreneurs(lng(r, 2), lng(r, 3), lng(r, 4), lng(r, 5), dbl(r, 6), dbl(r, 7)));
      }
    }
    return new RegionalTables(procedures, autoEntrepreneurs);
  }

  private static Long lng(Row r, int i) {
    return r.isNullAt(i) ? null : r.getLong(i);
  }

  private static Double dbl(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  /** Quarter index (year × 4 + quarter − 1). */
  private static Column quarter(SourceColumn annee, SourceColumn trimestre) {
    return annee.col().cast("int").multiply(4).plus(trimestre.col().cast("int")).minus(1);
  }

  /** Adds {@code _variation}: the measure against the same quarter a year earlier, minus one. */
  static Dataset<Row> withYearAgo(Dataset<Row> quarters, String key, String measure) {
    Dataset<Row> yearAgo = quarters.select(col(key), col("_q").plus(4).as("_q"), col(measure).as("_year_ago"));
    return quarters.join(yearAgo, new String[] {key, "_q"}, "left")
        .withColumn("_variation", when(col("_year_ago").gt(0), col(measure).divide(col("_year_ago")).minus(1)))
        .drop("_year_ago");
  }

  /**
   * (key, _mi, _v): the latest quarter published by the end of each calendar month. A quarter is
   * released at the end of its release period ({@code releaseMonths}: 3 = each quarter, 6 = each
   * semester) plus {@code delayDays}.
   */
  static Dataset<Row> latestPublished(Dataset<Row> quarters, String key, int releaseMonths, int delayDays,
      PanelInputs inputs) {
    Column quarterEndMonth = col("_q").multiply(3).plus(2); // month index of the quarter's last month
    // the last month of the release period holding the quarter (June or December for semesters)
    Column releaseEnd = quarterEndMonth.plus(pmod(lit(releaseMonths - 1).minus(pmod(quarterEndMonth,
        lit(releaseMonths))), lit(releaseMonths)));
    Column releaseDate = date_add(last_day(Months.firstDay(releaseEnd)), delayDays);
    Column values = struct(Arrays.stream(quarters.drop(key).columns()).map(c -> col(c)).toArray(Column[]::new));
    Dataset<Row> published = quarters
        .select(col(key), Months.index(releaseDate).as("_published"), struct(col("_q"), values.as("_vals")).as("_qv"));
    return published.crossJoin(broadcast(inputs.months().select(Columns.MONTH)))
        .where(col("_published").leq(col(Columns.MONTH)))
        .groupBy(key, Columns.MONTH)
        .agg(max(col("_qv")).as("_latest"))
        .select(col(key), col(Columns.MONTH), col("_latest._vals").as("_v"));
  }
}
