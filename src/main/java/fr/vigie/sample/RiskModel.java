package fr.vigie.sample;

import java.time.YearMonth;

/**
 * The generating model of the sample: three latent health states per company, monthly transitions
 * and monthly opening hazards scaled by a fixed company risk multiplier and by calendar factors (a
 * crisis, a rebound, a slow trend). docs/sample.md states it in prose; model.json lists
 * every number.
 *
 * <p>Deterioration moves (sain → fragile → difficulté) are multiplied by {@code risk × deterioration(t)};
 * recoveries are not; the opening hazards are multiplied by {@code risk × opening(t)}.
 */
public final class RiskModel {
  public static final String[] STATES = {"sain", "fragile", "difficulte"};
  public static final int SAIN = 0;
  public static final int FRAGILE = 1;
  public static final int DIFFICULTE = 2;

  /** Base monthly rates. */
  public static final double SAIN_TO_FRAGILE = 0.006;
  public static final double FRAGILE_TO_SAIN = 0.05;
  public static final double FRAGILE_TO_DIFFICULTE = 0.018;
  public static final double DIFFICULTE_TO_FRAGILE = 0.035;
  public static final double[] HAZARD = {0.0001, 0.0015, 0.029};

  /**
   * The crisis months (inclusive); then state aid keeps openings low until {@link #AID_LAST}; then the
   * openings catch up until {@link #CATCH_UP_LAST}.
   */
  public static final YearMonth CRISIS_FIRST = YearMonth.of(2020, 3);
  public static final YearMonth CRISIS_LAST = YearMonth.of(2020, 9);
  public static final YearMonth AID_LAST = YearMonth.of(2021, 6);
  public static final YearMonth CATCH_UP_LAST = YearMonth.of(2022, 6);
  public static final double CRISIS_DETERIORATION = 2.5;
  public static final double CRISIS_OPENING = 0.35; // state aid and slowed courts: fewer openings
  public static final double AID_DETERIORATION = 1.3;
  public static final double AID_OPENING = 0.6;
  public static final double CATCH_UP_OPENING = 1.3;

  /** The company's frailty, a multiplier no file shows: exp(FRAILTY_SD · Z + FRAILTY_SHIFT), Z standard normal (mean 1). */
  public static final double FRAILTY_SD = 0.6;
  public static final double FRAILTY_SHIFT = -0.18;

  /** Horizon of the truth, months. */
  public static final int HORIZON = 18;

  private RiskModel() {}

  public static boolean inCrisis(YearMonth month) {
    return !month.isBefore(CRISIS_FIRST) && !month.isAfter(CRISIS_LAST);
  }

  /** Calendar factor of the deterioration moves. */
  public static double deterioration(YearMonth month) {
    if (inCrisis(month)) return CRISIS_DETERIORATION;
    if (month.isAfter(CRISIS_LAST) && !month.isAfter(AID_LAST)) return AID_DETERIORATION;
    return 1.0;
  }

  /** Calendar factor of the opening hazards: a slow decline before 2020, the crisis, aid, catch-up. */
  public static double opening(YearMonth month) {
    if (inCrisis(month)) return CRISIS_OPENING;
    if (month.isAfter(CRISIS_LAST) && !month.isAfter(AID_LAST)) return AID_OPENING;
    if (month.isAfter(AID_LAST) && !month.isAfter(CATCH_UP_LAST)) return CATCH_UP_OPENING;
    if (month.getYear() >= 2020) return 1.0;
    return Math.max(0.9, Math.min(1.15, 1.12 - 0.03 * (month.getYear() - 2015)));
  }

  /** Risk multiplier of the company's size class at creation (total headcount). */
  public static double sizeFactor(int headcount) {
    if (headcount < 10) return 1.2;
    if (headcount < 50) return 1.0;
    if (headcount < 250) return 0.7;
    return 0.45;
  }

  /** Risk multiplier of the company's age at the start of the window, in years. */
  public static double ageFactor(double years) {
    if (years < 3) return 1.4;
    if (years < 10) return 1.0;
    return 0.85;
  }

  /** Transition matrix into a month, for a company of multiplier {@code risk}. */
  public static double[][] transition(YearMonth month, double risk) {
    double d = risk * deterioration(month);
    double s01 = Math.min(0.5, SAIN_TO_FRAGILE * d);
    double f12 = Math.min(0.4, FRAGILE_TO_DIFFICULTE * d);
    return new double[][] {
      {1 - s01, s01, 0},
      {FRAGILE_TO_SAIN, 1 - FRAGILE_TO_SAIN - f12, f12},
      {0, DIFFICULTE_TO_FRAGILE, 1 - DIFFICULTE_TO_FRAGILE}
    };
  }

  /** Opening hazards of a month, per state. */
  public static double[] hazard(YearMonth month, double risk) {
    double o = risk * opening(month);
    return new double[] {Math.min(0.5, HAZARD[0] * o), Math.min(0.5, HAZARD[1] * o), Math.min(0.5, HAZARD[2] * o)};
  }

  /** The state distribution a company starts in: the balance of the base chain for its multiplier. */
  public static double[] initial(double risk) {
    double f = SAIN_TO_FRAGILE * risk / (FRAGILE_TO_SAIN + FRAGILE_TO_DIFFICULTE * risk + HAZARD[1] * risk);
    double d = f * FRAGILE_TO_DIFFICULTE * risk / (DIFFICULTE_TO_FRAGILE + HAZARD[2] * risk);
    double total = 1 + f + d;
    return new double[] {1 / total, f / total, d / total};
  }

  /** The chain of one company over the months of a window starting at {@code start}, horizon included. */
  public static Chain chain(YearMonth start, int months, double risk) {
    int n = months + HORIZON + 1;
    double[][][] p = new double[n][][];
    double[][] h = new double[n][];
    for (int u = 0; u < n; u++) {
      YearMonth month = start.plusMonths(u);
      p[u] = transition(month, risk);
      h[u] = hazard(month, risk);
    }
    return new Chain() {
      @Override
      public int states() {
        return 3;
      }

      @Override
      public double[][] transition(int u) {
        return p[u];
      }

      @Override
      public double[] hazard(int u) {
        return h[u];
      }
    };
  }
}
