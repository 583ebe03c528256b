package fr.vigie.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The extraction month comes from the bulk of the processing dates: one absurd date moves nothing (issue 17). */
class ExtractionMonthTest {

  /** Monthly volumes from {@code first}, one per month. */
  private static SortedMap<YearMonth, Long> months(YearMonth first, long... volumes) {
    SortedMap<YearMonth, Long> m = new TreeMap<>();
    for (int i = 0; i < volumes.length; i++) if (volumes[i] > 0) m.put(first.plusMonths(i), volumes[i]);
    return m;
  }

  @Test
  void oneDateIn2099DoesNotMoveTheExtractionMonth() {
    SortedMap<YearMonth, Long> m = months(YearMonth.of(2018, 1), 900, 1000, 950, 1020, 980, 400);
    m.put(YearMonth.of(2099, 12), 1L);
    assertThat(ExtractionMonth.of(m)).as("the last month of the bulk, partial as it is").isEqualTo(YearMonth.of(2018, 6));
  }

  @Test
  void aFewStrayRecordsNextMonthAreBelowOnePercentOfAMonth() {
    SortedMap<YearMonth, Long> m = months(YearMonth.of(2020, 1), 100_000, 100_000, 100_000, 100_000, 20);
    assertThat(ExtractionMonth.of(m)).isEqualTo(YearMonth.of(2020, 4));
  }

  @Test
  void anExtractionEarlyInTheMonthStillCountsThatMonth() {
    SortedMap<YearMonth, Long> m = months(YearMonth.of(2020, 1), 100_000, 100_000, 100_000, 100_000, 3_000);
    assertThat(ExtractionMonth.of(m)).as("3 % of a month: extracted on the 1st").isEqualTo(YearMonth.of(2020, 5));
  }

  @Test
  void sparseSmallDeliveriesKeepTheirLastMonth() {
    // a handful of records, with months without any: gaps of up to 3 months are the bulk
    SortedMap<YearMonth, Long> m = months(YearMonth.of(2018, 1), 2, 0, 1, 0, 0, 1);
    assertThat(ExtractionMonth.of(m)).isEqualTo(YearMonth.of(2018, 6));
    m.put(YearMonth.of(2019, 6), 1L);
    assertThat(ExtractionMonth.of(m)).as("a year later: not the bulk").isEqualTo(YearMonth.of(2018, 6));
  }

  @Test
  void earlyOutliersDoNotMatterAndNoRecordGivesNoMonth() {
    SortedMap<YearMonth, Long> m = months(YearMonth.of(2019, 1), 50, 60, 55, 70);
    m.put(YearMonth.of(1901, 1), 1L);
    assertThat(ExtractionMonth.of(m)).isEqualTo(YearMonth.of(2019, 4));
    assertThat(ExtractionMonth.of(new TreeMap<>())).isNull();
  }
}
