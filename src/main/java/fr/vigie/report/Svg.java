package fr.vigie.report;

import java.util.List;
import java.util.Locale;

/**
 * One inline {@code <svg class="chart">} element, built shape by shape. Inline SVG in an HTML page
 * needs no namespace declaration, so the page holds no URL at all. Coordinates are written with a
 * dot and one decimal; every text goes through {@link Html#escape}.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder(4096);

  /** Opens a chart of the given size; {@code kind} names it for tests and CSS, {@code label} for screen readers. */
  Svg(String kind, String label, int width, int height) {
    out.append("<svg class=\"chart ").append(Html.escape(kind)).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(label)).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>");
    return this;
  }

  /** A filled rectangle with a tooltip ({@code title}, may be null). */
  Svg rect(double x, double y, double width, double height, String fill, String cssClass, String title) {
    out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(0, width))).append("\" height=\"").append(n(Math.max(0, height)))
        .append("\" fill=\"").append(fill).append('"');
    if (title == null) return append("/>");
    return append("><title>").append(Html.escape(title)).append("</title></rect>");
  }

  /** A filled circle with a tooltip ({@code title}, may be null). */
  Svg circle(double cx, double cy, double r, String fill, String cssClass, String title) {
    out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
        .append("\" r=\"").append(n(r)).append("\" fill=\"").append(fill).append('"');
    if (title == null) return append("/>");
    return append("><title>").append(Html.escape(title)).append("</title></circle>");
  }

  /** A polyline through {@code points} (already in pixels), dashed when asked. */
  Svg path(List<double[]> points, String stroke, boolean dashed, String cssClass, String title) {
    out.append("<path class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"").append(dashed ? "1.5" : "2").append('"');
    if (dashed) out.append(" stroke-dasharray=\"5 4\"");
    out.append(" d=\"");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? 'M' : 'L').append(n(points.get(i)[0])).append(' ').append(n(points.get(i)[1]));
    }
    out.append('"');
    if (title == null) return append("/>");
    return append("><title>").append(Html.escape(title)).append("</title></path>");
  }

  /** Text; {@code anchor} is start, middle or end; {@code rotate} in degrees around the anchor point (0: none). */
  Svg text(double x, double y, String text, String anchor, String cssClass, double rotate) {
    out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append('"');
    if (rotate != 0) {
      out.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
    }
    return append(">").append(Html.escape(text)).append("</text>");
  }

  Svg text(double x, double y, String text, String anchor, String cssClass) {
    return text(x, y, text, anchor, cssClass, 0);
  }

  /** A legend entry: a colour swatch then its name, at (x, y) = the swatch's left middle. */
  Svg legend(double x, double y, String colour, boolean dashed, String name) {
    if (dashed) path(List.of(new double[] {x, y}, new double[] {x + 18, y}), colour, true, "legend-key", null);
    else rect(x, y - 5, 18, 10, colour, "legend-key", null);
    return text(x + 24, y + 4, name, "start", "legend");
  }

  private Svg append(String s) {
    out.append(s);
    return this;
  }

  @Override
  public String toString() {
    return out + "</svg>";
  }

  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
