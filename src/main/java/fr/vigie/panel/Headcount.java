package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Headcount per (siret, periode) as known at the end of the month (panel.md, "Headcount"). A
 * month's value is published {@code d} months later (sources.effectif.delay-months); the row of m
 * carries the latest value published by m, and {@code effectif_reporte} = m − the month of the value
 * shown: the source's delay when the data are on time (3 by default, never 0 with a delay), more when a
 * month is missing or the file stops. {@code effectif_entreprise} is the
 * company file's value (same rule) when delivered, else the sum over the company's establishments.
 */
public final class Headcount implements PanelStep {
  @Override
  public String name() {
    return "headcount";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.SIREN, Columns.MONTH);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.EFFECTIF, Columns.EFFECTIF_REPORTE, Columns.EFFECTIF_ENTREPRISE);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> withEffectif = inputs.source(SourceName.EFFECTIF)
        .map(e -> carriedForward(panel, e, Columns.SIRET, inputs.delay(SourceName.EFFECTIF), Columns.EFFECTIF,
            Columns.EFFECTIF_REPORTE, inputs.start()))
        .orElse(panel.withColumn(Columns.EFFECTIF, nullInt()).withColumn(Columns.EFFECTIF_REPORTE, nullInt()));
    Column sumOfEstablishments = sum(col(Columns.EFFECTIF)).over(Window.partitionBy(Columns.SIREN, Columns.MONTH));
    if (!inputs.has(SourceName.EFFECTIF_ENTREPRISE)) {
      return withEffectif.withColumn(Columns.EFFECTIF_ENTREPRISE, sumOfEstablishments);
    }
    Dataset<Row> companies = withEffectif.select(Columns.SIREN, Columns.MONTH).distinct();
    Dataset<Row> companyFile = carriedForward(companies, inputs.source(SourceName.EFFECTIF_ENTREPRISE).get(),
        Columns.SIREN, inputs.delay(SourceName.EFFECTIF_ENTREPRISE), "_eff_ent_file", "_eff_ent_reporte",
        inputs.start())
        .drop("_eff_ent_reporte");
    return withEffectif.join(companyFile, new String[] {Columns.SIREN, Columns.MONTH}, "left")
        .withColumn(Columns.EFFECTIF_ENTREPRISE, coalesce(col("_eff_ent_file"), sumOfEstablishments))
        .drop("_eff_ent_file");
  }

  /**
   * Joins monthly values (key, periode, effectif) onto a (key, _mi) grid at the row where each is
   * published, then carries the latest one forward: {@code value} and {@code carried} (months since
   * the value's own month).
   */
  static Dataset<Row> carriedForward(Dataset<Row> grid, Dataset<Row> monthly, String key, int delay, String value,
      String carried, int calendarStart) {
    Dataset<Row> published = monthly
        .where(col(key).isNotNull())
        .groupBy(col(key), Months.index(col(Columns.PERIODE)).as("_own"))
        .agg(max(Columns.EFFECTIF).as("_value")) // a duplicated line counts once
        .withColumn(Columns.MONTH, col("_own").plus(delay));
    WindowSpec toDate = Months.byMonth(key).rangeBetween(Window.unboundedPreceding(), 0);
    // values published before the calendar start still seed the carry-forward
    Dataset<Row> latestEarly = published.where(col(Columns.MONTH).lt(calendarStart))
        .groupBy(key).agg(max(struct(col("_own"), col("_value"))).as("_e"));
    return grid.join(published, new String[] {key, Columns.MONTH}, "left")
        .join(latestEarly, new String[] {key}, "left")
        .withColumn("_own", coalesce(last(col("_own"), true).over(toDate), col("_e._own")))
        .withColumn(value, coalesce(last(col("_value"), true).over(toDate), col("_e._value")).cast("int"))
        .withColumn(carried, when(col(value).isNotNull(), col(Columns.MONTH).minus(col("_own"))).cast("int"))
        .drop("_own", "_value", "_e");
  }

  static Column nullInt() {
    return org.apache.spark.sql.functions.lit(null).cast("int");
  }
}
