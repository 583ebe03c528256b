package fr.vigie.codec;

/**
 * Siret establishment identifiers: 14 digits kept as a string, spaces dropped and lost leading zeros
 * restored. A siret with letters is provisional: it is never joined, so its rows are quarantined with
 * reason provisional_siret. Rule: inputs.md, "General rules for every file".
 */
public final class Siret {
  static final int LENGTH = 14;

  private Siret() {}

  /**
   * Decodes up to 14 digits, left-padded to 14; blank → empty; up to 14 ASCII letters and digits with at
   * least one letter → provisional_siret; anything else → invalid_siret.
   */
  public static Decoded<String> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = Spaces.removeAll(raw);
    if (s.length() > LENGTH) return Decoded.rejected(Reason.INVALID_SIRET, raw);
    if (AsciiDigits.all(s)) return Decoded.ok(Siren.leftPad(s, LENGTH));
    return isAlphanumeric(s) ? Decoded.rejected(Reason.PROVISIONAL_SIRET, raw) : Decoded.rejected(Reason.INVALID_SIRET, raw);
  }

  /** The siren of a decoded siret: its first 9 characters; null for null. */
  public static String siren(String siret) {
    if (siret == null) return null;
    if (siret.length() < Siren.LENGTH) {
      throw new IllegalArgumentException("Cannot take the siren of '" + siret + "': a siret has 14 characters");
    }
    return siret.substring(0, Siren.LENGTH);
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!AsciiDigits.is(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
    }
    return true;
  }
}
