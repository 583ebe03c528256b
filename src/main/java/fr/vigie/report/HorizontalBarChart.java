package fr.vigie.report;

import java.util.List;

/**
 * One horizontal bar per labelled value, largest first as given: the feature importances. Each bar
 * is a {@code <rect class="bar">} with its value printed at its end.
 */
final class HorizontalBarChart {
  private static final double ROW = 19;
  private static final double TOP = 10;

  /** A labelled value. */
  record Bar(String label, double value) {}

  private HorizontalBarChart() {}

  static String render(String kind, String label, List<Bar> bars, String colour, String xTitle) {
    int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(8);
    double left = Math.min(280, 14 + 6.6 * longest); // an average 11px glyph; longer names are cut by the frame
    int width = (int) (left + 380);
    double right = width - 70;
    double bottom = TOP + Math.max(1, bars.size()) * ROW + 4;
    int height = (int) bottom + 44;
    double max = bars.stream().mapToDouble(Bar::value).filter(Double::isFinite).max().orElse(0);
    Scale x = new Scale(0, Scale.roundUp(max), left, right);
    Svg svg = new Svg(kind, label, width, height);
    Axes.bottom(svg, x, bottom, TOP, 4, v -> FrenchNumbers.decimal(v, v == Math.rint(v) ? 0 : 2), xTitle);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = TOP + i * ROW + 3;
      double v = Double.isFinite(bar.value()) ? bar.value() : 0;
      svg.text(left - 6, y + ROW / 2 + 1, bar.label(), "end", "bar-label");
      svg.rect(left, y, x.at(v) - left, ROW - 5, colour, "bar", bar.label() + " : " + FrenchNumbers.decimal(v, 4));
      svg.text(x.at(v) + 4, y + ROW / 2 + 1, FrenchNumbers.decimal(v, 3), "start", "value");
    }
    svg.line(left, TOP, left, bottom, "axis");
    return svg.toString();
  }
}
