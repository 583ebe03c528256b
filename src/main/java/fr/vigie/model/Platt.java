package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.util.List;

/**
 * Platt scaling: P(outcome | s) = 1 / (1 + exp(A·f + B)) with f = logit(s), the raw score's
 * log-odds (for the boosted trees, twice their margin). Fitted by maximum likelihood with Platt's
 * (1999) regularised targets, (N₊ + 1) / (N₊ + 2) for a positive row and 1 / (N₋ + 2) for a
 * negative one, which keep a small calibration set from pushing the fit to 0 or 1; Newton's method
 * with backtracking, as in Lin, Lin &amp; Weng (2007). Rows are counted per distinct score: the
 * likelihood is the same sum, weighted.
 */
final class Platt {
  private static final int MAX_ITERATIONS = 100;
  private static final double MIN_STEP = 1e-10;
  private static final double SIGMA = 1e-12; // keeps the Hessian positive definite
  private static final double EPS = 1e-5;
  /** Scores are clamped away from 0 and 1 before their logit. */
  private static final double CLAMP = 1e-12;

  private Platt() {}

  /** [A, B]. */
  static double[] fit(List<ScoreCount> counts) {
    int n = counts.size();
    double[] f = new double[n];
    double[] weight = new double[n];
    double[] target = new double[n];
    long positives = 0;
    long negatives = 0;
    for (ScoreCount c : counts) {
      positives += c.positives();
      negatives += c.negatives();
    }
    double hi = (positives + 1.0) / (positives + 2.0);
    double lo = 1.0 / (negatives + 2.0);
    for (int i = 0; i < n; i++) {
      ScoreCount c = counts.get(i);
      f[i] = logit(c.score());
      weight[i] = c.positives() + c.negatives();
      target[i] = weight[i] == 0 ? 0 : (c.positives() * hi + c.negatives() * lo) / weight[i];
    }
    double a = 0;
    double b = StrictMath.log((negatives + 1.0) / (positives + 1.0));
    double value = objective(f, weight, target, a, b);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double h11 = SIGMA;
      double h22 = SIGMA;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double p = probability(a * f[i] + b);
        double d2 = weight[i] * p * (1 - p);
        h11 += f[i] * f[i] * d2;
        h22 += d2;
        h21 += f[i] * d2;
        double d1 = weight[i] * (target[i] - p);
        g1 += f[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < EPS && Math.abs(g2) < EPS) break;
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double descent = g1 * da + g2 * db;
      double step = 1;
      while (step >= MIN_STEP) {
        double next = objective(f, weight, target, a + step * da, b + step * db);
        if (next < value + 1e-4 * step * descent) {
          a += step * da;
          b += step * db;
          value = next;
          break;
        }
        step /= 2;
      }
      if (step < MIN_STEP) break; // no further decrease: at the optimum within rounding
    }
    return new double[] {a, b};
  }

  static double apply(double a, double b, double score) {
    return probability(a * logit(score) + b);
  }

  /**
   * 1 / (1 + exp(z)), without overflow. StrictMath (fdlibm), not Math: Math.exp may be a CPU-specific
   * intrinsic, and a score must be the same bits on any executor.
   */
  private static double probability(double z) {
    return z >= 0 ? StrictMath.exp(-z) / (1 + StrictMath.exp(-z)) : 1 / (1 + StrictMath.exp(z));
  }

  /** The regularised negative log-likelihood. */
  private static double objective(double[] f, double[] weight, double[] target, double a, double b) {
    double sum = 0;
    for (int i = 0; i < f.length; i++) {
      double z = a * f[i] + b;
      sum += weight[i] * (z >= 0 ? target[i] * z + StrictMath.log1p(StrictMath.exp(-z))
          : (target[i] - 1) * z + StrictMath.log1p(StrictMath.exp(z)));
    }
    return sum;
  }

  static double logit(double score) {
    double s = Math.min(1 - CLAMP, Math.max(CLAMP, score));
    return StrictMath.log(s / (1 - s));
  }
}
