package fr.vigie.report;

import java.util.List;

/**
 * One horizontal bar per source, split into lines accepted and lines quarantined, on a common
 * scale of lines read. Each part is a {@code <rect class="segment">}; a non-zero quarantine is
 * drawn at least 2px wide so it stays visible next to a million accepted lines, and its count and
 * share are printed at the bar's end.
 */
final class StackedBarChart {
  private static final double ROW = 24;
  private static final double TOP = 10;
  private static final double MIN_VISIBLE = 2;

  /** A source's bar: lines accepted and quarantined. */
  record Bar(String label, long accepted, long quarantined) {}

  private StackedBarChart() {}

  static String render(String kind, String label, List<Bar> bars) {
    int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(8);
    double left = 14 + 6.6 * longest;
    int width = (int) (left + 700);
    double right = left + 420;
    double bottom = TOP + Math.max(1, bars.size()) * ROW + 4;
    int height = (int) bottom + 70;
    long max = bars.stream().mapToLong(b -> b.accepted() + b.quarantined()).max().orElse(0);
    Scale x = new Scale(0, Scale.roundUp(max), left, right);
    Svg svg = new Svg(kind, label, width, height);
    Axes.bottom(svg, x, bottom, TOP, 4, v -> FrenchNumbers.integer(Math.round(v)), "lignes lues");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = TOP + i * ROW + 4;
      double h = ROW - 8;
      double accepted = x.at(bar.accepted()) - left;
      double quarantined = bar.quarantined() == 0 ? 0
          : Math.max(MIN_VISIBLE, x.at(bar.accepted() + bar.quarantined()) - left - accepted);
      svg.text(left - 6, y + h / 2 + 4, bar.label(), "end", "bar-label");
      svg.rect(left, y, accepted, h, Palette.ACCEPTED, "segment",
          bar.label() + " : " + FrenchNumbers.integer(bar.accepted()) + " lignes acceptées");
      svg.rect(left + accepted, y, quarantined, h, Palette.QUARANTINED, "segment",
          bar.label() + " : " + FrenchNumbers.integer(bar.quarantined()) + " lignes en quarantaine");
      long read = bar.accepted() + bar.quarantined();
      String note = FrenchNumbers.integer(read) + " lues"
          + (bar.quarantined() == 0 ? ""
          : ", " + FrenchNumbers.integer(bar.quarantined()) + " en quarantaine ("
              + FrenchNumbers.percent((double) bar.quarantined() / read, 2) + ")");
      svg.text(left + accepted + quarantined + 6, y + h / 2 + 4, note, "start", "value");
    }
    svg.line(left, TOP, left, bottom, "axis");
    new Legend(svg, left, right, height - 14)
        .add(Palette.ACCEPTED, false, "lignes acceptées")
        .add(Palette.QUARANTINED, false, "lignes en quarantaine");
    return svg.toString();
  }
}
