package fr.vigie.report;

import fr.vigie.model.FrenchFormat;

/**
 * Numbers as a French reader writes them (decimal comma, narrow no-break space between thousands,
 * no-break space before {@code %}): the report's names for {@link FrenchFormat}, which the
 * sentences of scores/ share, so the page and the scores write a number the same way.
 */
final class FrenchNumbers {
  static final char THOUSANDS = FrenchFormat.THOUSANDS;
  static final char UNIT_SPACE = FrenchFormat.UNIT_SPACE;
  static final String UNAVAILABLE = FrenchFormat.UNAVAILABLE;

  private FrenchNumbers() {}

  /** 106144 → "106 144". */
  static String integer(long value) {
    return FrenchFormat.integer(value);
  }

  /** (0.4567, 3) → "0,457"; (12345.6, 1) → "12 345,6". */
  static String decimal(double value, int digits) {
    return FrenchFormat.decimal(value, digits);
  }

  /** A share as a percentage: (0.1234, 1) → "12,3 %". */
  static String percent(double share, int digits) {
    return FrenchFormat.percent(share, digits);
  }

  /** A contribution with its sign: 0.12 → "+0,120", -0.045 → "-0,045". */
  static String signed(double value, int digits) {
    return FrenchFormat.signed(value, digits);
  }
}
