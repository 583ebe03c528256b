package fr.vigie.codec;

import java.time.YearMonth;

/**
 * URSSAF periods → {@link MonthSpan}: {@code AAXY} (cotisations {@code periode}) and {@code AAAAXY}
 * (débits {@code Periode}, effectif headers). XY = 62 is the whole year; otherwise X is the quarter (1–4)
 * and Y is 0 for the whole quarter or 1–3 for that month of the quarter. A two-digit year below 50 is
 * 20AA, otherwise 19AA. {@code 1031} = July 2010, {@code 1820} = April–June 2018, {@code 201712} =
 * February 2017. Rule: inputs.md, "URSSAF encodings".
 *
 * <p>A period is always required, so blank input is rejected ({@code invalid_period:}), never empty;
 * anything else that does not fit (quarter 0 or 5, month 4, wrong length, a sign) is rejected too, never
 * wrapped into a neighbouring period.
 */
public final class UrssafPeriod {
  /** Two-digit years below this one are in the 2000s. */
  private static final int CENTURY_PIVOT = 50;

  private static final int WHOLE_YEAR = 62;

  private UrssafPeriod() {}

  /** Decodes AAXY or AAAAXY, told apart by their length; surrounding whitespace is ignored. */
  public static Decoded<MonthSpan> decode(String raw) {
    String s = raw == null ? "" : raw.strip();
    return switch (s.length()) {
      case 4 -> shortForm(s, raw);
      case 6 -> longForm(s, raw);
      default -> invalid(raw);
    };
  }

  /** Decodes AAXY only (cotisations). */
  public static Decoded<MonthSpan> decodeShort(String raw) {
    String s = raw == null ? "" : raw.strip();
    return s.length() == 4 ? shortForm(s, raw) : invalid(raw);
  }

  /** Decodes AAAAXY only (débits, effectif headers). */
  public static Decoded<MonthSpan> decodeLong(String raw) {
    String s = raw == null ? "" : raw.strip();
    return s.length() == 6 ? longForm(s, raw) : invalid(raw);
  }

  private static Decoded<MonthSpan> shortForm(String s, String raw) {
    int yy = AsciiDigits.parse(s, 0, 2);
    if (yy < 0) return invalid(raw);
    return span(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy, AsciiDigits.parse(s, 2, 4), raw);
  }

  private static Decoded<MonthSpan> longForm(String s, String raw) {
    int year = AsciiDigits.parse(s, 0, 4);
    if (year < 0) return invalid(raw);
    return span(year, AsciiDigits.parse(s, 4, 6), raw);
  }

  private static Decoded<MonthSpan> span(int year, int xy, String raw) {
    if (xy == WHOLE_YEAR) return Decoded.ok(MonthSpan.of(YearMonth.of(year, 1), 12));
    int quarter = xy / 10;
    int monthOfQuarter = xy % 10;
    if (xy < 0 || quarter < 1 || quarter > 4 || monthOfQuarter > 3) return invalid(raw);
    YearMonth quarterStart = YearMonth.of(year, 3 * quarter - 2);
    return Decoded.ok(monthOfQuarter == 0
        ? MonthSpan.of(quarterStart, 3)
        : MonthSpan.of(quarterStart.plusMonths(monthOfQuarter - 1), 1));
  }

  private static Decoded<MonthSpan> invalid(String raw) {
    return Decoded.rejected(Reason.INVALID_PERIOD, raw);
  }
}
