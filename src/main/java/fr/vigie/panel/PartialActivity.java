package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Activité partielle per (siret, periode) (panel.md, "Activité partielle"):
 *
 * <ul>
 *   <li>{@code apart_heures_autorisees}: each authorisation's HTA prorated over the days of
 *       [DATE_DEB, DATE_FIN] in the month, summed; an authorisation is known from the month of its
 *       DATE_STATUT (+ sources.ap_demandes.delay-months);
 *   <li>{@code apart_heures_consommees}: consumption is delivered {@code d} months late
 *       (sources.ap_consommations.delay-months), so the row of m carries the hours of month m − d;
 *   <li>{@code apart_heures_consommees_cumulees}: hours consumed since the start of the
 *       authorisations active in month m − d, up to that month;
 *   <li>{@code apart_motif_recours}: reason of the most recent known authorisation active in m;
 *   <li>{@code ratio_apart} = hours consumed / (effectif × panel.monthly-hours).
 * </ul>
 *
 * Authorisations are expanded to their months (a few each, clamped to the calendar).
 */
public final class PartialActivity implements PanelStep {
  private final double monthlyHours;

  public PartialActivity(double monthlyHours) {
    this.monthlyHours = monthlyHours;
  }

  @Override
  public String name() {
    return "partial-activity";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.MONTH, Columns.EFFECTIF);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.APART_AUTORISEES, Columns.APART_CONSOMMEES, Columns.APART_CUMULEES, Columns.APART_MOTIF,
        Columns.RATIO_APART);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> out = panel;
    String[] keys = {Columns.SIRET, Columns.MONTH};
    int delayDemandes = inputs.delay(SourceName.AP_DEMANDES);
    Dataset<Row> authorisedMonths = inputs.source(SourceName.AP_DEMANDES)
        .map(d -> authorisedMonths(Records.once(d), delayDemandes, inputs.start(), inputs.end())).orElse(null);
    if (authorisedMonths != null) {
      Dataset<Row> perMonth = authorisedMonths
          .where(col("_known_at").leq(col(Columns.MONTH))) // an authorisation counts once it is known
          .groupBy(Columns.SIRET, Columns.MONTH)
          .agg(Exact.sumOfDoubles(col("_hours")).as(Columns.APART_AUTORISEES),
              max(struct(col("date_statut"), col("id_da"), col("motif_recours_se"))).as("_latest"));
      out = out.join(perMonth, keys, "left")
          .withColumn(Columns.APART_MOTIF, col("_latest.motif_recours_se").cast("int"))
          .drop("_latest");
    } else {
      out = out.withColumn(Columns.APART_AUTORISEES, Contributions.nullDouble())
          .withColumn(Columns.APART_MOTIF, Headcount.nullInt());
    }
    if (inputs.has(SourceName.AP_CONSOMMATIONS)) {
      int delay = inputs.delay(SourceName.AP_CONSOMMATIONS);
      Dataset<Row> consumed = Records.once(inputs.source(SourceName.AP_CONSOMMATIONS).get())
          .groupBy(col(Columns.SIRET), col("id_demande"), Months.index(col("mois")).as("_k"))
          .agg(Exact.sumOfDoubles(col("heures")).as("_heures"));
      Dataset<Row> monthly = consumed.groupBy(col(Columns.SIRET), col("_k").plus(delay).as(Columns.MONTH))
          .agg(Exact.sumOfDoubles(col("_heures")).as(Columns.APART_CONSOMMEES));
      out = out.join(monthly, keys, "left");
      // cumulated from the authorisation's own start, even when it began before the calendar
      Dataset<Row> cumulated = authorisedMonths == null ? null : cumulated(
          authorisedMonths(Records.once(inputs.source(SourceName.AP_DEMANDES).get()), delayDemandes, Integer.MIN_VALUE,
              inputs.end()),
          consumed, delay);
      out = cumulated == null
          ? out.withColumn(Columns.APART_CUMULEES, Contributions.nullDouble())
          : out.join(cumulated, keys, "left");
    } else {
      out = out.withColumn(Columns.APART_CONSOMMEES, Contributions.nullDouble())
          .withColumn(Columns.APART_CUMULEES, Contributions.nullDouble());
    }
    return out.withColumn(Columns.RATIO_APART, when(col(Columns.EFFECTIF).gt(0),
        col(Columns.APART_CONSOMMEES).divide(col(Columns.EFFECTIF).multiply(monthlyHours))));
  }

  /**
   * One row per (authorisation, month of [DATE_DEB, DATE_FIN] within [from, until]) with the hours
   * of that month ({@code _hours}, prorated by days) and the month it became known.
   */
  static Dataset<Row> authorisedMonths(Dataset<Row> demandes, int delay, int from, int until) {
    Column first = greatest(Months.index(col("date_debut")), lit(from));
    Column last = least(Months.index(col("date_fin")), lit(until));
    Column totalDays = datediff(col("date_fin"), col("date_debut")).plus(1);
    Column monthStart = Months.firstDay(col(Columns.MONTH));
    Column daysIn = datediff(least(col("date_fin"), last_day(monthStart)), greatest(col("date_debut"), monthStart))
        .plus(1);
    return demandes
        // sequence(a, b) counts down when a > b: months outside [from, until] must not be exploded
        .where(col("date_fin").geq(col("date_debut")).and(col(Columns.SIRET).isNotNull()).and(first.leq(last)))
        .withColumn(Columns.MONTH, explode(sequence(first, last)))
        .withColumn("_hours", col("hta").multiply(daysIn).divide(totalDays))
        .withColumn("_known_at", Months.index(col("date_statut")).plus(delay))
        .withColumn("id_demande", substring(col("id_da"), 1, 9))
        .select(Columns.SIRET, "id_demande", "id_da", "date_statut", "motif_recours_se", Columns.MONTH, "_hours",
            "_known_at");
  }

  /**
   * Per (siret, row m): hours consumed since the start of each authorisation active in month
   * k = m − delay, up to k, summed over those authorisations.
   */
  static Dataset<Row> cumulated(Dataset<Row> authorisedMonths, Dataset<Row> consumed, int delay) {
    // an authorisation counts from the row at which it is known
    Dataset<Row> active = authorisedMonths.where(col("_known_at").leq(col(Columns.MONTH).plus(delay)))
        .select(col(Columns.SIRET), col("id_demande"), col(Columns.MONTH).as("_k"))
        .distinct();
    Dataset<Row> perDemande = active
        .join(consumed.drop(Columns.SIRET), new String[] {"id_demande", "_k"}, "left")
        .withColumn("_cum", sum(org.apache.spark.sql.functions.coalesce(col("_heures"), lit(0.0)))
            .over(Window.partitionBy(Columns.SIRET, "id_demande").orderBy("_k")
                .rangeBetween(Window.unboundedPreceding(), 0)));
    return perDemande.groupBy(col(Columns.SIRET), col("_k").plus(delay).as(Columns.MONTH))
        .agg(Exact.sumOfDoubles(col("_cum")).as(Columns.APART_CUMULEES));
  }
}
