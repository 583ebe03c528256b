package fr.vigie.panel.family;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sum of doubles that does not depend on the order of its terms: each term is rounded to 18
 * decimals (its shortest decimal form first, as Spark casts a double to a decimal), the terms are
 * added exactly, and the sum is turned back into the nearest double. Used for hours, which are not
 * money but must sum the same on any layout.
 */
public final class ExactSum {
  private BigDecimal sum;

  public void add(double term) {
    BigDecimal exact = new BigDecimal(Double.toString(term)).setScale(18, RoundingMode.HALF_UP);
    sum = sum == null ? exact : sum.add(exact);
  }

  /** The sum, or null when no term was added. */
  public Double value() {
    return sum == null ? null : sum.doubleValue();
  }
}
