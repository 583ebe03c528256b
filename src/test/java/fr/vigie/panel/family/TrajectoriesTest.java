package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.PanelConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trajectory features (issue 20), pure Java, worked by hand. */
class TrajectoriesTest {
  static final int JAN_2019 = 2019 * 12;
  static final Calendar TWO_YEARS = new Calendar(JAN_2019, JAN_2019 + 23);
  static final PanelConfig PANEL = ConfigLoader.defaultsOnly().panel();

  static DebitLine row(int ecn, int hist, String day, long po) {
    return new DebitLine("117", JAN_2019, ecn, hist, (int) LocalDate.parse(day).toEpochDay(), "f", hist, po, 0);
  }

  @Test
  void theShareOfTheContributionCollectedDirectly() {
    // 1,000 € due every month of 2019 and 2020, 750 € collected in June 2019, all of it otherwise
    List<CotisationLine> lines = new ArrayList<>();
    for (int k = -1; k < 23; k++) {
      lines.add(new CotisationLine(JAN_2019 + k, JAN_2019 + k, 1, 100_000, k == 5 ? 75_000L : 100_000L));
    }
    lines.add(new CotisationLine(JAN_2019 + 23, JAN_2019 + 23, 1, 100_000, null)); // enc_direct left empty
    Contributions.Months c = Contributions.compute(lines, TWO_YEARS, 1, 12);
    assertThat(c.collected()[6]).as("July shows June").isEqualTo(0.75);
    assertThat(c.collected()[7]).isEqualTo(1.0);
    assertThat(c.collectedMean()[12]).as("Jan 2020: 2019 pooled, (11,000 + 750) / 12,000")
        .isEqualTo(11_750.0 / 12_000);
    assertThat(c.collectedMean()[11]).as("Dec 2018 .. Nov 2019, all known").isEqualTo(11_750.0 / 12_000);
  }

  @Test
  void newDebtRepaymentsAndMonthsInDebt() {
    // gap 1: 600 € from Feb 2019, 300 € in April, paid in June; gap 2: 200 € from April, never paid
    List<DebitLine> rows = List.of(row(1, 1, "2019-02-10", 60_000), row(1, 2, "2019-04-10", 30_000),
        row(1, 3, "2019-06-10", 0), row(2, 1, "2019-04-15", 20_000));
    Debts.Months d = Debts.compute(rows, TWO_YEARS, 0);
    assertThat(d.nouvelle()[1]).isEqualTo(60_000);
    assertThat(d.nouvelle()[3]).isEqualTo(20_000);
    assertThat(d.anterieure()[3]).as("April: gap 1 owed 600 € in March").isEqualTo(60_000);
    assertThat(d.remboursee()[3]).isEqualTo(30_000);
    assertThat(d.remboursee()[5]).as("June: 300 € of gap 1").isEqualTo(30_000);
    // cotisations of 1,000 € a month, known for 12 months by Jan 2020
    Long[] cotisation = new Long[24];
    Long[] meanSum = new Long[24];
    for (int i = 12; i < 24; i++) {
      cotisation[i] = 1_200_000L;
      meanSum[i] = 12 * 1_200_000L;
    }
    DebtRatios.Months r = DebtRatios.compute(d, cotisation, meanSum, new Integer[24], TWO_YEARS, PANEL);
    DebtRatios.Trajectory t = r.trajectory();
    assertThat(t.monthsInDebt()[10]).as("before a whole year of calendar").isNull();
    assertThat(t.monthsInDebt()[11]).as("Feb .. Dec 2019").isEqualTo(11);
    assertThat(t.monthsInDebt()[23]).as("gap 2 never paid").isEqualTo(12);
    assertThat(t.repaymentRate()[5]).as("Apr .. Jun: (300 + 0 + 300) / (600 + 500 + 500)")
        .isCloseTo(60_000.0 / 160_000, within(1e-12));
    assertThat(t.newDebtRatio()[12]).isEqualTo(0.0);
    assertThat(t.ratioDiff().get(3)[15]).as("200 € owed all along: no change").isEqualTo(0.0);
    assertThat(t.ratioDiff().get(3)[14]).as("Jan 2020 - 3 = Oct 2019, no mean then").isNull();
  }

  @Test
  void agreementsRecency() {
    Delai first = new Delai((int) LocalDate.parse("2019-02-10").toEpochDay(),
        (int) LocalDate.parse("2019-05-10").toEpochDay(), 89, 10_000, 1);
    Delai second = new Delai((int) LocalDate.parse("2019-09-01").toEpochDay(),
        (int) LocalDate.parse("2019-12-01").toEpochDay(), 91, 10_000, 2);
    PaymentDelays.Months p = PaymentDelays.compute(List.of(first, second), null, null, TWO_YEARS, 0, 0);
    assertThat(p.delaiMoisDepuis()[0]).isNull();
    assertThat(p.delaiMoisDepuis()[1]).isZero();
    assertThat(p.delaiMoisDepuis()[7]).isEqualTo(6);
    assertThat(p.delaiMoisDepuis()[8]).isZero();
    assertThat(p.delais12m()[8]).isEqualTo(2);
    assertThat(p.delais12m()[13]).as("Feb 2020: the first one is 12 months old").isEqualTo(1);
  }
}
