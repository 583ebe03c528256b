package fr.vigie.codec;

import java.time.LocalDate;

/**
 * Dates written {@code (A)AAMMJJ} (débits {@code Dt_trt_ecn}, CCSF, account table): the integer plus
 * 19000000 read as yyyyMMdd, so the leading (A)AA is the year minus 1900. {@code 1180203} → 2018-02-03,
 * {@code 990612} → 1999-06-12. Rule: inputs.md, "URSSAF encodings".
 */
public final class AamjDate {
  private static final int EPOCH = 19_000_000;

  private AamjDate() {}

  /** Decodes 6 or 7 ASCII digits; blank → empty; {@code 0000000}, {@code 1180151} and the like → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    int aamjj = s.length() == 6 || s.length() == 7 ? AsciiDigits.parse(s, 0, s.length()) : -1;
    if (aamjj < 0) return Decoded.rejected(Reason.INVALID_DATE, raw);
    int yyyymmdd = aamjj + EPOCH;
    return PlainDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100, raw);
  }
}
