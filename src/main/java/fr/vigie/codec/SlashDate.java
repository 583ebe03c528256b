package fr.vigie.codec;

import java.time.LocalDate;

/**
 * Dates written {@code dd/MM/yyyy} or {@code d/M/yyyy} (délais, Diane, older activité partielle),
 * possibly followed by a space and a time of day ({@code 23/01/2019 00:00:00}), which is checked, then
 * dropped.
 */
public final class SlashDate {
  private SlashDate() {}

  /** Decodes d[d]/M[M]/yyyy[ H[H]:mm[:ss[.fff]]]; blank → empty; anything else → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    int space = s.indexOf(' ');
    int end = space < 0 ? s.length() : space;
    if (space >= 0 && !IsoDate.isTimeOfDay(s, space + 1)) return Decoded.rejected(Reason.INVALID_DATE, raw);

    int dayEnd = AsciiDigits.runEnd(s, 0, 2);
    int monthStart = dayEnd + 1;
    int monthEnd = AsciiDigits.runEnd(s, monthStart, monthStart + 2);
    int yearStart = monthEnd + 1;
    boolean shaped = dayEnd > 0 && dayEnd < end && s.charAt(dayEnd) == '/'
        && monthEnd > monthStart && monthEnd < end && s.charAt(monthEnd) == '/'
        && end - yearStart == 4;
    if (!shaped) return Decoded.rejected(Reason.INVALID_DATE, raw);
    return PlainDate.of(AsciiDigits.parse(s, yearStart, end), AsciiDigits.parse(s, monthStart, monthEnd),
        AsciiDigits.parse(s, 0, dayEnd), raw);
  }
}
