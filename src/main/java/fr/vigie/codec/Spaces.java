package fr.vigie.codec;

/** Spaces used as separators inside numbers and identifiers: ASCII space, tab, and Unicode space separators. */
final class Spaces {
  private Spaces() {}

  /** ' ', tab, and every Unicode space separator (no-break space U+00A0, narrow no-break space U+202F…). */
  static boolean is(char c) {
    return c == ' ' || c == '\t' || Character.isSpaceChar(c);
  }

  /** s with every space removed ("000 111 222" → "000111222"); s itself when it has none. */
  static String removeAll(String s) {
    int first = 0;
    while (first < s.length() && !is(s.charAt(first))) first++;
    if (first == s.length()) return s;
    StringBuilder kept = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!is(c)) kept.append(c);
    }
    return kept.toString();
  }

  /**
   * A number without its spaces, or null when a space inside it is not a thousands separator. Spaces
   * around the number and right after a leading sign ({@code "- 12,5"}) are dropped; any other run of
   * spaces must follow one to three digits and precede exactly three ({@code "1 234 567,5"}), so that
   * {@code "12 34"} (two cells run together, or a typing slip) is not read as 1234.
   */
  static String withoutThousandsSeparators(String raw) {
    String s = raw.strip();
    int start = s.length() > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int afterSign = start;
    while (afterSign < s.length() && is(s.charAt(afterSign))) afterSign++;
    for (int i = afterSign; i < s.length(); i++) {
      if (!is(s.charAt(i))) continue;
      int runEnd = i;
      while (runEnd < s.length() && is(s.charAt(runEnd))) runEnd++;
      int digitsBefore = 0;
      while (i - digitsBefore - 1 >= afterSign && AsciiDigits.is(s.charAt(i - digitsBefore - 1))) digitsBefore++;
      int groupEnd = AsciiDigits.runEnd(s, runEnd, s.length());
      if (digitsBefore < 1 || digitsBefore > 3 || groupEnd - runEnd != 3) return null;
      i = runEnd - 1;
    }
    return removeAll(s);
  }
}
