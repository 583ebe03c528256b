package fr.vigie.sample;

import java.time.YearMonth;

/**
 * The likelihood of what one line (or the absence of one) shows, for each latent state of the
 * company in the month it describes (sain, fragile, difficulté): the generator's own draws, read off
 * {@link UrssafLines}, {@link PartialActivityLines}, {@link FinancialLines} and {@link History}
 * through their constants. Each function is exact given the state and what the files showed
 * before (the open balances, a délai in force), except {@link #headcountChange}, a Gaussian
 * approximation. A factor common to the three states (the density of a partial payment's share
 * across its interval, the day a line is dated) is left out: the filter normalises.
 */
final class EmissionLikelihoods {
  static final int STATES = 3;

  private EmissionLikelihoods() {}

  /**
   * One month of an open ECN: no line, a payment (whole or partial; bounced or not) or an annulation.
   * {@code po}, {@code pp}: the balances before, centimes (a partial payment that rounds both to 0
   * shows as a settled balance).
   */
  static double[] ecnStep(boolean underDelay, EcnStep step, boolean bounced, long po, long pp) {
    double[] l = new double[STATES];
    double bounce = bounced ? UrssafLines.BOUNCE : 1 - UrssafLines.BOUNCE;
    for (int s = 0; s < STATES; s++) {
      double pay = Math.min(UrssafLines.PAY_CAP, UrssafLines.PAY[s] + (underDelay ? UrssafLines.DELAY_PAY : 0));
      l[s] = switch (step) {
        case NONE -> (1 - pay) * (1 - UrssafLines.ANNULATION);
        case ANNULLED -> (1 - pay) * UrssafLines.ANNULATION;
        // state 0 always pays the whole balance; states 1-2 do with FULL_PAYMENT, else pay a uniform share
        case SETTLED -> pay * bounce * (s == 0 ? 1
            : UrssafLines.FULL_PAYMENT + (1 - UrssafLines.FULL_PAYMENT) * partialRoundsToZero(po, pp));
        case PARTIAL -> s == 0 ? 0 : pay * bounce * (1 - UrssafLines.FULL_PAYMENT) / UrssafLines.PARTIAL_SPAN;
      };
    }
    return l;
  }

  /** P(a partial payment leaves both balances at 0 once rounded to the centime): only for balances of a centime or two. */
  static double partialRoundsToZero(long po, long pp) {
    long largest = Math.max(po, pp);
    if (largest <= 0) return 1;
    double high = UrssafLines.PARTIAL_LOW + UrssafLines.PARTIAL_SPAN;
    double from = Math.max(UrssafLines.PARTIAL_LOW, 1 - 0.5 / largest); // Math.round(x (1 − f)) = 0 ⇔ x (1 − f) < 0.5
    return Math.max(0, high - from) / UrssafLines.PARTIAL_SPAN;
  }

  /**
   * The cotisation record of a period: due and paid (enc_direct) as written, centimes. Unpaid with
   * probability UNPAID[s] (+ CRISIS_UNPAID in the crisis); the unpaid share is 1 in state 0, uniform
   * on the state's interval otherwise.
   */
  static double[] period(boolean crisis, long due, long paid) {
    double[] l = new double[STATES];
    double share = 1 - (double) paid / due;
    double tolerance = 1.0 / due; // both amounts are rounded to the centime
    for (int s = 0; s < STATES; s++) {
      double unpaid = UrssafLines.UNPAID[s] + (crisis ? UrssafLines.CRISIS_UNPAID : 0);
      double low = UrssafLines.SHARE_LOW[s];
      double span = UrssafLines.SHARE_SPAN[s];
      if (paid == due) {
        l[s] = 1 - unpaid;
      } else if (paid == 0) { // the whole period: state 0's share, or a share within half a centime of 1
        l[s] = span == 0 ? unpaid : unpaid * (0.5 / due) / span;
      } else {
        boolean inside = span > 0 && share >= low - tolerance && share <= low + span + tolerance;
        l[s] = inside ? unpaid / span : 0; // the density of the share (its centime width is common)
      }
    }
    return l;
  }

  /** The first line of the ECN an unpaid period opens (its motif) and whether a surcharge ECN follows. */
  static double[] recovery(boolean crisis, int motif, boolean surcharged) {
    double[] l = new double[STATES];
    boolean listed = false;
    for (int m : UrssafLines.MOTIFS) listed |= m == motif;
    for (int s = 0; s < STATES; s++) {
      double motifLikelihood = s == 0 || crisis ? (motif == 1 ? 1 : 0) : (listed ? 1.0 / UrssafLines.MOTIFS.length : 0);
      double surcharge = s == 0 ? (surcharged ? 0 : 1) : (surcharged ? UrssafLines.SURCHARGE : 1 - UrssafLines.SURCHARGE);
      l[s] = motifLikelihood * surcharge;
    }
    return l;
  }

  /** A month an indebted establishment without a délai in force could get one: {@code days} its duration, 0 for none. */
  static double[] delai(int days) {
    double[] l = new double[STATES];
    for (int s = 0; s < STATES; s++) {
      double p = UrssafLines.DELAI[s];
      if (days == 0) {
        l[s] = 1 - p;
      } else {
        int from = UrssafLines.DELAI_DAYS_FROM[s];
        int span = UrssafLines.DELAI_DAYS_SPAN[s];
        l[s] = p > 0 && days >= from && days < from + span ? p / span : 0;
      }
    }
    return l;
  }

  /** A month an indebted head office that never went to the CCSF could go. */
  static double[] ccsf(boolean decided) {
    double[] l = new double[STATES];
    for (int s = 0; s < STATES; s++) {
      double p = s == RiskModel.DIFFICULTE ? UrssafLines.CCSF : 0;
      l[s] = decided ? p : 1 - p;
    }
    return l;
  }

  /**
   * A month an establishment could ask for activité partielle (not under a request, headcount 3+,
   * or 1+ in the crisis' first month): whether it did.
   */
  static double[] partialActivity(boolean crisisFirstMonth, char section, YearMonth month, boolean asked) {
    double[] l = new double[STATES];
    for (int s = 0; s < STATES; s++) {
      double p;
      if (crisisFirstMonth) {
        p = Math.min(1, PartialActivityLines.CRISIS[s] + PartialActivityLines.crisisBonus(section));
      } else {
        double o = PartialActivityLines.OUTSIDE_CRISIS[s];
        p = o + (1 - o) * (PartialActivityLines.builderInWinter(section, month) ? PartialActivityLines.WINTER_BUILDERS : 0);
      }
      l[s] = asked ? p : 1 - p;
    }
    return l;
  }

  /**
   * Approximate: an establishment's headcount from one month to the next. The level moves by
   * exp(GROWTH[s] + GROWTH_SD · Z) and is published rounded; log(after / before) is taken as
   * Normal(GROWTH[s], GROWTH_SD² + (1/before² + 1/after²) / 12), the rounding of each headcount
   * added as a uniform error's variance. Good for large headcounts only (see {@link Emissions}).
   */
  static double[] headcountChange(int before, int after) {
    double change = Math.log((double) after / before);
    double variance = History.GROWTH_SD * History.GROWTH_SD
        + (1.0 / ((double) before * before) + 1.0 / ((double) after * after)) / 12;
    double[] l = new double[STATES];
    for (int s = 0; s < STATES; s++) {
      double d = change - History.GROWTH[s];
      l[s] = Math.exp(-d * d / (2 * variance));
    }
    return l;
  }

  /** A balance sheet's score z (read from its ratios): Normal(Z_MEAN[s], Z_SD²) at its closing month. */
  static double[] balanceSheet(double z) {
    double[] l = new double[STATES];
    for (int s = 0; s < STATES; s++) {
      double d = (z - FinancialLines.Z_MEAN[s]) / FinancialLines.Z_SD;
      l[s] = Math.exp(-d * d / 2);
    }
    return l;
  }
}
