package fr.vigie.codec;

/**
 * Siren company identifiers: 9 digits kept as a string. Spaces anywhere are dropped ({@code 000 111 222},
 * Banque de France) and lost leading zeros restored ({@code 1234567} → {@code 001234567}).
 */
public final class Siren {
  static final int LENGTH = 9;

  private Siren() {}

  /** Decodes 1 to 9 digits, left-padded to 9; blank → empty; more digits or another character → invalid_siren. */
  public static Decoded<String> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String digits = Spaces.removeAll(raw);
    if (digits.length() > LENGTH || !AsciiDigits.all(digits)) return Decoded.rejected(Reason.INVALID_SIREN, raw);
    return Decoded.ok(leftPad(digits, LENGTH));
  }

  /** digits preceded by as many '0' as it takes to reach length (digits is no longer than length). */
  static String leftPad(String digits, int length) {
    return digits.length() == length ? digits : "0".repeat(length - digits.length()) + digits;
  }
}
