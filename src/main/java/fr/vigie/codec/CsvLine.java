package fr.vigie.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one delimited line (no embedded newline) into fields. A field whose first non-space character is
 * '"' is quoted: {@code ""} inside it is one quote, and its closing quote may be followed only by spaces
 * and then the separator or the end of the line. Quoted fields keep their inner text as is; unquoted
 * fields are trimmed; empty fields are "". A trailing '\r' (CRLF files) is dropped.
 */
public final class CsvLine {
  private static final char QUOTE = '"';

  private CsvLine() {}

  /**
   * The fields of line; blank line → empty. Rejected, with detail {@code column N} (1-based): an unclosed
   * quote → unterminated_quote; text after a closing quote, or a quote inside an unquoted field → bare_quote.
   */
  public static Decoded<String[]> split(String line, char separator) {
    if (line == null || line.isBlank()) return Decoded.empty();
    int n = line.length();
    if (line.charAt(n - 1) == '\r') n--;
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      int column = fields.size() + 1;
      while (i < n && line.charAt(i) != separator && line.charAt(i) <= ' ') i++;
      String field;
      if (i < n && line.charAt(i) == QUOTE) {
        // quoted: copy only when the field holds an escaped quote, otherwise take one substring
        StringBuilder unescaped = null;
        int chunk = ++i;
        boolean closed = false;
        while (i < n) {
          if (line.charAt(i) == QUOTE) {
            if (i + 1 < n && line.charAt(i + 1) == QUOTE) {
              if (unescaped == null) unescaped = new StringBuilder(n - chunk);
              unescaped.append(line, chunk, i + 1);
              i += 2;
              chunk = i;
              continue;
            }
            closed = true;
            break;
          }
          i++;
        }
        if (!closed) return Decoded.rejected(Reason.UNTERMINATED_QUOTE, "column " + column);
        field = unescaped == null ? line.substring(chunk, i) : unescaped.append(line, chunk, i).toString();
        i++;
        while (i < n && line.charAt(i) != separator && line.charAt(i) <= ' ') i++;
        if (i < n && line.charAt(i) != separator) return Decoded.rejected(Reason.BARE_QUOTE, "column " + column);
      } else {
        int start = i;
        while (i < n && line.charAt(i) != separator) {
          if (line.charAt(i) == QUOTE) return Decoded.rejected(Reason.BARE_QUOTE, "column " + column);
          i++;
        }
        int end = i;
        while (end > start && line.charAt(end - 1) <= ' ') end--;
        field = line.substring(start, end);
      }
      fields.add(field);
      if (i >= n) break;
      i++; // the separator; a separator ending the line opens one last, empty field
    }
    return Decoded.ok(fields.toArray(new String[0]));
  }
}
