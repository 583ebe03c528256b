package fr.vigie.codec;

/**
 * Scanning of ASCII digits '0'–'9' only: {@link Character#isDigit} would also accept Arabic-Indic or
 * full-width digits, which no French administrative file uses for a number.
 */
final class AsciiDigits {
  private AsciiDigits() {}

  static boolean is(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when s is non-empty and made of ASCII digits only. */
  static boolean all(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      if (!is(s.charAt(i))) return false;
    }
    return true;
  }

  /** The value of s[from, to) (at most 9 digits), or -1 when that range is empty or holds a non-digit. */
  static int parse(String s, int from, int to) {
    if (from >= to || to > s.length()) return -1;
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!is(c)) return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The index of the first non-digit of s at or after from, looking no further than to. */
  static int runEnd(String s, int from, int to) {
    int i = from;
    int end = Math.min(to, s.length());
    while (i < end && is(s.charAt(i))) i++;
    return i;
  }
}
