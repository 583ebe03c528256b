package fr.vigie.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The physical encodings of inputs.md, written: the inverse of the codecs in {@code fr.vigie.codec}
 * (each is checked against its codec in EncodingsTest). Hand-rolled (no String.format) because the
 * generator writes tens of millions of values.
 */
public final class Encodings {
  private static final String[] MONTHS_EN = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
      "NOV", "DEC"};
  private static final String[] MONTHS_FR = {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept",
      "oct", "nov", "déc"};

  private Encodings() {}

  /** (A)AAMMJJ: the date as yyyyMMdd minus 19000000 ({@code 2018-02-03} → {@code 1180203}). */
  public static String aamj(LocalDate date) {
    return Integer.toString(yyyymmdd(date) - 19_000_000);
  }

  /** yyyyMMdd ({@code Dt_immat}). */
  public static String plain(LocalDate date) {
    return Integer.toString(yyyymmdd(date));
  }

  private static int yyyymmdd(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The XY of a period: quarter and month of the quarter (1–3), or 0 for the whole quarter. */
  private static String xy(YearMonth month, boolean wholeQuarter) {
    int quarter = (month.getMonthValue() - 1) / 3 + 1;
    int inQuarter = wholeQuarter ? 0 : (month.getMonthValue() - 1) % 3 + 1;
    return quarter + Integer.toString(inQuarter);
  }

  /** AAXY, one month ({@code 2010-07} → {@code 1031}) or its whole quarter ({@code 1820}). */
  public static String periodShort(YearMonth month, boolean wholeQuarter) {
    return two(month.getYear() % 100) + xy(month, wholeQuarter);
  }

  /** AA62: the whole year. */
  public static String periodShortYear(int year) {
    return two(year % 100) + "62";
  }

  /** AAAAXY ({@code 2017-02} → {@code 201712}). */
  public static String periodLong(YearMonth month, boolean wholeQuarter) {
    return month.getYear() + xy(month, wholeQuarter);
  }

  /** The effectif column of a month: {@code eff201631} for July 2016. */
  public static String effHeader(YearMonth month) {
    return "eff" + periodLong(month, false);
  }

  /** Euros as integer centimes ({@code 1959.07} → {@code 195907}). */
  public static String centimes(double euros) {
    return Long.toString(Math.round(euros * 100));
  }

  /** Euros with two decimals and a decimal comma ({@code 5065,79}); whole amounts without decimals. */
  public static String eurosComma(double euros) {
    return decimal(euros, 2, ',');
  }

  /** A decimal number with {@code digits} decimals (trailing zeros kept) and the given decimal mark. */
  public static String decimal(double value, int digits, char mark) {
    long scale = 1;
    for (int i = 0; i < digits; i++) scale *= 10;
    long scaled = Math.round(Math.abs(value) * scale);
    StringBuilder sb = new StringBuilder(16);
    if (value < 0 && scaled != 0) sb.append('-');
    sb.append(scaled / scale);
    if (digits > 0) {
      sb.append(mark);
      String frac = Long.toString(scaled % scale);
      for (int i = frac.length(); i < digits; i++) sb.append('0');
      sb.append(frac);
    }
    return sb.toString();
  }

  /** ddMMMyyyy, English upper-case month ({@code 26MAY2014}). */
  public static String textMonth(LocalDate date) {
    return two(date.getDayOfMonth()) + MONTHS_EN[date.getMonthValue() - 1] + date.getYear();
  }

  /** ddMMMyyyy with the French abbreviation the Banque de France file may carry ({@code 31déc2016}). */
  public static String textMonthFrench(LocalDate date) {
    return two(date.getDayOfMonth()) + MONTHS_FR[date.getMonthValue() - 1] + date.getYear();
  }

  /** dd/MM/yyyy. */
  public static String slash(LocalDate date) {
    return two(date.getDayOfMonth()) + "/" + two(date.getMonthValue()) + "/" + date.getYear();
  }

  /** yyyy-MM-dd. */
  public static String iso(LocalDate date) {
    return date.toString();
  }

  /** A headcount cell: plain, with leading zeros ({@code 089}), or with a space grouping thousands. */
  public static String headcount(int value, boolean leadingZeros) {
    if (value >= 1000) return (value / 1000) + " " + three(value % 1000);
    return leadingZeros ? three(value) : Integer.toString(value);
  }

  /** Quotes a field when it holds the separator or a quote (quotes doubled), or when {@code always}. */
  public static String quote(String value, char separator, boolean always) {
    boolean needs = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0;
    if (!needs && !always) return value;
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** Upper-cases the first letter ({@code liquidation} → {@code Liquidation}). */
  public static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static String three(int v) {
    return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
  }
}
