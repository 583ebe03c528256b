package fr.vigie.codec;

/** URSSAF account numbers (compte): 18 digits kept as a string, lost leading zeros restored. */
public final class Compte {
  static final int LENGTH = 18;

  private Compte() {}

  /** Decodes 1 to 18 digits (surrounding spaces ignored), left-padded to 18; blank → empty; else invalid_compte. */
  public static Decoded<String> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String digits = raw.strip();
    if (digits.length() > LENGTH || !AsciiDigits.all(digits)) return Decoded.rejected(Reason.INVALID_COMPTE, raw);
    return Decoded.ok(Siren.leftPad(digits, LENGTH));
  }
}
