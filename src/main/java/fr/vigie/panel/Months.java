package fr.vigie.panel;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.year;

import java.time.YearMonth;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Calendar months as integers (year × 12 + month − 1), so that calendar windows are range frames
 * over a number: a lag of k months is the frame [−k, −k], never "k rows earlier".
 */
public final class Months {
  private Months() {}

  public static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  public static YearMonth month(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  /** The month index of a date column. */
  public static Column index(Column date) {
    return year(date).multiply(12).plus(org.apache.spark.sql.functions.month(date)).minus(1);
  }

  /** The first day of the month of an index column. */
  public static Column firstDay(Column index) {
    return make_date(org.apache.spark.sql.functions.floor(index.divide(12)).cast("int"),
        org.apache.spark.sql.functions.pmod(index, lit(12)).plus(1).cast("int"), lit(1));
  }

  /** The month index of {@code date + months}. */
  public static Column plus(Column date, int months) {
    return index(add_months(date, months));
  }

  /** Ordered by month within one key: the base of every calendar window. */
  public static WindowSpec byMonth(String key) {
    return Window.partitionBy(col(key)).orderBy(col(Columns.MONTH));
  }

  /** The value of {@code column} exactly {@code k} calendar months earlier (null when absent). */
  public static Column past(String key, Column column, int k) {
    return org.apache.spark.sql.functions.max(column).over(byMonth(key).rangeBetween(-k, -k));
  }
}
