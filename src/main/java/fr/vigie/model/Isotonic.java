package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic regression of the label on the score by pool-adjacent-violators, over rows counted per
 * distinct score: the non-decreasing step function closest to the observed rates in squared error
 * (Zadrozny &amp; Elkan 2002). Each block of pooled scores gets its rows' positive rate.
 *
 * <p>As a function of any score, the fit is flat across each block (from its lowest to its highest
 * score) and linear between the end of a block and the start of the next, clipped at both ends.
 * Block rates strictly increase, so the calibrated scores keep the order of the raw scores, except
 * that the raw scores of one block become ties.
 */
final class Isotonic {
  private Isotonic() {}

  /** [scores, probabilities]: the knots of the fitted function, scores increasing. */
  static double[][] fit(List<ScoreCount> counts) {
    List<ScoreCount> sorted = new ArrayList<>(counts);
    sorted.removeIf(c -> c.positives() + c.negatives() == 0);
    sorted.sort(Comparator.comparingDouble(ScoreCount::score));
    if (sorted.isEmpty()) throw new IllegalArgumentException("Cannot fit an isotonic calibration without rows");
    // blocks as a stack: lowest score, highest score, positives, rows
    List<double[]> blocks = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ScoreCount c = sorted.get(i);
      double[] block = {c.score(), c.score(), c.positives(), c.positives() + c.negatives()};
      while (i + 1 < sorted.size() && sorted.get(i + 1).score() == c.score()) { // one point per distinct score
        ScoreCount same = sorted.get(++i);
        block[2] += same.positives();
        block[3] += same.positives() + same.negatives();
      }
      // merge with the previous block while its rate is not below this one's: the fit must increase
      while (!blocks.isEmpty() && rate(blocks.get(blocks.size() - 1)) >= rate(block)) {
        double[] previous = blocks.remove(blocks.size() - 1);
        block = new double[] {previous[0], block[1], previous[2] + block[2], previous[3] + block[3]};
      }
      blocks.add(block);
    }
    List<double[]> knots = new ArrayList<>();
    for (double[] b : blocks) {
      knots.add(new double[] {b[0], rate(b)});
      if (b[1] > b[0]) knots.add(new double[] {b[1], rate(b)});
    }
    double[][] out = new double[2][knots.size()];
    for (int i = 0; i < knots.size(); i++) {
      out[0][i] = knots.get(i)[0];
      out[1][i] = knots.get(i)[1];
    }
    return out;
  }

  /** The fitted function at {@code score}: flat within a block, linear between blocks, clipped. */
  static double apply(double[] scores, double[] probabilities, double score) {
    int n = scores.length;
    if (score <= scores[0]) return probabilities[0];
    if (score >= scores[n - 1]) return probabilities[n - 1];
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) { // scores[lo] < score < scores[hi]
      int mid = (lo + hi) >>> 1;
      if (scores[mid] <= score) lo = mid;
      else hi = mid;
    }
    if (scores[lo] == score) return probabilities[lo];
    double t = (score - scores[lo]) / (scores[hi] - scores[lo]);
    return probabilities[lo] + t * (probabilities[hi] - probabilities[lo]);
  }

  private static double rate(double[] block) {
    return block[2] / block[3];
  }
}
