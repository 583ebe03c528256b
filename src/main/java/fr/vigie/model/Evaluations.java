package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns counted scores into the figures of metrics.json (pure: Spark only does the counting). */
final class Evaluations {
  /** Curve points kept in metrics.json: enough to draw the curves. */
  static final int CURVE_POINTS = 200;

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
}
