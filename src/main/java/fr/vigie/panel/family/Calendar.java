package fr.vigie.panel.family;

import fr.vigie.panel.Months;
import java.time.LocalDate;

/**
 * The months of the panel, [start, end] as month indexes ({@link Months}): every feature family
 * fills arrays of {@link #size()} values, the value of month m at {@code m − start}.
 */
public record Calendar(int start, int end) implements java.io.Serializable {
  public Calendar {
    if (end < start) throw new IllegalArgumentException("calendar ends " + end + " before it starts " + start);
  }

  public int size() {
    return end - start + 1;
  }

  /** The month of array index {@code i}. */
  public int month(int i) {
    return start + i;
  }

  /** The first day of the month of array index {@code i}. */
  public LocalDate firstDay(int i) {
    return Months.month(month(i)).atDay(1);
  }

  /** The last day of the month of array index {@code i}. */
  public LocalDate lastDay(int i) {
    return Months.month(month(i)).atEndOfMonth();
  }

  /** The month index of a day (days since 1970-01-01). */
  public static int monthOf(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** {@code values[i − k]}: the value {@code k} calendar months earlier, null before the calendar. */
  public static <T> T past(T[] values, int i, int k) {
    return i - k >= 0 ? values[i - k] : null;
  }
}
