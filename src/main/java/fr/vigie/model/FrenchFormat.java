package fr.vigie.model;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a French reader writes them, for the sentences of scores/ and the report: decimal
 * comma, thousands separated by a narrow no-break space, a no-break space before a unit. The
 * symbols are fixed here rather than taken from the JVM's locale data, so a sentence is the same on
 * every machine. Not a number → "n/d".
 */
public final class FrenchFormat {
  /** Thousands separator (U+202F, narrow no-break space). */
  public static final char THOUSANDS = '\u202F';
  /** Between a number and its unit (U+00A0, no-break space). */
  public static final char UNIT_SPACE = '\u00A0';
  public static final String UNAVAILABLE = "n/d";

  private FrenchFormat() {}

  /** 106144 → "106 144". */
  public static String integer(long value) {
    return format(0, false).format(value);
  }

  /** (0.4567, 3) → "0,457"; (12345.6, 1) → "12 345,6". */
  public static String decimal(double value, int digits) {
    if (!Double.isFinite(value)) return UNAVAILABLE;
    return format(digits, false).format(value);
  }

  /** A share as a percentage: (0.1234, 1) → "12,3 %". */
  public static String percent(double share, int digits) {
    if (!Double.isFinite(share)) return UNAVAILABLE;
    return format(digits, false).format(share * 100) + UNIT_SPACE + "%";
  }

  /** A contribution with its sign: 0.12 → "+0,120", -0.045 → "-0,045". */
  public static String signed(double value, int digits) {
    if (!Double.isFinite(value)) return UNAVAILABLE;
    return format(digits, true).format(value);
  }

  /**
   * An amount in euros as an agent reads it: 850 → "850 €", 4 800 → "4,8 k€", 1 000 → "1 k€",
   * 48 210 → "48 k€", 1 234 567 → "1,2 M€" (two significant digits at least, never more than one decimal).
   */
  public static String euros(double amount) {
    if (!Double.isFinite(amount)) return UNAVAILABLE;
    double magnitude = Math.abs(amount);
    if (magnitude < 1_000) return decimal(amount, 0) + UNIT_SPACE + "€";
    if (magnitude < 1_000_000) {
      double k = amount / 1_000;
      return compact(k, Math.abs(k) < 10 ? 1 : 0) + UNIT_SPACE + "k€";
    }
    double m = amount / 1_000_000;
    return compact(m, Math.abs(m) < 10 ? 1 : 0) + UNIT_SPACE + "M€";
  }

  /** A number of at most {@code digits} decimals, trailing zeros dropped: (3.10, 2) → "3,1", (2.0, 1) → "2". */
  public static String compact(double value, int digits) {
    if (!Double.isFinite(value)) return UNAVAILABLE;
    DecimalFormat f = format(digits, false);
    f.setMinimumFractionDigits(0);
    return f.format(value);
  }

  private static DecimalFormat format(int digits, boolean plusSign) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator(THOUSANDS);
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP); // as a reader rounds, not banker's rounding
    if (plusSign) format.setPositivePrefix("+");
    return format;
  }
}
