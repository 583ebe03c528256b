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
}
