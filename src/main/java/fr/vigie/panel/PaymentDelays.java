package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Payment delays and CCSF per (siret, periode) (panel.md, "Payment delays and CCSF"). A délai with
 * a positive duration is active in the months from its creation to its due date, and known from its
 * creation month (+ delay); when several are active, the most recently created one describes the
 * month. {@code delai_deviation_remboursement} = (debt − amount × days left / total days) / amount.
 * {@code ccsf_mois_depuis}: months since the most recent CCSF decision known at m (0 in its month).
 */
public final class PaymentDelays implements PanelStep {
  @Override
  public String name() {
    return "payment-delays";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.MONTH, DebtStates.EXACT);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.DELAI_JOURS_TOTAL, Columns.DELAI_MONTANT, Columns.DELAI_JOURS_RESTANTS,
        Columns.DELAI_DEVIATION, Columns.CCSF_MOIS_DEPUIS);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    String[] keys = {Columns.SIRET, Columns.MONTH};
    Dataset<Row> out = panel;
    if (inputs.has(SourceName.DELAIS)) {
      int delay = inputs.delay(SourceName.DELAIS);
      Column first = greatest(Months.index(col("date_creation")).plus(delay), lit(inputs.start()));
      Column last = least(Months.index(col("date_echeance")), lit(inputs.end()));
      Dataset<Row> active = Records.once(inputs.source(SourceName.DELAIS).get())
          // sequence(a, b) counts down when a > b: only agreements active within the calendar
          .where(col("duree_delai").gt(0).and(col(Columns.SIRET).isNotNull()).and(first.leq(last)))
          .withColumn(Columns.MONTH, explode(sequence(first, last)))
          .groupBy(Columns.SIRET, Columns.MONTH)
          .agg(max(struct(col("date_creation"), col("line"), col("duree_delai"), col("montant_global_echeancier"),
              col("date_echeance"))).as("_d"));
      Column debt = Exact.toEuros(col(DebtStates.EXACT), Exact.CENTIMES_PER_EURO);
      Column amount = col(Columns.DELAI_MONTANT);
      Column total = col(Columns.DELAI_JOURS_TOTAL);
      out = out.join(active, keys, "left")
          .withColumn(Columns.DELAI_JOURS_TOTAL, col("_d.duree_delai").cast("int"))
          .withColumn(Columns.DELAI_MONTANT, col("_d.montant_global_echeancier").cast("double"))
          .withColumn(Columns.DELAI_JOURS_RESTANTS,
              datediff(col("_d.date_echeance"), Months.firstDay(col(Columns.MONTH))))
          .withColumn(Columns.DELAI_DEVIATION, when(amount.notEqual(0).and(total.gt(0)),
              debt.minus(amount.multiply(col(Columns.DELAI_JOURS_RESTANTS)).divide(total)).divide(amount)))
          .drop("_d");
    } else {
      out = out.withColumn(Columns.DELAI_JOURS_TOTAL, Headcount.nullInt())
          .withColumn(Columns.DELAI_MONTANT, Contributions.nullDouble())
          .withColumn(Columns.DELAI_JOURS_RESTANTS, Headcount.nullInt())
          .withColumn(Columns.DELAI_DEVIATION, Contributions.nullDouble());
    }
    if (!inputs.has(SourceName.CCSF)) return out.withColumn(Columns.CCSF_MOIS_DEPUIS, Headcount.nullInt());
    Dataset<Row> decisions = Records.once(inputs.source(SourceName.CCSF).get())
        .where(col(Columns.SIRET).isNotNull())
        .withColumn("_decision", Months.index(col("date_traitement")))
        .withColumn(Columns.MONTH, greatest(col("_decision").plus(inputs.delay(SourceName.CCSF)), lit(inputs.start())))
        .groupBy(Columns.SIRET, Columns.MONTH)
        .agg(max("_decision").as("_decision"));
    return out.join(decisions, keys, "left")
        .withColumn(Columns.CCSF_MOIS_DEPUIS, col(Columns.MONTH).minus(last(col("_decision"), true)
            .over(Months.byMonth(Columns.SIRET).rangeBetween(Window.unboundedPreceding(), 0))).cast("int"))
        .drop("_decision");
  }
}
