package fr.vigie.source;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The month a delivery was extracted in, derived from the bulk of its processing dates, so that one
 * absurd date (a débit processed on 2099-12-31) can neither move the panel's calendar nor its labels:
 * records dated after this month are quarantined as {@code after_extraction}.
 *
 * <p>The rule, on the number of records per month: start at the month of the median record; move
 * forward from month to month with records while the next one is at most {@value #MAX_GAP_MONTHS}
 * months after the last one taken and holds at least {@value #MIN_SHARE_PERCENT}% of the median
 * monthly volume; the last month taken is the extraction month. A real extraction fills every month
 * up to the one it was made in (the last one partly: an extraction on the 2nd still holds a few
 * percent of a month), whereas stray dates sit far beyond it or are a handful of records.
 */
public final class ExtractionMonth {
  static final int MAX_GAP_MONTHS = 3;
  static final int MIN_SHARE_PERCENT = 1;

  private ExtractionMonth() {}

  /** The extraction month of these monthly record counts, or null when there is no record. */
  public static YearMonth of(SortedMap<YearMonth, Long> recordsPerMonth) {
    List<Map.Entry<YearMonth, Long>> months = new ArrayList<>();
    long total = 0;
    for (Map.Entry<YearMonth, Long> e : recordsPerMonth.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) continue;
      months.add(e);
      total += e.getValue();
    }
    if (months.isEmpty()) return null;
    int median = 0;
    for (long seen = 0; median < months.size(); median++) {
      seen += months.get(median).getValue();
      if (2 * seen >= total) break;
    }
    long[] volumes = months.stream().mapToLong(Map.Entry::getValue).sorted().toArray();
    long medianVolume = volumes[(volumes.length - 1) / 2];
    // at least MIN_SHARE_PERCENT % of the median month, and never less than one record
    long minVolume = Math.max(1, (medianVolume * MIN_SHARE_PERCENT + 99) / 100);
    YearMonth last = months.get(median).getKey();
    for (int i = median + 1; i < months.size(); i++) {
      YearMonth next = months.get(i).getKey();
      if (next.isAfter(last.plusMonths(MAX_GAP_MONTHS)) || months.get(i).getValue() < minVolume) break;
      last = next;
    }
    return last;
  }
}
