package fr.vigie.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML table, built row by row. A plain string cell is escaped text; {@link #num} right-aligns a
 * formatted number; {@link #html} is markup the caller built (and escaped) itself.
 */
final class Table {
  /** A cell with its own markup and CSS class. */
  record Cell(String html, String cssClass) {}

  private final String cssClass;
  private final List<String> headers;
  private final List<String> rows = new ArrayList<>();

  Table(String cssClass, String... headers) {
    this.cssClass = cssClass;
    this.headers = List.of(headers);
  }

  static Cell num(String formatted) {
    return new Cell(Html.escape(formatted), "num");
  }

  static Cell html(String markup) {
    return new Cell(markup, null);
  }

  Table row(Object... cells) {
    return attributedRow("", cells);
  }

  /** A row whose {@code <tr>} carries {@code attributes}, markup the caller built and escaped (" data-x=\"1\""). */
  Table attributedRow(String attributes, Object... cells) {
    StringBuilder tr = new StringBuilder("<tr").append(attributes).append('>');
    for (Object cell : cells) {
      if (cell instanceof Cell c) {
        tr.append(c.cssClass() == null ? "<td>" : "<td class=\"" + c.cssClass() + "\">").append(c.html());
      } else {
        tr.append("<td>").append(Html.escape(cell == null ? "" : cell.toString()));
      }
      tr.append("</td>");
    }
    rows.add(tr.append("</tr>").toString());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\"><thead><tr>");
    for (String h : headers) out.append("<th>").append(Html.escape(h)).append("</th>");
    out.append("</tr></thead><tbody>");
    rows.forEach(out::append);
    return out.append("</tbody></table>").toString();
  }
}
