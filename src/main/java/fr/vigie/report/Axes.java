package fr.vigie.report;

import java.util.function.DoubleFunction;

/** Value axes with grid lines and French tick labels, shared by the charts. */
final class Axes {
  private Axes() {}

  /** Horizontal axis at pixel height {@code y}, grid lines up to {@code top}, and its title below. */
  static void bottom(Svg svg, Scale x, double y, double top, int ticks, DoubleFunction<String> label, String title) {
    for (double t : x.ticks(ticks)) {
      double px = x.at(t);
      svg.line(px, top, px, y, "grid");
      svg.line(px, y, px, y + 4, "tick");
      svg.text(px, y + 16, label.apply(t), "middle", "tick-label");
    }
    svg.line(x.r0(), y, x.r1(), y, "axis");
    if (title != null) svg.text((x.r0() + x.r1()) / 2, y + 34, title, "middle", "axis-title");
  }

  /** Vertical axis at pixel abscissa {@code x}, grid lines across to {@code right}, title rotated on the left. */
  static void left(Svg svg, Scale y, double x, double right, int ticks, DoubleFunction<String> label, String title) {
    for (double t : y.ticks(ticks)) {
      double py = y.at(t);
      svg.line(x, py, right, py, "grid");
      svg.line(x - 4, py, x, py, "tick");
      svg.text(x - 7, py + 4, label.apply(t), "end", "tick-label");
    }
    svg.line(x, y.r0(), x, y.r1(), "axis");
    if (title != null) svg.text(14, (y.r0() + y.r1()) / 2, title, "middle", "axis-title", -90);
  }

  /** Tick labels of a [0, 1] axis: "0", "0,2" … "1". */
  static String unit(double v) {
    return FrenchNumbers.decimal(v, v == Math.rint(v) ? 0 : 1);
  }
}
