package fr.vigie.codec;

/**
 * {@code MOTIF_RECOURS_SE} of activité partielle demandes: codes 1–5 are in the seed's table, 6 and 7 occur
 * in deliveries (reason unknown) and are kept; exports may write them as floats ({@code 3.0}).
 */
public final class ApMotif {
  private static final int MIN = 1;
  private static final int MAX = 7;

  private ApMotif() {}

  /** Decodes a code 1–7; blank → empty; anything else → invalid_code. */
  public static Decoded<Integer> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    Long code = WholeNumber.decode(raw).orNull();
    return code != null && code >= MIN && code <= MAX
        ? Decoded.ok(code.intValue())
        : Decoded.rejected(Reason.INVALID_CODE, raw);
  }
}
