package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns counted scores into the figures of metrics.json (pure: Spark only does the counting). */
final class Evaluations {
  /** Curve points kept in metrics.json: enough to draw the curves. */
  static final int CURVE_POINTS = 200;
  /** Bins of the reliability diagram and of the expected calibration error: deciles. */
  static final int RELIABILITY_BINS = 10;

  /** The labelled rows of one month sharing one score. */
  record Counted(String periode, double score, long positives, long negatives) {
    ScoreCount count() {
      return new ScoreCount(score, positives, negatives);
    }
  }

  private Evaluations() {}

  static Curves curves(List<Counted> rows) {
    return Curves.of(rows.stream().map(Counted::count).toList());
  }

  /** Overall and per month, months in order. */
  static Metrics.Evaluation evaluate(List<Counted> rows) {
    Curves all = curves(rows);
    Map<String, List<Counted>> byMonth = new TreeMap<>();
    for (Counted c : rows) byMonth.computeIfAbsent(c.periode(), m -> new ArrayList<>()).add(c);
    List<Metrics.MonthScore> perMonth = new ArrayList<>();
    byMonth.forEach((month, counted) -> {
      Curves curves = curves(counted);
      perMonth.add(new Metrics.MonthScore(month, curves.rows(), curves.positives(), curves.averagePrecision(),
          curves.rocAuc()));
    });
    return new Metrics.Evaluation(all.averagePrecision(), all.rocAuc(), all.baseRate(), perMonth,
        all.precisionRecallPoints(CURVE_POINTS), all.rocPoints(CURVE_POINTS));
  }

  static Metrics.AtThreshold at(Curves curves, double threshold, double beta) {
    Curves.Cut cut = curves.at(threshold);
    return new Metrics.AtThreshold(curves.precision(cut), curves.recall(cut), curves.fScore(cut, beta), cut.alerts());
  }

  /** The same rows with each score replaced by its calibrated probability (equal results merge in {@link Curves}). */
  static List<Counted> calibrated(List<Counted> rows, Calibrator calibrator) {
    return rows.stream()
        .map(c -> new Counted(c.periode(), calibrator.apply(c.score()), c.positives(), c.negatives()))
        .toList();
  }

  /** Calibrated rows anchored month by month, and each month's anchoring. */
  record AnchoredRows(List<Counted> rows, List<Metrics.AnchoredMonth> months) {}

  /**
   * The calibrated rows of each month shifted by the month's offset ({@link Anchoring}): the month's
   * target from the panel months, the offset from the month's own rows (their probabilities, never
   * their outcomes: the positives only feed the figures). Months in order.
   */
  static AnchoredRows anchored(List<Counted> calibrated, Anchoring anchoring, List<Anchoring.Month> panelMonths) {
    Map<String, List<Counted>> byMonth = new TreeMap<>();
    for (Counted c : calibrated) byMonth.computeIfAbsent(c.periode(), m -> new ArrayList<>()).add(c);
    List<Counted> rows = new ArrayList<>();
    List<Metrics.AnchoredMonth> months = new ArrayList<>();
    byMonth.forEach((month, counted) -> {
      Anchoring.Target target = anchoring.target(panelMonths, java.time.YearMonth.parse(month));
      List<ScoreCount> counts = scoreCounts(counted);
      double offset = Anchoring.offset(counts, target.rate());
      List<Counted> shifted = counted.stream()
          .map(c -> new Counted(c.periode(), Anchoring.shift(c.score(), offset), c.positives(), c.negatives()))
          .toList();
      rows.addAll(shifted);
      Metrics.Calibrated before = calibration("", counted);
      Metrics.Calibrated after = calibration("", shifted);
      months.add(new Metrics.AnchoredMonth(month, target.windowFirst().toString(), target.windowLast().toString(),
          target.openings(), target.exposures(), target.ratio(), target.rate(), offset,
          after.reliability().stream().mapToLong(Metrics.ReliabilityBin::rows).sum(), before.meanPredicted(),
          after.meanPredicted(), after.observedRate()));
    });
    return new AnchoredRows(rows, months);
  }

  /** Every month's rows counted per score only. */
  static List<ScoreCount> scoreCounts(List<Counted> rows) {
    // in one fixed order: the rows come from a Spark aggregation whose order depends on the
    // cluster, and the sums over them (Platt's fit, the mean score) are sums of doubles
    return rows.stream().map(Counted::count).sorted(CANONICAL).toList();
  }

  /** Score, then positives, then negatives: two counts equal in all three are interchangeable. */
  static final Comparator<ScoreCount> CANONICAL = Comparator.comparingDouble(ScoreCount::score)
      .thenComparingLong(ScoreCount::positives).thenComparingLong(ScoreCount::negatives);

  /**
   * Brier score, expected calibration error, mean score, observed rate and reliability deciles of
   * one set of scores ({@code name}: raw, isotonic, platt).
   */
  static Metrics.Calibrated calibration(String name, List<Counted> rows) {
    List<ScoreCount> sorted = new ArrayList<>(scoreCounts(rows));
    sorted.sort(Comparator.comparingDouble(ScoreCount::score));
    long total = 0;
    long positives = 0;
    double sum = 0;
    double squares = 0;
    for (ScoreCount c : sorted) {
      long n = c.positives() + c.negatives();
      total += n;
      positives += c.positives();
      sum += c.score() * n;
      // (s − 1)² for each positive row, s² for each negative one
      squares += c.positives() * (1 - c.score()) * (1 - c.score()) + c.negatives() * c.score() * c.score();
    }
    if (total == 0) {
      return new Metrics.Calibrated(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
    }
    List<Metrics.ReliabilityBin> bins = reliability(sorted, total);
    double ece = 0;
    for (Metrics.ReliabilityBin b : bins) ece += (double) b.rows() / total * Math.abs(b.observedRate() - b.meanPredicted());
    return new Metrics.Calibrated(name, sum / total, (double) positives / total, squares / total, ece,
        Curves.of(sorted).averagePrecision(), bins);
  }

  /**
   * The rows, sorted by score, cut into {@link #RELIABILITY_BINS} bins of about equal size: a bin
   * closes at the first distinct score that brings it to its share of the rows, so tied scores are
   * never split (a bin may then be larger, and there may be fewer bins).
   */
  static List<Metrics.ReliabilityBin> reliability(List<ScoreCount> sortedByScore, long total) {
    List<Metrics.ReliabilityBin> bins = new ArrayList<>();
    long rows = 0;
    long positives = 0;
    double sum = 0;
    long seen = 0;
    long boundary = 1; // the bin closes once seen reaches boundary tenths of the rows
    for (ScoreCount c : sortedByScore) {
      long n = c.positives() + c.negatives();
      rows += n;
      positives += c.positives();
      sum += c.score() * n;
      seen += n;
      if (rows > 0 && seen * RELIABILITY_BINS >= boundary * total) {
        bins.add(new Metrics.ReliabilityBin(rows, positives, sum / rows, (double) positives / rows));
        boundary = seen * RELIABILITY_BINS / total + 1; // a large tie may pass several boundaries at once
        rows = 0;
        positives = 0;
        sum = 0;
      }
    }
    if (rows > 0) bins.add(new Metrics.ReliabilityBin(rows, positives, sum / rows, (double) positives / rows));
    return bins;
  }
}
