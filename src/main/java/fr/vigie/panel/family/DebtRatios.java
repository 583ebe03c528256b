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
      Boolean[] interessante, Double[] perHead, Double[] perHeadDiff, Trajectory trajectory) {}

  /**
   * How the debt moves (issue 20's trajectories): {@code ratio_dette_diff{k}m}, the change of
   * ratio_dette over k months; {@code nb_mois_dette_12m}, the months of the last 12 with a debt;
   * {@code ratio_dette_nouvelle}, the gaps first known this month over cotisation_moy12m (months of
   * contributions newly unpaid); {@code taux_remboursement_moy3m}, the share of the debt of gaps already
   * known the month before that was paid back, pooled over the last 3 months. Windows that reach
   * before the calendar are null.
   */
  public record Trajectory(java.util.Map<Integer, Double[]> ratioDiff, Integer[] monthsInDebt, Double[] newDebtRatio,
      Double[] repaymentRate) {}

  /** The months of ratio_dette changes. */
  public static final java.util.List<Integer> RATIO_DIFFS = java.util.List.of(3, 6, 12);

  private static final long TWELFTHS_PER_CENTIME = 12;

  private DebtRatios() {}

  /**
   * @param debt centimes per month, null when the débits were not delivered
   * @param cotisation twelfths of a centime per month (null: unknown)
   * @param meanSum the sum of the mean's months, twelfths of a centime (null: unknown)
   */
  public static Months compute(Debts.Months debts, Long[] cotisation, Long[] meanSum, Integer[] effectif,
      Calendar calendar, PanelConfig config) {
    long[] debt = null;
    if (debts != null) {
      debt = new long[calendar.size()];
      for (int i = 0; i < debt.length; i++) debt[i] = debts.total(i);
    }
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
    return new Months(ratio, ratioMean, tagDebit, tagDefault, interessante, perHead, perHeadDiff,
        trajectory(debts, debt, ratio, meanSum, window, n));
  }

  private static Trajectory trajectory(Debts.Months debts, long[] debt, Double[] ratio, Long[] meanSum, int window,
      int n) {
    java.util.Map<Integer, Double[]> diffs = new java.util.LinkedHashMap<>();
    for (int k : RATIO_DIFFS) {
      Double[] diff = new Double[n];
      for (int i = k; i < n; i++) if (ratio[i] != null && ratio[i - k] != null) diff[i] = ratio[i] - ratio[i - k];
      diffs.put(k, diff);
    }
    Integer[] monthsInDebt = new Integer[n];
    Double[] newDebt = new Double[n];
    Double[] repayment = new Double[n];
    if (debts != null) {
      for (int i = 0; i < n; i++) {
        if (i >= 11) {
          int count = 0;
          for (int j = i - 11; j <= i; j++) if (debt[j] > 0) count++;
          monthsInDebt[i] = count;
        }
        if (meanSum[i] != null && meanSum[i] > 0) {
          newDebt[i] = (double) (debts.nouvelle()[i] * TWELFTHS_PER_CENTIME * window) / (double) meanSum[i];
        }
        if (i >= 2) {
          long before = 0;
          long paid = 0;
          for (int j = i - 2; j <= i; j++) {
            before += debts.anterieure()[j];
            paid += debts.remboursee()[j];
          }
          if (before > 0) repayment[i] = (double) paid / (double) before;
        }
      }
    }
    return new Trajectory(diffs, monthsInDebt, newDebt, repayment);
  }
}
