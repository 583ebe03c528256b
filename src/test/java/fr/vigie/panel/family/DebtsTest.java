package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The debt of an establishment: the latest state of each ECN, summed, in centimes; worked by hand. */
class DebtsTest {
  static final Calendar JAN_TO_JUN_2019 = new Calendar(2019 * 12, 2019 * 12 + 5);

  static DebitLine row(int ecn, int hist, String day, long po, long pp, long line) {
    return new DebitLine("117", 2019 * 12, ecn, hist, (int) LocalDate.parse(day).toEpochDay(), "f", line, po, pp);
  }

  @Test
  void latestStateOfEachEcnSummedWithTheTwentiethRule() {
    List<DebitLine> rows = List.of(
        row(1, 1, "2019-01-10", 30000, 60000, 1),
        row(1, 2, "2019-02-21", 0, 0, 2), // after the 20th: accounted in March
        row(2, 1, "2019-02-05", 500, 0, 3),
        row(2, 2, "2019-04-01", 400, 0, 4),
        row(2, 2, "2019-04-02", 300, 0, 5)); // same Num_Hist_Ecn, later day: this one
    Debts.Months d = Debts.compute(rows, JAN_TO_JUN_2019, 0);
    assertThat(d.po()).containsExactly(30000, 30500, 500, 300, 300, 300);
    assertThat(d.pp()).containsExactly(60000, 60000, 0, 0, 0, 0);
  }

  @Test
  void aRowArrivingEarlierInTheFileDoesNotChangeTheState() {
    List<DebitLine> rows = List.of(row(1, 2, "2019-03-01", 0, 0, 1), row(1, 1, "2019-01-01", 700, 0, 2));
    assertThat(Debts.compute(rows, JAN_TO_JUN_2019, 0).po()).containsExactly(700, 700, 0, 0, 0, 0);
  }

  @Test
  void theDelayShiftsWhenARowIsKnown() {
    List<DebitLine> rows = List.of(row(1, 1, "2019-01-10", 100, 0, 1));
    assertThat(Debts.compute(rows, JAN_TO_JUN_2019, 2).po()).containsExactly(0, 0, 100, 100, 100, 100);
  }
}
