package fr.vigie.panel;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.Arrays;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Regional and departmental context from the URSSAF open data (panel.md), joined on the
 * establishment's region or département with the latest quarter <b>published</b> by the end of the
 * month. Publication (inputs.md): procédures collectives at the end of the quarter + delay-days
 * (~20); auto-entrepreneurs per semester, at the end of the semester + delay-days (~200).
 * Estimated radiations and administratively-active counts are used when the export has them; the
 * average turnover is the quarter's turnover per economically active auto-entrepreneur.
 */
public final class RegionalContext implements PanelStep {
  @Override
  public String name() {
    return "regional-context";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.REGION, Columns.DEPARTEMENT, Columns.MONTH);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.REGION_PROCOL_PREFIX + "liquidation", Columns.REGION_PROCOL_PREFIX + "redressement",
        Columns.REGION_PROCOL_PREFIX + "sauvegarde", Columns.REGION_PROCOL_VARIATION, Columns.AE_IMMATRICULATIONS,
        Columns.AE_RADIATIONS, Columns.AE_PART_ACTIFS, Columns.AE_CA_MOYEN, Columns.AE_VARIATION);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> out = panel;
    if (inputs.has(SourceName.PROCOLS_REGION)) {
      Dataset<Row> quarters = inputs.source(SourceName.PROCOLS_REGION).get()
          .withColumn("_q", quarter())
          .groupBy(col("code_region").as(Columns.REGION), col("_q"))
          .agg(sum(when(col("nature").equalTo("liquidation"), col("nombre_de_procedures_brut"))).as("_liq"),
              sum(when(col("nature").equalTo("redressement"), col("nombre_de_procedures_brut"))).as("_red"),
              sum(when(col("nature").equalTo("sauvegarde"), col("nombre_de_procedures_brut"))).as("_sau"),
              sum(col("nombre_de_procedures_brut")).as("_total"));
      Dataset<Row> latest = latestPublished(withYearAgo(quarters, Columns.REGION, "_total"), Columns.REGION, 3,
          inputs.config().source(SourceName.PROCOLS_REGION).delayDays(), inputs);
      out = out.join(broadcast(latest), new String[] {Columns.REGION, Columns.MONTH}, "left")
          .withColumn(Columns.REGION_PROCOL_PREFIX + "liquidation", col("_v._liq"))
          .withColumn(Columns.REGION_PROCOL_PREFIX + "redressement", col("_v._red"))
          .withColumn(Columns.REGION_PROCOL_PREFIX + "sauvegarde", col("_v._sau"))
          .withColumn(Columns.REGION_PROCOL_VARIATION, col("_v._variation"))
          .drop("_v");
    } else {
      for (String c : new String[] {"liquidation", "redressement", "sauvegarde"}) {
        out = out.withColumn(Columns.REGION_PROCOL_PREFIX + c, lit(null).cast("long"));
      }
      out = out.withColumn(Columns.REGION_PROCOL_VARIATION, Contributions.nullDouble());
    }
    if (!inputs.has(SourceName.AUTO_ENTREPRENEURS)) {
      return out.withColumn(Columns.AE_IMMATRICULATIONS, lit(null).cast("long"))
          .withColumn(Columns.AE_RADIATIONS, lit(null).cast("long"))
          .withColumn(Columns.AE_PART_ACTIFS, Contributions.nullDouble())
          .withColumn(Columns.AE_CA_MOYEN, Contributions.nullDouble())
          .withColumn(Columns.AE_VARIATION, Contributions.nullDouble());
    }
    Column administratifs = coalesce(col("administrativement_actifs_estimes"), col("administrativement_actifs"));
    Dataset<Row> quarters = inputs.source(SourceName.AUTO_ENTREPRENEURS).get()
        .withColumn("_q", quarter())
        .groupBy(col("code_departement").as(Columns.DEPARTEMENT), col("_q"))
        .agg(sum("immatriculations").as("_immat"),
            sum(coalesce(col("radiations_estimees"), col("radiations"))).as("_rad"),
            sum("economiquement_actifs").as("_eco"), sum(administratifs).as("_admin"),
            Exact.sumOfDoubles(col("chiffres_d_affaires")).as("_ca"));
    Dataset<Row> latest = latestPublished(withYearAgo(quarters, Columns.DEPARTEMENT, "_admin"), Columns.DEPARTEMENT, 6,
        inputs.config().source(SourceName.AUTO_ENTREPRENEURS).delayDays(), inputs);
    return out.join(broadcast(latest), new String[] {Columns.DEPARTEMENT, Columns.MONTH}, "left")
        .withColumn(Columns.AE_IMMATRICULATIONS, col("_v._immat"))
        .withColumn(Columns.AE_RADIATIONS, col("_v._rad"))
        .withColumn(Columns.AE_PART_ACTIFS, when(col("_v._admin").gt(0), col("_v._eco").divide(col("_v._admin"))))
        .withColumn(Columns.AE_CA_MOYEN, when(col("_v._eco").gt(0), col("_v._ca").divide(col("_v._eco"))))
        .withColumn(Columns.AE_VARIATION, col("_v._variation"))
        .drop("_v");
  }

  /** Quarter index (year × 4 + quarter − 1). */
  private static Column quarter() {
    return col("annee").cast("int").multiply(4).plus(col("trimestre").cast("int")).minus(1);
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
   * semester) plus {@code delayDays}. Small: keys × quarters × months.
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
