package fr.vigie.codec;

import java.time.YearMonth;

/**
 * Month columns of the wide effectif files, {@code effAAAAXY}: {@code eff201011} is January 2010,
 * {@code EFF201631} July 2016. Each column is one month, so a quarter or a year is rejected.
 */
public final class EffHeader {
  private static final String PREFIX = "eff";

  private EffHeader() {}

  /** True when the (canonical) header is "eff" in any case followed by at least one digit. */
  public static boolean isEffColumn(String canonicalHeader) {
    return canonicalHeader != null
        && canonicalHeader.length() > PREFIX.length()
        && canonicalHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
        && AsciiDigits.is(canonicalHeader.charAt(PREFIX.length()));
  }

  /** The month of an {@code effAAAAXY} header; anything but a single month → invalid_period with the header. */
  public static Decoded<YearMonth> decode(String header) {
    String s = header == null ? "" : header.strip();
    if (!s.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) return Decoded.rejected(Reason.INVALID_PERIOD, header);
    MonthSpan span = UrssafPeriod.decodeLong(s.substring(PREFIX.length())).orNull();
    return span != null && span.months() == 1
        ? Decoded.ok(span.first())
        : Decoded.rejected(Reason.INVALID_PERIOD, header);
  }
}
