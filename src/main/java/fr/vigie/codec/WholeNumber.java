package fr.vigie.codec;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Integers that exports sometimes write as floats (activité partielle: {@code 559.0}, {@code 559,00}):
 * same spellings as {@link DecimalNumber}, but the value must be a whole number that fits a long.
 */
public final class WholeNumber {
  private WholeNumber() {}

  /** Decodes a whole number; blank → empty; a fraction ({@code 559.5}) or no number → invalid_number. */
  public static Decoded<Long> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String plain = DecimalNumber.plain(raw);
    if (plain == null) return Decoded.rejected(Reason.INVALID_NUMBER, raw);
    BigDecimal value = new BigDecimal(plain);
    if (value.remainder(BigDecimal.ONE).signum() != 0) return Decoded.rejected(Reason.INVALID_NUMBER, raw);
    BigInteger whole = value.toBigInteger();
    return whole.bitLength() < Long.SIZE
        ? Decoded.ok(whole.longValue())
        : Decoded.rejected(Reason.INVALID_NUMBER, raw);
  }
}
