package fr.vigie.panel;

import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Sums that do not depend on the order of their terms, so that two runs of the same inputs write the
 * same values bit for bit whatever the partitioning (panel.md, exact money). Binary floating point
 * addition is not associative: a Spark {@code sum} over doubles in a group-by adds the terms in the
 * order the rows arrive, which changes with the layout, and leaves a repaid debt at ±1e-12 instead of
 * 0. Money is therefore summed as whole numbers (centimes, or twelfths of a centime for a month's share
 * of a quarterly or yearly contribution), and other quantities are summed as decimals.
 */
public final class Exact {
  /** Twelfths of a centime per euro: a month's share of a monthly, quarterly or yearly amount is whole. */
  public static final long TWELFTHS_PER_EURO = 1200;
  /** Centimes per euro. */
  public static final long CENTIMES_PER_EURO = 100;

  private Exact() {}

  /**
   * The sum of a double column in decimal arithmetic: each term is rounded to 18 decimals (far below a
   * double's own precision for hours, counts and euros), then added exactly.
   */
  public static Column sumOfDoubles(Column x) {
    return sum(x.cast(DataTypes.createDecimalType(38, 18))).cast(DataTypes.DoubleType);
  }
}
