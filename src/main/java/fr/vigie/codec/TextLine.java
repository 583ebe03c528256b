package fr.vigie.codec;

/** Whole-line checks made before a line is split: unreadable bytes, blank lines. */
public final class TextLine {
  private static final char REPLACEMENT = '\uFFFD';
  private static final char DELETE = '\u007F';

  private TextLine() {}

  /**
   * True when the decoded line holds U+FFFD (the decoder met malformed bytes) or a control character other
   * than tab (U+0000–U+001F, U+007F). A '\r' ending the line is the tail of a CRLF line ending, not garbage.
   * Null → false.
   */
  public static boolean isBinaryGarbage(String line) {
    if (line == null) return false;
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') n--;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == REPLACEMENT || c == DELETE || (c < ' ' && c != '\t')) return true;
    }
    return false;
  }

  /** True when line is null or holds only whitespace, space separators and byte-order marks. */
  public static boolean isBlank(String line) {
    if (line == null) return true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') return false;
    }
    return true;
  }
}
