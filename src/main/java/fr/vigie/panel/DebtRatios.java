package fr.vigie.panel;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.PanelConfig;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Debt ratios and tags per (siret, periode), from the contributions, debts and headcount of the
 * same row (panel.md, "URSSAF contributions and debts"):
 *
 * <ul>
 *   <li>{@code ratio_dette} = debt / cotisation_moy12m, null when the mean is null or ≤ 0;
 *   <li>{@code ratio_dette_moy12m}: mean over the 12 rows ending at m of debt / cotisation, null if
 *       any of those cotisations is missing or zero;
 *   <li>{@code tag_debit}: ratio_dette above the threshold (null when the ratio is);
 *   <li>{@code tag_default}: the third (configurable) or later consecutive month with ratio_dette
 *       above 1;
 *   <li>{@code interessante_urssaf}: false during the 6 months starting with any month of positive
 *       debt;
 *   <li>{@code dette_par_effectif} and its difference over 3 months.
 * </ul>
 */
public final class DebtRatios implements PanelStep {
  private final PanelConfig config;

  public DebtRatios(PanelConfig config) {
    this.config = config;
  }

  static String ratioMean(PanelConfig config) {
    return Columns.mean(Columns.RATIO_DETTE, config.meanWindowMonths());
  }

  @Override
  public String name() {
    return "debt-ratios";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.MONTH, Contributions.EXACT, Contributions.EXACT_SUM, DebtStates.EXACT,
        Columns.EFFECTIF);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.RATIO_DETTE, ratioMean(config), Columns.TAG_DEBIT, Columns.TAG_DEFAULT,
        Columns.INTERESSANTE_URSSAF, Columns.DETTE_PAR_EFFECTIF,
        Columns.diff(Columns.DETTE_PAR_EFFECTIF, config.debtPerHeadDiffMonths()));
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    int window = config.meanWindowMonths();
    // ratios of exact sums: debt in centimes, cotisations in twelfths of a centime (Exact), one division
    Column debtCentimes = col(DebtStates.EXACT);
    Column debt = Exact.toEuros(debtCentimes, Exact.CENTIMES_PER_EURO);
    Column meanSum = col(Contributions.EXACT_SUM); // twelfths of a centime over the window's months
    Column cotisation = col(Contributions.EXACT); // twelfths of a centime
    WindowSpec months = Months.byMonth(Columns.SIRET);
    long twelfthsPerCentime = Exact.TWELFTHS_PER_EURO / Exact.CENTIMES_PER_EURO;
    Column monthlyRatio = when(cotisation.notEqual(0),
        debtCentimes.multiply(twelfthsPerCentime).cast("double").divide(cotisation.cast("double")));
    Column ratio = when(meanSum.gt(0),
        debtCentimes.multiply(twelfthsPerCentime * window).cast("double").divide(meanSum.cast("double")));
    Column above = when(col(Columns.RATIO_DETTE).gt(config.tagDefaultThreshold()), 1).otherwise(0);
    int run = config.tagDefaultMonths();
    int quiet = config.interessanteUrssafMonths();
    String perHead = Columns.DETTE_PAR_EFFECTIF;
    int diff = config.debtPerHeadDiffMonths();
    return panel
        .withColumn(Columns.RATIO_DETTE, ratio)
        .withColumn("_monthly_ratio", monthlyRatio)
        .withColumn(ratioMean(config), when(
            count(col("_monthly_ratio")).over(months.rangeBetween(-(window - 1), 0)).equalTo(window),
            avg(col("_monthly_ratio")).over(months.rangeBetween(-(window - 1), 0))))
        .withColumn(Columns.TAG_DEBIT, col(Columns.RATIO_DETTE).gt(config.tagDebitThreshold()))
        .withColumn("_above", above)
        .withColumn(Columns.TAG_DEFAULT, sum(col("_above")).over(months.rangeBetween(-(run - 1), 0)).equalTo(run))
        .withColumn(Columns.INTERESSANTE_URSSAF,
            max(when(debtCentimes.gt(0), 1).otherwise(0)).over(months.rangeBetween(-(quiet - 1), 0)).equalTo(0))
        .withColumn(perHead, when(col(Columns.EFFECTIF).gt(0), debt.divide(col(Columns.EFFECTIF))))
        .withColumn(Columns.diff(perHead, diff), col(perHead).minus(Months.past(Columns.SIRET, col(perHead), diff)))
        .drop("_monthly_ratio", "_above");
  }
}
