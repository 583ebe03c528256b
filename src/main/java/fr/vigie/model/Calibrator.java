package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.io.Serializable;
import java.util.List;

/**
 * Turns the boosted trees' raw score into the probability that a first procedure opens within the
 * horizon, fitted on the siren-disjoint validation rows of the training months (never on the test
 * months) and saved with the model ({@code model/calibration.json}, {@link ModelStore}).
 *
 * <p>The raw score is not a probability: positive rows weigh more than negative ones in the fit
 * (class imbalance), and boosting is not calibrated even without weights. Two methods:
 * <ul>
 *   <li>{@link #ISOTONIC}: a non-decreasing step function ({@link Isotonic}); no shape assumed, so
 *       it needs many positive rows, else its steps follow the noise of a handful of companies;
 *   <li>{@link #PLATT}: a logistic function of the raw score's log-odds ({@link Platt}); two
 *       parameters, stable on few positives, but it cannot bend where the raw scores are off in
 *       a non-logistic way.
 * </ul>
 * The rule ({@link #RULE}): isotonic when the validation rows hold at least
 * {@value #ISOTONIC_MIN_POSITIVES} positive rows, else Platt.
 *
 * <p>Both functions are non-decreasing: the order of the establishments is the raw scores' order.
 * Platt is strictly increasing (no tie added); isotonic is flat within each of its blocks, so raw
 * scores of one block become ties (scores/ keeps the raw score, and ranks by it within a tie).
 *
 * @param method        {@link #ISOTONIC} or {@link #PLATT}
 * @param scores        isotonic: the raw scores of the knots, increasing (empty for Platt)
 * @param probabilities isotonic: the probability at each knot (empty for Platt)
 * @param a             Platt: P = 1 / (1 + exp(a · logit(score) + b)) (0 for isotonic)
 * @param b             Platt, as above
 * @param rows          validation rows it was fitted on
 * @param positives     their positive rows
 * @param anchoring     the anchoring of each scored month's probabilities to the opening rate observable
 *                      at that month ({@link Anchoring}), or null: the calibration alone
 */
public record Calibrator(String method, double[] scores, double[] probabilities, double a, double b, long rows,
    long positives, Anchoring anchoring) implements Serializable {
  public static final String ISOTONIC = "isotonic";
  public static final String PLATT = "platt";
  /**
   * Fewest positive validation rows for isotonic regression. Measured on generated samples
   * (docs/model.md): with 29 positive rows, Platt did better on the test months (Brier and calibration
   * error); with 661 and 716, both were as well calibrated (Brier within 2 %, expected calibration
   * error within 16 %, either way) and isotonic's ties cost 7–9 % of average precision. Isotonic's
   * freedom of shape pays only with more positives than that: 1,000, above every size measured here
   * (a national validation split holds several thousand).
   */
  public static final long ISOTONIC_MIN_POSITIVES = 1_000;
  public static final String RULE = "isotonic when the validation rows hold at least " + ISOTONIC_MIN_POSITIVES
      + " positive rows, else Platt scaling";

  public Calibrator {
    if (!ISOTONIC.equals(method) && !PLATT.equals(method)) {
      throw new IllegalArgumentException("Cannot calibrate: unknown method " + method);
    }
    if (ISOTONIC.equals(method) && (scores == null || scores.length == 0 || scores.length != probabilities.length)) {
      throw new IllegalArgumentException("Cannot calibrate: an isotonic calibration needs as many knots as scores");
    }
  }

  /** The method the rule chooses for the given validation rows, fitted on them. */
  public static Calibrator fit(List<ScoreCount> validation) {
    long positives = validation.stream().mapToLong(ScoreCount::positives).sum();
    return positives >= ISOTONIC_MIN_POSITIVES ? isotonic(validation) : platt(validation);
  }

  /** The method the rule did not choose, fitted on the same rows: for comparison in metrics.json only. */
  public static Calibrator alternative(Calibrator chosen, List<ScoreCount> validation) {
    return chosen.method().equals(ISOTONIC) ? platt(validation) : isotonic(validation);
  }

  public static Calibrator isotonic(List<ScoreCount> validation) {
    double[][] knots = Isotonic.fit(validation);
    return new Calibrator(ISOTONIC, knots[0], knots[1], 0, 0, rows(validation), positives(validation), null);
  }

  public static Calibrator platt(List<ScoreCount> validation) {
    double[] ab = Platt.fit(validation);
    return new Calibrator(PLATT, new double[0], new double[0], ab[0], ab[1], rows(validation), positives(validation),
        null);
  }

  /** The same calibration, anchored ({@code null}: not anchored). */
  public Calibrator withAnchoring(Anchoring anchoring) {
    return new Calibrator(method, scores, probabilities, a, b, rows, positives, anchoring);
  }

  /** The probability of a raw score, before any anchoring. */
  public double apply(double score) {
    return ISOTONIC.equals(method) ? Isotonic.apply(scores, probabilities, score) : Platt.apply(a, b, score);
  }

  /** The probability of a raw score in a month whose anchoring offset is {@code offset} (0: none). */
  public double apply(double score, double offset) {
    return Anchoring.shift(apply(score), offset);
  }

  private static long rows(List<ScoreCount> counts) {
    return counts.stream().mapToLong(c -> c.positives() + c.negatives()).sum();
  }

  private static long positives(List<ScoreCount> counts) {
    return counts.stream().mapToLong(ScoreCount::positives).sum();
  }
}
