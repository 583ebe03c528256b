package fr.vigie.codec;

/**
 * Headcount cells of the effectif files: every non-digit is a thousands separator or a space and is
 * dropped ({@code 089} → 89, {@code 1 234} → 1234, {@code 1.234} → 1234); {@code 0} is a real zero and a
 * blank cell is unknown. An integer written as a float ({@code 12.0}, {@code 12,00}) is that integer.
 * Rule: inputs.md, "URSSAF encodings".
 */
public final class Headcount {
  private Headcount() {}

  /**
   * Decodes a headcount; blank → empty. Rejected as invalid_headcount: no digit at all ({@code n/a}), a
   * sign ({@code -5}: a headcount is never negative), a fraction that is not zero ({@code 12.5}: dropping
   * its separator would read 125), a value beyond an int, a space that does not separate thousands
   * ({@code 12 34}: two cells run together are not 1234).
   */
  public static Decoded<Integer> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    if (Spaces.withoutThousandsSeparators(raw) == null) return Decoded.rejected(Reason.INVALID_HEADCOUNT, raw);
    String s = raw.strip();
    int end = s.length();
    int separator = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    int fractionDigits = separator < 0 ? 0 : end - separator - 1;
    // one or two digits after the last separator are a fraction, three are a thousands group
    if ((fractionDigits == 1 || fractionDigits == 2) && AsciiDigits.runEnd(s, separator + 1, end) == end) {
      if (AsciiDigits.parse(s, separator + 1, end) != 0) return Decoded.rejected(Reason.INVALID_HEADCOUNT, raw);
      end = separator;
    }
    long value = 0;
    boolean anyDigit = false;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-') return Decoded.rejected(Reason.INVALID_HEADCOUNT, raw);
      if (!AsciiDigits.is(c)) continue;
      anyDigit = true;
      value = value * 10 + (c - '0');
      if (value > Integer.MAX_VALUE) return Decoded.rejected(Reason.INVALID_HEADCOUNT, raw);
    }
    return anyDigit ? Decoded.ok((int) value) : Decoded.rejected(Reason.INVALID_HEADCOUNT, raw);
  }
}
