package fr.vigie.codec;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Dates written {@code ddMMMyyyy} with an abbreviated month name (procédures collectives {@code Dt_effet},
 * Banque de France {@code ARRETE_BILAN}): {@code 26MAY2014}, {@code 01févr.2015}, {@code 15-déc-2019}.
 * English and French abbreviations, any case, an optional dot after the month, an optional single space
 * or hyphen around it, a day of one or two digits.
 */
public final class TextMonthDate {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("janv", 1),
      Map.entry("feb", 2), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("fév", 2), Map.entry("fev", 2),
      Map.entry("mar", 3), Map.entry("mars", 3),
      Map.entry("apr", 4), Map.entry("avr", 4),
      Map.entry("may", 5), Map.entry("mai", 5),
      Map.entry("jun", 6), Map.entry("juin", 6),
      Map.entry("jul", 7), Map.entry("juil", 7),
      Map.entry("aug", 8), Map.entry("août", 8), Map.entry("aout", 8),
      Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10),
      Map.entry("nov", 11),
      Map.entry("dec", 12), Map.entry("déc", 12));

  private TextMonthDate() {}

  /** Decodes d[d][ |-]MMM[.][ |-]yyyy; blank → empty; unknown month or no such day → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    if (raw == null || raw.isBlank()) return Decoded.empty();
    String s = raw.strip();
    int n = s.length();
    int dayEnd = AsciiDigits.runEnd(s, 0, 2);
    int i = skipSeparator(s, dayEnd);
    int monthStart = i;
    while (i < n && isLetterOrAccent(s.charAt(i))) i++;
    // NFC so that an 'é' sent as 'e' + combining accent still matches the table
    String monthName = Normalizer.normalize(s.substring(monthStart, i), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(monthName);
    if (i < n && s.charAt(i) == '.') i++;
    i = skipSeparator(s, i);
    if (dayEnd == 0 || month == null || n - i != 4) return Decoded.rejected(Reason.INVALID_DATE, raw);
    return PlainDate.of(AsciiDigits.parse(s, i, n), month, AsciiDigits.parse(s, 0, dayEnd), raw);
  }

  private static int skipSeparator(String s, int i) {
    return i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-') ? i + 1 : i;
  }

  private static boolean isLetterOrAccent(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
