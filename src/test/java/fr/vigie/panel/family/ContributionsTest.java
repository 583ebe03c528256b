package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.panel.Months;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cotisation and its mean, pure Java, values in twelfths of a centime (1 € = 1,200), worked by hand. */
class ContributionsTest {
  static final int JAN_2019 = Months.index(YearMonth.of(2019, 1));
  static final Calendar YEAR_2019_2020 = new Calendar(JAN_2019, JAN_2019 + 23);

  static CotisationLine month(int offset, long euros) {
    return new CotisationLine(JAN_2019 + offset, JAN_2019 + offset, 1, euros * 100);
  }

  static Long at(Long[] values, int offset) {
    return values[offset];
  }

  @Test
  void aMonthlyPayerShowsLastMonthAndAMeanOnceTwelveAreKnown() {
    List<CotisationLine> lines = new java.util.ArrayList<>();
    for (int k = 0; k < 23; k++) lines.add(month(k, 1000));
    Contributions.Months m = Contributions.compute(lines, YEAR_2019_2020, 1, 12);
    assertThat(at(m.twelfths(), 0)).as("Jan 2019: Dec 2018 never declared").isNull();
    assertThat(at(m.twelfths(), 1)).as("Feb 2019 shows Jan 2019").isEqualTo(1000 * 1200L);
    assertThat(at(m.meanSum(), 11)).as("Dec 2019: Jan .. Nov known, 11 months").isNull();
    assertThat(at(m.meanSum(), 12)).as("Jan 2020: Jan .. Dec 2019").isEqualTo(12 * 1000 * 1200L);
  }

  @Test
  void aQuarterIsSpreadOverItsMonthsAndShownForThreeMonths() {
    // Q1 2019: 3,000 € = 1,000 € a month, delivered at the end of April, shown April .. June
    CotisationLine q1 = new CotisationLine(JAN_2019, JAN_2019 + 2, 3, 300_000);
    Contributions.Months m = Contributions.compute(List.of(q1), YEAR_2019_2020, 1, 12);
    assertThat(at(m.twelfths(), 2)).isNull();
    for (int k = 3; k <= 5; k++) assertThat(at(m.twelfths(), k)).isEqualTo(1000 * 1200L);
    assertThat(at(m.twelfths(), 6)).as("run out").isNull();
  }

  @Test
  void thirdsOfACentimeStayExact() {
    // 100.00 € a quarter: 33.333... € a month, exactly 40,000 twelfths of a centime
    CotisationLine q = new CotisationLine(JAN_2019, JAN_2019 + 2, 3, 10_000);
    assertThat(q.share()).isEqualTo(40_000L);
    assertThat(Contributions.compute(List.of(q), YEAR_2019_2020, 1, 12).twelfths()[3]).isEqualTo(40_000L);
  }

  @Test
  void aYearlyRecordAddsItsTwelfthOnceDeliveredAndKeepsNothingAlive() {
    // 100 € a month in 2019 .. Mar 2020, and a yearly regularisation of 2019 of -1,200 € (delivered Jan 2020)
    List<CotisationLine> lines = new java.util.ArrayList<>();
    for (int k = 0; k < 15; k++) lines.add(month(k, 100));
    lines.add(new CotisationLine(JAN_2019, JAN_2019 + 11, 12, -120_000));
    Contributions.Months m = Contributions.compute(lines, YEAR_2019_2020, 1, 12);
    assertThat(at(m.twelfths(), 5)).as("Jun 2019 shows May, the year not delivered").isEqualTo(100 * 1200L);
    assertThat(at(m.twelfths(), 12)).as("Jan 2020 shows Dec 2019 with its twelfth").isZero();
    assertThat(at(m.meanSum(), 12)).as("2019: 1,200 - 1,200").isZero();
    assertThat(at(m.twelfths(), 15)).as("Apr 2020 shows Mar 2020").isEqualTo(100 * 1200L);
    assertThat(at(m.twelfths(), 16)).as("then nothing: the yearly record keeps nothing alive").isNull();
  }

  @Test
  void onlyYearlyRecordsMakeTheYearKnownTogether() {
    CotisationLine y2018 = new CotisationLine(JAN_2019 - 12, JAN_2019 - 1, 12, 1_200_000);
    Contributions.Months m = Contributions.compute(List.of(y2018), YEAR_2019_2020, 1, 12);
    for (int k = 0; k < 12; k++) {
      assertThat(at(m.twelfths(), k)).as("month %d", k).isEqualTo(1000 * 1200L);
      assertThat(at(m.meanSum(), k)).isEqualTo(12 * 1000 * 1200L);
    }
    assertThat(at(m.twelfths(), 12)).isNull();
  }
}
