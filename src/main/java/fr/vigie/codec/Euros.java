package fr.vigie.codec;

import java.math.BigDecimal;

/**
 * Amounts in euros as French files write them (cotisations {@code cotis_due}, délais
 * {@code Montant_global_echeancier}): {@code -68231}, {@code 5065,79}, {@code 1 234,5}, the spellings of
 * {@link DecimalNumber}, decoded exactly into whole centimes: {@code 5065,79} → 506,579. Money is then
 * summed as integers and turned into euros only when written (panel.md, exact money), so that a repaid debt
 * is exactly 0 and a sum does not depend on the order of its terms.
 *
 * <p>An URSSAF amount is a whole number of centimes: a non-zero digit past the second decimal
 * ({@code 12,345}) is not one, and is rejected rather than rounded (rounding would make up money); trailing
 * zeros ({@code 12,3400}) are fine.
 */
public final class Euros {
  private Euros() {}

  /** Decodes euros into centimes; blank → empty; no number, a fraction of a centime or overflow → invalid_amount. */
  public static Decoded<Long> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String plain = DecimalNumber.plain(raw);
    if (plain == null) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    BigDecimal centimes = new BigDecimal(plain).movePointRight(2);
    if (centimes.signum() != 0) centimes = centimes.stripTrailingZeros();
    if (centimes.scale() > 0) return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    if (centimes.abs().compareTo(BigDecimal.valueOf(Centimes.MAX_ABS)) > 0) {
      return Decoded.rejected(Reason.INVALID_AMOUNT, raw);
    }
    return Decoded.ok(centimes.longValueExact());
  }
}
