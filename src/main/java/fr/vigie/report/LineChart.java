package fr.vigie.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Curves on the unit square: the precision-recall and ROC curves of both models, with a dashed
 * reference line (the base rate on PR, the diagonal on ROC). Data series are {@code <path
 * class="series">}, reference lines {@code <path class="reference">}.
 */
final class LineChart {
  static final int WIDTH = 460;
  static final int HEIGHT = 400;
  private static final double LEFT = 58;
  private static final double RIGHT = WIDTH - 16;
  private static final double TOP = 14;
  private static final double BOTTOM = HEIGHT - 96;

  /** A named curve of [x, y] points in [0, 1]²; a reference is drawn dashed. */
  record Series(String name, String colour, boolean reference, List<double[]> points) {}

  private LineChart() {}

  static String render(String kind, String label, String xTitle, String yTitle, List<Series> series) {
    Svg svg = new Svg(kind, label, WIDTH, HEIGHT);
    Scale x = new Scale(0, 1, LEFT, RIGHT);
    Scale y = new Scale(0, 1, BOTTOM, TOP);
    Axes.bottom(svg, x, BOTTOM, TOP, 5, Axes::unit, xTitle);
    Axes.left(svg, y, LEFT, RIGHT, 5, Axes::unit, yTitle);
    Legend legend = new Legend(svg, LEFT, RIGHT, BOTTOM + 58);
    for (Series s : series) {
      List<double[]> pixels = new ArrayList<>(s.points().size());
      for (double[] p : s.points()) {
        if (p.length >= 2 && Double.isFinite(p[0]) && Double.isFinite(p[1])) {
          pixels.add(new double[] {x.at(p[0]), y.at(p[1])});
        }
      }
      if (!pixels.isEmpty()) svg.path(pixels, s.colour(), s.reference(), s.reference() ? "reference" : "series", s.name());
      legend.add(s.colour(), s.reference(), s.name());
    }
    return svg.toString();
  }
}
