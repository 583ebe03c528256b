package fr.vigie.report;

import java.util.List;

/**
 * Shares in [0, 1] on a grid of rows × months, one {@code <rect class="cell">} per pair, coloured
 * on {@link Palette#ramp}, with the colour scale drawn below ({@code <rect class="scale">}). A null
 * share (the column is absent from the data) is grey.
 */
final class Heatmap {
  private static final double TOP = 10;
  private static final double ROW = 22;
  private static final int SCALE_STEPS = 10;

  /** A labelled row of shares, one per month (null: not measured). */
  record Row(String label, List<Double> shares) {}

  private Heatmap() {}

  static String render(String kind, String label, List<String> months, List<Row> rows) {
    int longest = rows.stream().mapToInt(r -> r.label().length()).max().orElse(8);
    double left = 14 + 6.6 * longest;
    double cell = Math.max(6, Math.min(36, 760.0 / Math.max(1, months.size())));
    int width = (int) (left + Math.max(SCALE_STEPS * 24 + 180, months.size() * cell + 20)); // room for the scale's legend
    double bottom = TOP + Math.max(1, rows.size()) * ROW;
    int height = (int) bottom + 126;
    Svg svg = new Svg(kind, label, width, height);
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = TOP + r * ROW;
      svg.text(left - 6, y + ROW / 2 + 4, row.label(), "end", "bar-label");
      for (int m = 0; m < months.size(); m++) {
        Double share = m < row.shares().size() ? row.shares().get(m) : null;
        String fill = share == null ? Palette.ABSENT : Palette.ramp(share);
        String title = row.label() + " " + months.get(m) + " : "
            + (share == null ? "colonne absente" : FrenchNumbers.percent(share, 1));
        svg.rect(left + m * cell, y, cell - 1, ROW - 2, fill, "cell", title);
      }
    }
    svg.line(left, bottom, left + months.size() * cell, bottom, "axis");
    int every = (int) Math.ceil(18 / cell); // slanted yyyy-MM labels need about 18px between them
    for (int m = 0; m < months.size(); m += every) {
      double x = left + m * cell + cell / 2;
      svg.line(x, bottom, x, bottom + 4, "tick");
      svg.text(x, bottom + 14, months.get(m), "end", "tick-label", -45);
    }
    double scaleY = bottom + 80; // below the slanted month labels
    double step = 24;
    svg.text(left, scaleY - 6, "taux de couverture", "start", "legend");
    for (int i = 0; i < SCALE_STEPS; i++) {
      double share = (i + 0.5) / SCALE_STEPS;
      svg.rect(left + i * step, scaleY, step, 12, Palette.ramp(share), "scale", null);
    }
    svg.text(left, scaleY + 26, "0 %", "middle", "tick-label");
    svg.text(left + SCALE_STEPS * step / 2, scaleY + 26, "50 %", "middle", "tick-label");
    svg.text(left + SCALE_STEPS * step, scaleY + 26, "100 %", "middle", "tick-label");
    svg.rect(left + SCALE_STEPS * step + 40, scaleY, step, 12, Palette.ABSENT, "scale", null);
    svg.text(left + SCALE_STEPS * step + 40 + step + 6, scaleY + 10, "colonne absente", "start", "legend");
    return svg.toString();
  }
}
