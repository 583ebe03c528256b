package fr.vigie.report;

/**
 * Escaping for text and attribute values of the report's HTML and inline SVG. Every string that
 * comes from data (a siret, a feature name, a quarantine reason) goes through {@link #escape}, so
 * a value can never open a tag or an attribute.
 */
final class Html {
  private Html() {}

  /** {@code <a & "b">} → {@code &lt;a &amp; &quot;b&quot;&gt;}; null → empty. */
  static String escape(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
