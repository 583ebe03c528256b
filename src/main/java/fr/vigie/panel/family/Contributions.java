package fr.vigie.panel.family;

import java.util.Collection;
import java.util.TreeMap;

/**
 * {@code cotisation} and {@code cotisation_moy12m} of one establishment (panel.md, "URSSAF
 * contributions and debts"), in twelfths of a centime so that sums are exact whatever their order.
 *
 * <p>Point in time: a record is delivered {@code delay} months after its period's last month. Row m
 * shows L, the latest month whose monthly or quarterly records had been delivered by the end of m,
 * for as long as its period lasts after delivery (so a quarterly payer is not blank two months out of
 * three, and a payer who stops declaring turns blank once its last period has run out); its amount is
 * the sum of every record covering L delivered by m. A yearly record ({@code AA62}) adds its twelfth
 * to each month of its year once delivered (December + delay) and never makes a month unknown nor
 * keeps one alive. A payer with no monthly or quarterly record delivered by m has the months of year
 * Y known together once Y's yearly record is delivered, shown for 12 months. The mean is over the
 * {@code window} months ending at L, each with what had been delivered by m, and null unless all were
 * known: delivered by the time L's records were (or, for a payer with only yearly records, its year's
 * record).
 */
public final class Contributions {
  /** Per row month: the amount shown and the sum of the mean's months, twelfths of a centime (null: unknown). */
  public record Months(Long[] twelfths, Long[] meanSum) {}

  /** What the records say of one own month k. */
  private static final class Own {
    long base; // monthly and quarterly records
    Integer knownAt; // when they are all delivered (null: none)
    int length; // the longest of their periods, in months
    Long yearly; // the twelfths of the yearly records (null: none)
  }

  private Contributions() {}

  /** The records must already be distinct (a line delivered twice is one record). */
  public static Months compute(Collection<CotisationLine> lines, Calendar calendar, int delay, int window) {
    TreeMap<Integer, Own> own = new TreeMap<>();
    for (CotisationLine line : lines) {
      for (int k = line.first(); k <= line.last(); k++) {
        Own o = own.computeIfAbsent(k, x -> new Own());
        if (line.yearly()) {
          o.yearly = (o.yearly == null ? 0 : o.yearly) + line.share();
        } else {
          o.base += line.share();
          int knownAt = line.last() + delay;
          o.knownAt = o.knownAt == null ? knownAt : Math.max(o.knownAt, knownAt);
          o.length = Math.max(o.length, line.months());
        }
      }
    }
    Integer firstRegular = null;
    for (Own o : own.values()) {
      if (o.knownAt != null) firstRegular = firstRegular == null ? o.knownAt : Math.min(firstRegular, o.knownAt);
    }
    Long[] twelfths = new Long[calendar.size()];
    Long[] meanSum = new Long[calendar.size()];
    for (int i = 0; i < calendar.size(); i++) {
      int m = calendar.month(i);
      Integer latest = null;
      for (var e : own.entrySet()) {
        if (shownAt(e.getKey(), e.getValue(), m, firstRegular, delay)) latest = e.getKey();
      }
      if (latest == null) continue;
      Own l = own.get(latest);
      boolean regular = l.knownAt != null && l.knownAt <= m;
      boolean yearDelivered = yearlyKnownAt(latest, delay) <= m;
      twelfths[i] = regular ? l.base + (yearDelivered && l.yearly != null ? l.yearly : 0) : l.yearly;
      meanSum[i] = mean(own, latest, m, regular, yearDelivered, window);
    }
    return new Months(twelfths, meanSum);
  }

  /** Whether own month k is one of the months shown at row m (the latest of them is). */
  private static boolean shownAt(int k, Own o, int m, Integer firstRegular, int delay) {
    if (o.knownAt != null && o.knownAt <= m && m <= o.knownAt + o.length - 1) return true;
    if (o.yearly == null) return false;
    int from = yearlyKnownAt(k, delay);
    int until = from + 11;
    if (firstRegular != null) until = Math.min(until, firstRegular - 1); // a regular record takes over
    return from <= m && m <= until;
  }

  /** A yearly record of k's year is delivered at its December + delay. */
  static int yearlyKnownAt(int k, int delay) {
    return k - Math.floorMod(k, 12) + 11 + delay;
  }

  private static Long mean(TreeMap<Integer, Own> own, int latest, int m, boolean regular, boolean yearDelivered,
      int window) {
    int regularMonths = 0;
    int yearlyMonths = 0;
    Integer maxKnownAt = null;
    long base = 0;
    long yearly = 0;
    long yearlyOfLatestYear = 0;
    int latestYear = Math.floorDiv(latest, 12);
    for (var e : own.subMap(latest - window + 1, true, latest, true).entrySet()) {
      Own o = e.getValue();
      if (o.knownAt != null) {
        regularMonths++;
        maxKnownAt = maxKnownAt == null ? o.knownAt : Math.max(maxKnownAt, o.knownAt);
        base += o.base;
      }
      if (o.yearly != null) {
        yearlyMonths++;
        yearly += o.yearly;
        if (Math.floorDiv(e.getKey(), 12) == latestYear) yearlyOfLatestYear += o.yearly;
      }
    }
    if (regular) {
      // every month known by the time L's records were; the years before L's are delivered by m
      // (m ≥ L + delay), L's own year only from its December + delay
      if (regularMonths != window || maxKnownAt > own.get(latest).knownAt) return null;
      return base + yearly - (yearDelivered ? 0 : yearlyOfLatestYear);
    }
    return yearlyMonths == window ? yearly : null;
  }
}
