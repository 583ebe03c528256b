package fr.vigie.codec;

/** Whole-line checks made before a line is split: unreadable bytes, blank lines. */
public final class TextLine {
  private static final char REPLACEMENT = '\uFFFD';
  private static final char DELETE = '\u007F';

  private TextLine() {}

  /**
   * True when the decoded line holds U+FFFD (the decoder met malformed bytes) or a control character other
   * than tab and carriage return (U+0000–U+001F, U+007F): a line of NULs (a zero-filled block left by a
   * crashed copy) is garbage, not a blank line. A '\r' is not garbage: only LF and CRLF end a line, so a
   * lone CR belongs to its line and the codec of the field holding it rejects the value. Null → false.
   */
  public static boolean isBinaryGarbage(String line) {
    if (line == null) return false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == REPLACEMENT || c == DELETE || (c < ' ' && c != '\t' && c != '\r')) return true;
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
