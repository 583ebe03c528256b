package fr.vigie.codec;

/**
 * Amounts in integer centimes (débits {@code Mt_PO}, {@code Mt_PP}): {@code 195907} → 195,907 centimes
 * (1,959.07 €). Rule: inputs.md, "URSSAF encodings". The value stays a whole number of centimes: money is
 * summed exactly and turned into euros only when written (panel.md, exact money).
 */
public final class Centimes {
  /** The largest amount a money column holds (Spark {@code decimal(18,2)}): 10^18 − 1 centimes. */
  public static final long MAX_ABS = 999_999_999_999_999_999L;

  private Centimes() {}

  /**
   * Decodes an optionally signed integer of centimes; blank → empty; a decimal point, a space, a letter or
   * more than 18 digits → invalid_amount.
   */
  public static Decoded<Long> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    if (!AsciiDigits.all(digits)) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 18) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    long centimes = Long.parseLong(significant);
    return Decoded.ok(s.startsWith("-") ? -centimes : centimes);
  }
}
