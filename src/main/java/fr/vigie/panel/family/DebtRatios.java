package fr.vigie.panel.family;

import fr.vigie.config.PanelConfig;

/**
 * Debt ratios and tags of one establishment (panel.md, "URSSAF contributions and debts"), each one
 * division of exact sums (debt in centimes, cotisations in twelfths of a centime):
 *
 * <ul>
 *   <li>{@code ratio_dette} = debt / cotisation_moy12m, null when the mean is null or ≤ 0;
 *   <li>{@code ratio_dette_moy12m}: mean over the window's months ending at m of debt / cotisation,
 *       null if any of those cotisations is missing or zero (taken in month order);
 *   <li>{@code tag_debit}: ratio_dette above the threshold (null when the ratio is);
 *   <li>{@code tag_default}: the third (configurable) or later consecutive month with ratio_dette
 *       above its threshold;
 *   <li>{@code interessante_urssaf}: false during the 6 months starting with any month of positive
 *       debt;
 *   <li>{@code dette_par_effectif} and its difference over 3 months.
 * </ul>
 * Windows count calendar months; months before the calendar count as missing.
 */
public final class DebtRatios {
  public record Months(Double[] ratio, Double[] ratioMean, Boolean[] tagDebit, Boolean[] tagDefault,
      Boolean[] interessante, Double[] perHead, Double[] perHeadDiff) {}

  private static final long TWELFTHS_PER_CENTIME = 12;

  private DebtRatios() {}

  /**
   * @param debt centimes per month, null when the débits were not delivered
   * @param cotisation twelfths of a centime per month (null: unknown)
   * @param meanSum the sum of the mean's months, twelfths of a centime (null: unknown)
   */
  public static Months compute(long[] debt, Long[] cotisation, Long[] meanSum, Integer[] effectif,
      Calendar calendar, PanelConfig config) {
    int n = calendar.size();
    int window = config.meanWindowMonths();
    Double[] ratio = new Double[n];
    Double[] monthly = new Double[n];
    Double[] ratioMean = new Double[n];
    Boolean[] tagDebit = new Boolean[n];
    Boolean[] tagDefault = new Boolean[n];
    Boolean[] interessante = new Boolean[n];
    Double[] perHead = new Double[n];
    Double[] perHeadDiff = new Double[n];
    for (int i = 0; i < n; i++) {
      Long d = debt == null ? null : debt[i];
      if (d != null && meanSum[i] != null && meanSum[i] > 0) {
        ratio[i] = (double) (d * TWELFTHS_PER_CENTIME * window) / (double) meanSum[i];
      }
      if (d != null && cotisation[i] != null && cotisation[i] != 0) {
        monthly[i] = (double) (d * TWELFTHS_PER_CENTIME) / (double) cotisation[i];
      }
      if (ratio[i] != null) tagDebit[i] = ratio[i] > config.tagDebitThreshold();
      if (d != null && effectif[i] != null && effectif[i] > 0) perHead[i] = (double) d / 100.0 / effectif[i];
    }
    int run = config.tagDefaultMonths();
    int quiet = config.interessanteUrssafMonths();
    int diff = config.debtPerHeadDiffMonths();
    for (int i = 0; i < n; i++) {
      // the mean of the ratios, summed in month order as Spark's window average does
      int known = 0;
      double sum = 0.0;
      for (int j = Math.max(0, i - window + 1); j <= i; j++) {
        if (monthly[j] != null) {
          known++;
          sum += monthly[j];
        }
      }
      if (known == window) ratioMean[i] = sum / known;
      int above = 0;
      for (int j = Math.max(0, i - run + 1); j <= i; j++) {
        if (ratio[j] != null && ratio[j] > config.tagDefaultThreshold()) above++;
      }
      tagDefault[i] = above == run;
      boolean positive = false;
      for (int j = Math.max(0, i - quiet + 1); j <= i; j++) positive |= debt != null && debt[j] > 0;
      interessante[i] = !positive;
      Double before = Calendar.past(perHead, i, diff);
      if (perHead[i] != null && before != null) perHeadDiff[i] = perHead[i] - before;
    }
    return new Months(ratio, ratioMean, tagDebit, tagDefault, interessante, perHead, perHeadDiff);
  }
}
