package fr.vigie.codec;

import java.time.LocalDate;

/**
 * Dates written {@code yyyy-MM-dd}, possibly followed by a time of day after a space or a 'T'
 * ({@code 2017-09-09 00:00:00}, {@code 2017-09-09T08:30:00.000}); the time is checked, then dropped.
 * Used by activité partielle and the open-data exports.
 */
public final class IsoDate {
  private IsoDate() {}

  /** Decodes yyyy-MM-dd[( |T)HH:mm[:ss[.fff]]]; blank → empty; anything else → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    boolean shaped = s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && (s.length() == 10 || (s.charAt(10) == ' ' || s.charAt(10) == 'T') && isTimeOfDay(s, 11));
    if (!shaped) return Decoded.rejected(Reason.INVALID_DATE, raw);
    return PlainDate.of(AsciiDigits.parse(s, 0, 4), AsciiDigits.parse(s, 5, 7), AsciiDigits.parse(s, 8, 10), raw);
  }

  /**
   * True when s, from index {@code from} to its end, is a time of day {@code H[H]:mm[:ss[.f…]]} with hours
   * 0–23, minutes and seconds 0–59 and at most 9 fraction digits.
   */
  static boolean isTimeOfDay(String s, int from) {
    int n = s.length();
    int hourEnd = AsciiDigits.runEnd(s, from, from + 2);
    int hour = AsciiDigits.parse(s, from, hourEnd);
    if (hour < 0 || hour > 23 || hourEnd + 3 > n || s.charAt(hourEnd) != ':') return false;
    int minute = AsciiDigits.parse(s, hourEnd + 1, hourEnd + 3);
    if (minute < 0 || minute > 59) return false;
    int i = hourEnd + 3;
    if (i == n) return true;
    if (s.charAt(i) != ':' || i + 3 > n) return false;
    int second = AsciiDigits.parse(s, i + 1, i + 3);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (i == n) return true;
    int fractionEnd = AsciiDigits.runEnd(s, i + 1, n);
    return s.charAt(i) == '.' && fractionEnd == n && n - (i + 1) >= 1 && n - (i + 1) <= 9;
  }
}
