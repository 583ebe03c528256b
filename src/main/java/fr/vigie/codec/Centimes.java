package fr.vigie.codec;

import java.math.BigDecimal;

/**
 * Amounts in integer centimes (débits {@code Mt_PO}, {@code Mt_PP}) → euros: {@code 195907} → 1959.07.
 * Rule: inputs.md, "URSSAF encodings".
 */
public final class Centimes {
  private Centimes() {}

  /**
   * Decodes an optionally signed integer of centimes into euros, divided exactly (BigDecimal) before the
   * conversion to double; blank → empty; a decimal point, a space or a letter → invalid_amount.
   */
  public static Decoded<Double> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    if (!AsciiDigits.all(digits)) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    BigDecimal euros = new BigDecimal(s).movePointLeft(2);
    return Decoded.ok(euros.doubleValue());
  }
}
