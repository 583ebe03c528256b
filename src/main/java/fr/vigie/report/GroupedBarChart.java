package fr.vigie.report;

import java.util.List;

/**
 * Vertical bars grouped by category, one bar per series: the AUCPR of each test month for both
 * models. Each bar is a {@code <rect class="bar">}; a value that is not a number (a month without
 * positives) draws no bar and prints "n/d".
 */
final class GroupedBarChart {
  private static final double LEFT = 58;
  private static final double TOP = 14;
  private static final double PLOT_HEIGHT = 230;
  private static final double MIN_BAR = 12;
  private static final double MAX_BAR = 36;
  private static final double GAP = 14;

  /** One series: its name, colour and one value per category. */
  record Series(String name, String colour, double[] values) {}

  private GroupedBarChart() {}

  static String render(String kind, String label, List<String> categories, List<Series> series, String yTitle) {
    int bars = Math.max(1, series.size());
    int width = (int) Math.max(460, LEFT + 16 + categories.size() * (bars * MIN_BAR + GAP));
    double slot = (width - LEFT - 16) / Math.max(1, categories.size()); // the groups share the plot's width
    double bar = Math.min(MAX_BAR, (slot - GAP) / bars);
    boolean slanted = slot < 56; // a yyyy-MM label needs about 50px upright
    double bottom = TOP + PLOT_HEIGHT;
    int height = (int) (bottom + (slanted ? 60 : 34) + 40);
    double max = 0;
    for (Series s : series) {
      for (double v : s.values()) if (Double.isFinite(v)) max = Math.max(max, v);
    }
    Svg svg = new Svg(kind, label, width, height);
    Scale y = new Scale(0, Math.min(1, Scale.roundUp(max)), bottom, TOP);
    Axes.left(svg, y, LEFT, width - 16, 5, v -> FrenchNumbers.decimal(v, v == Math.rint(v) ? 0 : 2), yTitle);
    svg.line(LEFT, bottom, width - 16, bottom, "axis");
    for (int c = 0; c < categories.size(); c++) {
      double x0 = LEFT + c * slot + (slot - bars * bar) / 2;
      for (int s = 0; s < series.size(); s++) {
        Series serie = series.get(s);
        double v = c < serie.values().length ? serie.values()[c] : Double.NaN;
        double x = x0 + s * bar;
        String title = serie.name() + " " + categories.get(c) + " : " + FrenchNumbers.decimal(v, 3);
        if (Double.isFinite(v)) svg.rect(x + 1, y.at(v), bar - 2, bottom - y.at(v), serie.colour(), "bar", title);
        else svg.text(x + bar / 2 + 4, bottom - 4, FrenchNumbers.UNAVAILABLE, "start", "na", -90); // reads upwards
      }
      double cx = LEFT + c * slot + slot / 2;
      if (slanted) svg.text(cx, bottom + 12, categories.get(c), "end", "tick-label", -45);
      else svg.text(cx, bottom + 16, categories.get(c), "middle", "tick-label");
    }
    Legend legend = new Legend(svg, LEFT, width - 16, height - 18);
    for (Series s : series) legend.add(s.colour(), false, s.name());
    return svg.toString();
  }
}
