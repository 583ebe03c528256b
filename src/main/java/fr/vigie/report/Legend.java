package fr.vigie.report;

/** Legend entries laid out left to right from (left, y), wrapping before {@code right}. */
final class Legend {
  private static final double ROW = 18;
  private final Svg svg;
  private final double left;
  private final double right;
  private double x;
  private double y;

  Legend(Svg svg, double left, double right, double y) {
    this.svg = svg;
    this.left = left;
    this.right = right;
    this.x = left;
    this.y = y;
  }

  Legend add(String colour, boolean dashed, String name) {
    double width = 34 + 6.5 * name.length(); // swatch, gap and an average 11px glyph
    if (x > left && x + width > right) {
      x = left;
      y += ROW;
    }
    svg.legend(x, y, colour, dashed, name);
    x += width;
    return this;
  }
}
