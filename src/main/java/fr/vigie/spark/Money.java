package fr.vigie.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * How money travels through Spark: {@code decimal(18,2)} euros, i.e. whole centimes (Parquet stores it as
 * a 64-bit integer of centimes). Sums and windows over it are exact; euros become doubles only in the
 * panels' output columns.
 */
public final class Money {
  /** A money column of the sources: euros with two decimals, exact. */
  public static final DecimalType TYPE = DataTypes.createDecimalType(18, 2);

  private Money() {}

  /** Whole centimes as the exact decimal of {@link #TYPE}; null stays null. */
  public static BigDecimal decimal(Long centimes) {
    return centimes == null ? null : BigDecimal.valueOf(centimes, 2);
  }
}
