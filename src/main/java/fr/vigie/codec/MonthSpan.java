package fr.vigie.codec;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A non-empty run of calendar months, [first, endExclusive): what an URSSAF period covers. */
public record MonthSpan(YearMonth first, YearMonth endExclusive) {

  public MonthSpan {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!first.isBefore(endExclusive)) {
      throw new IllegalArgumentException(
          "Cannot build a month span: end " + endExclusive + " is not after first month " + first);
    }
  }

  /** The span of {@code months} months starting at {@code first}. */
  public static MonthSpan of(YearMonth first, int months) {
    return new MonthSpan(first, first.plusMonths(months));
  }

  public int months() {
    return (int) first.until(endExclusive, ChronoUnit.MONTHS);
  }

  /** Every month of the span, in order. */
  public List<YearMonth> monthList() {
    List<YearMonth> list = new ArrayList<>(months());
    for (YearMonth m = first; m.isBefore(endExclusive); m = m.plusMonths(1)) list.add(m);
    return List.copyOf(list);
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(first) && month.isBefore(endExclusive);
  }
}
