package fr.vigie.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Precision-recall and ROC curves of one score over labelled rows, exact: built from the counts of
 * positive and negative rows at each distinct score (ties move together, as a threshold cannot
 * separate them). An alert is {@code score >= threshold}.
 *
 * <p>Average precision is the area under the step precision-recall curve, Σ (R_k − R_k−1) P_k over
 * the distinct scores taken from the highest: unlike the trapezoid, it never interpolates optimistically
 * between points.
 */
public final class Curves {
  /** Rows sharing one score. */
  public record ScoreCount(double score, long positives, long negatives) {}

  /** The counts of the alerts at one threshold. */
  public record Cut(double threshold, long truePositives, long falsePositives) {
    public long alerts() {
      return truePositives + falsePositives;
    }
  }

  private final List<Cut> cuts; // one per distinct score, highest first; cumulative counts
  private final long positives;
  private final long negatives;

  private Curves(List<Cut> cuts, long positives, long negatives) {
    this.cuts = cuts;
    this.positives = positives;
    this.negatives = negatives;
  }

  /** The curves of the given counts, in any order; equal scores are merged. */
  public static Curves of(List<ScoreCount> counts) {
    List<ScoreCount> sorted = new ArrayList<>(counts);
    sorted.sort(Comparator.comparingDouble(ScoreCount::score).reversed());
    List<Cut> cuts = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < sorted.size(); i++) {
      ScoreCount c = sorted.get(i);
      if (Double.isNaN(c.score())) throw new IllegalArgumentException("a score is NaN");
      tp += c.positives();
      fp += c.negatives();
      boolean lastOfScore = i + 1 == sorted.size() || sorted.get(i + 1).score() != c.score();
      if (lastOfScore) cuts.add(new Cut(c.score(), tp, fp));
    }
    return new Curves(List.copyOf(cuts), tp, fp);
  }

  public long positives() {
    return positives;
  }

  public long negatives() {
    return negatives;
  }

  public long rows() {
    return positives + negatives;
  }

  /** Share of positive rows; NaN without rows. */
  public double baseRate() {
    return rows() == 0 ? Double.NaN : (double) positives / rows();
  }

  /** Average precision; NaN without a positive row (undefined). */
  public double averagePrecision() {
    if (positives == 0) return Double.NaN;
    double area = 0;
    long previousTp = 0;
    for (Cut cut : cuts) {
      area += (double) (cut.truePositives() - previousTp) / positives * precision(cut);
      previousTp = cut.truePositives();
    }
    return area;
  }

  /**
   * Area under the ROC curve (trapezoids, so a tie counts one half): the probability that a random
   * positive row scores above a random negative one. NaN unless both classes are present.
   */
  public double rocAuc() {
    if (positives == 0 || negatives == 0) return Double.NaN;
    double area = 0;
    long previousTp = 0;
    long previousFp = 0;
    for (Cut cut : cuts) {
      area += (double) (cut.falsePositives() - previousFp) * (cut.truePositives() + previousTp) / 2.0;
      previousTp = cut.truePositives();
      previousFp = cut.falsePositives();
    }
    return area / ((double) positives * negatives);
  }

  /** The alerts at {@code threshold}: every row whose score is at least it. */
  public Cut at(double threshold) {
    Cut best = new Cut(threshold, 0, 0);
    for (Cut cut : cuts) {
      if (cut.threshold() < threshold) break;
      best = new Cut(threshold, cut.truePositives(), cut.falsePositives());
    }
    return best;
  }

  public double precision(Cut cut) {
    return cut.alerts() == 0 ? Double.NaN : (double) cut.truePositives() / cut.alerts();
  }

  public double recall(Cut cut) {
    return positives == 0 ? Double.NaN : (double) cut.truePositives() / positives;
  }

  /** F-beta of the alerts: beta < 1 weighs precision more, beta > 1 recall. 0 without a true positive. */
  public double fScore(Cut cut, double beta) {
    if (cut.truePositives() == 0) return 0;
    double p = precision(cut);
    double r = recall(cut);
    double b2 = beta * beta;
    return (1 + b2) * p * r / (b2 * p + r);
  }

  /**
   * The threshold that maximises F-beta, among the distinct scores; on a tie the highest (fewest
   * alerts). Empty when there is no positive row, as no threshold can then be tuned.
   */
  public OptionalDouble bestThreshold(double beta) {
    if (positives == 0) return OptionalDouble.empty();
    Cut best = null;
    double bestF = -1;
    for (Cut cut : cuts) {
      double f = fScore(cut, beta);
      if (f > bestF) {
        bestF = f;
        best = cut;
      }
    }
    return OptionalDouble.of(best.threshold());
  }

  /** [recall, precision] at each distinct score, highest score first, thinned to at most maxPoints. */
  public List<double[]> precisionRecallPoints(int maxPoints) {
    List<double[]> points = new ArrayList<>();
    for (Cut cut : cuts) points.add(new double[] {recall(cut), precision(cut)});
    return thin(points, maxPoints);
  }

  /** [false positive rate, true positive rate] from (0, 0) to (1, 1), thinned to at most maxPoints. */
  public List<double[]> rocPoints(int maxPoints) {
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    for (Cut cut : cuts) {
      points.add(new double[] {
        negatives == 0 ? Double.NaN : (double) cut.falsePositives() / negatives,
        positives == 0 ? Double.NaN : (double) cut.truePositives() / positives});
    }
    return thin(points, maxPoints);
  }

  /** Keeps the first and last points and evenly spaced ones between: enough to draw, small to store. */
  static List<double[]> thin(List<double[]> points, int maxPoints) {
    if (points.size() <= maxPoints) return points;
    List<double[]> kept = new ArrayList<>(maxPoints);
    double step = (points.size() - 1) / (double) (maxPoints - 1);
    for (int i = 0; i < maxPoints; i++) kept.add(points.get((int) Math.round(i * step)));
    return kept;
  }
}
