package fr.vigie.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a French reader writes them: decimal comma, thousands separated by a narrow
 * no-break space, a no-break space before {@code %}. The symbols are fixed here rather than taken
 * from the JVM's locale data, so the page is the same on every machine. Not a number → "n/d".
 */
final class FrenchNumbers {
  /** Thousands separator (U+202F, narrow no-break space). */
  static final char THOUSANDS = '\u202F';
  /** Between a number and its unit (U+00A0, no-break space). */
  static final char UNIT_SPACE = '\u00A0';
  static final String UNAVAILABLE = "n/d";

  private FrenchNumbers() {}

  /** 106144 → "106 144". */
  static String integer(long value) {
    return format(0, false).format(value);
  }

  /** (0.4567, 3) → "0,457"; (12345.6, 1) → "12 345,6". */
  static String decimal(double value, int digits) {
    if (!Double.isFinite(value)) return UNAVAILABLE;
    return format(digits, false).format(value);
  }

  /** A share as a percentage: (0.1234, 1) → "12,3 %". */
  static String percent(double share, int digits) {
    if (!Double.isFinite(share)) return UNAVAILABLE;
    return format(digits, false).format(share * 100) + UNIT_SPACE + "%";
  }

  /** A contribution with its sign: 0.12 → "+0,120", -0.045 → "-0,045". */
  static String signed(double value, int digits) {
    if (!Double.isFinite(value)) return UNAVAILABLE;
    return format(digits, true).format(value);
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
