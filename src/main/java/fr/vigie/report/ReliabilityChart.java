package fr.vigie.report;

import fr.vigie.model.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability diagram: for each decile of the scores on the test months, the mean score
 * (x) against the observed rate of openings (y), before and after calibration, with the diagonal
 * where a calibrated score lies. Both axes share one scale from 0 to a round value above every
 * point, so the diagonal is the square's. Each decile is a {@code <circle class="point">}, joined
 * per series by a {@code <path class="series">}; the diagonal is a {@code <path class="reference">}.
 */
final class ReliabilityChart {
  static final int WIDTH = 460;
  static final int HEIGHT = 420;
  private static final double LEFT = 64;
  private static final double RIGHT = WIDTH - 16;
  private static final double TOP = 14;
  private static final double BOTTOM = TOP + (RIGHT - LEFT) * 0.78;
  private static final double RADIUS = 4;

  /** A named series of deciles. */
  record Series(String name, String colour, List<Metrics.ReliabilityBin> bins) {}

  private ReliabilityChart() {}

  static String render(String kind, String label, List<Series> series) {
    double max = 0;
    for (Series s : series) {
      for (Metrics.ReliabilityBin b : s.bins()) {
        if (Double.isFinite(b.meanPredicted())) max = Math.max(max, b.meanPredicted());
        if (Double.isFinite(b.observedRate())) max = Math.max(max, b.observedRate());
      }
    }
    double top = Scale.roundUp(max * 1.05);
    Scale x = new Scale(0, top, LEFT, RIGHT);
    Scale y = new Scale(0, top, BOTTOM, TOP);
    Svg svg = new Svg(kind, label, WIDTH, HEIGHT);
    Axes.bottom(svg, x, BOTTOM, TOP, 5, v -> tick(v, top), "probabilité prédite (moyenne du décile)");
    Axes.left(svg, y, LEFT, RIGHT, 5, v -> tick(v, top), "taux observé");
    svg.path(List.of(new double[] {x.at(0), y.at(0)}, new double[] {x.at(top), y.at(top)}), Palette.REFERENCE, true,
        "reference", "calibration parfaite");
    Legend legend = new Legend(svg, LEFT, RIGHT, BOTTOM + 58);
    for (Series s : series) {
      List<double[]> pixels = new ArrayList<>();
      for (Metrics.ReliabilityBin b : s.bins()) {
        if (Double.isFinite(b.meanPredicted()) && Double.isFinite(b.observedRate())) {
          pixels.add(new double[] {x.at(b.meanPredicted()), y.at(b.observedRate())});
        }
      }
      if (!pixels.isEmpty()) svg.path(pixels, s.colour(), false, "series", s.name());
      for (Metrics.ReliabilityBin b : s.bins()) {
        if (!Double.isFinite(b.meanPredicted()) || !Double.isFinite(b.observedRate())) continue;
        svg.circle(x.at(b.meanPredicted()), y.at(b.observedRate()), RADIUS, s.colour(), "point",
            s.name() + " : prédit " + FrenchNumbers.percent(b.meanPredicted(), 2) + ", observé "
                + FrenchNumbers.percent(b.observedRate(), 2) + " (" + FrenchNumbers.integer(b.positives()) + " sur "
                + FrenchNumbers.integer(b.rows()) + " lignes)");
      }
      legend.add(s.colour(), false, s.name());
    }
    legend.add(Palette.REFERENCE, true, "calibration parfaite");
    return svg.toString();
  }

  /** A tick as a percentage, with a decimal when the axis is short (0 … 4 %). */
  private static String tick(double v, double top) {
    return FrenchNumbers.percent(v, top < 0.1 && v != 0 ? 1 : 0);
  }
}
