package fr.vigie.codec;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates written {@code yyyyMMdd} (débits {@code Dt_immat}): {@code 20180203} → 2018-02-03. */
public final class PlainDate {
  private PlainDate() {}

  /** Decodes 8 ASCII digits as yyyyMMdd; blank → empty; anything else, or no such day, → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    if (s.length() != 8) return Decoded.rejected(Reason.INVALID_DATE, raw);
    return of(AsciiDigits.parse(s, 0, 4), AsciiDigits.parse(s, 4, 6), AsciiDigits.parse(s, 6, 8), raw);
  }

  /**
   * The date for year, month and day, or invalid_date with raw as detail when there is no such day
   * (month 0 or 13, 31 February, 29 February of a common year, or a negative part from a failed parse).
   * Checked by hand so that the tens of millions of valid cells cost no exception.
   */
  static Decoded<LocalDate> of(int year, int month, int day, String raw) {
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Decoded.rejected(Reason.INVALID_DATE, raw);
    }
    return Decoded.ok(LocalDate.of(year, month, day));
  }
}
