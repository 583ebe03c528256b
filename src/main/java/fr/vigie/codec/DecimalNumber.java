package fr.vigie.codec;

/**
 * Decimal numbers as written in French files (euros in cotisations, délais, activité partielle):
 * {@code -68231}, {@code 5065,79}, {@code 1 234,5}, {@code 1.234,56}. A comma or a dot may be the decimal
 * separator; spaces (including no-break and narrow no-break spaces) are thousands separators. When both a
 * comma and a dot occur, the last one is the decimal separator and the others group thousands; a single
 * kind occurring several times ({@code 1.234.567}) groups thousands. Rule: inputs.md, "URSSAF encodings".
 */
public final class DecimalNumber {
  private DecimalNumber() {}

  /** Decodes a decimal number; blank → empty; anything else that is not a finite number → invalid_amount. */
  public static Decoded<Double> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String plain = plain(raw);
    if (plain == null) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    double value = Double.parseDouble(plain);
    // more than ~308 digits overflow a double
    return Double.isFinite(value) ? Decoded.ok(value) : Decoded.rejected(Reason.INVALID_AMOUNT, raw);
  }

  /**
   * The number of raw in Java's plain syntax, sign and digits with at most one '.' ({@code "1.234,5"} →
   * {@code "1234.5"}), or null when raw is not a number: a character other than a leading sign, digits,
   * separators and spaces, no digit at all, a thousands separator not followed by exactly three digits, or
   * a space that does not separate thousands ({@code "12 34"}, see {@link Spaces#withoutThousandsSeparators}).
   * Shared with {@link WholeNumber}, which accepts the same spellings.
   */
  static String plain(String raw) {
    String s = Spaces.withoutThousandsSeparators(raw);
    if (s == null) return null;
    int n = s.length();
    int start = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int commas = 0;
    int dots = 0;
    int digits = 0;
    int lastSeparator = -1;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (c == ',') commas++;
      else if (c == '.') dots++;
      else if (AsciiDigits.is(c)) digits++;
      else return null;
      if (c == ',' || c == '.') lastSeparator = i;
    }
    if (digits == 0) return null;
    int decimal;
    if (commas > 0 && dots > 0) {
      // both kinds: the last one is the decimal point and occurs once ("1,234.5,6" is no number)
      if ((s.charAt(lastSeparator) == ',' ? commas : dots) != 1) return null;
      decimal = lastSeparator;
    } else {
      // one kind: once, it is the decimal point ("5065,79"); several times, it groups thousands ("1.234.567")
      decimal = commas + dots == 1 ? lastSeparator : -1;
    }

    StringBuilder out = new StringBuilder(n + 1);
    if (start == 1 && s.charAt(0) == '-') out.append('-');
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (i == decimal) out.append('.');
      else if (AsciiDigits.is(c)) out.append(c);
      else if (!separatesThousands(s, i, start)) return null;
    }
    return out.toString();
  }

  /** True when the separator at i follows a digit and is followed by exactly three digits ("1.234", not "1.23"). */
  private static boolean separatesThousands(String s, int i, int start) {
    return i > start && AsciiDigits.is(s.charAt(i - 1)) && AsciiDigits.runEnd(s, i + 1, s.length()) - (i + 1) == 3;
  }
}
