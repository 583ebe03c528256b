package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Délais and CCSF, pure Java, worked by hand. */
class PaymentDelaysTest {
  static final Calendar MARCH_TO_OCTOBER_2019 = new Calendar(2019 * 12 + 2, 2019 * 12 + 9);

  static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void anAgreementIsActiveFromItsCreationToItsDueMonth() {
    // created 2019-03-15, due 2019-09-15, 184 days, 1,200 €; debt 1,200 € then 400 € from June
    Delai delai = new Delai(day("2019-03-15"), day("2019-09-15"), 184, 120_000, 2);
    long[] debt = {120_000, 120_000, 120_000, 40_000, 40_000, 40_000, 40_000, 40_000};
    PaymentDelays.Months m = PaymentDelays.compute(List.of(delai), List.of(day("2019-04-10")), debt,
        MARCH_TO_OCTOBER_2019, 0, 0);
    assertThat(m.joursTotal()).containsExactly(184, 184, 184, 184, 184, 184, 184, null);
    assertThat(m.montant()[0]).isEqualTo(1200.0);
    assertThat(m.joursRestants()[0]).as("2019-03-01 .. 2019-09-15").isEqualTo(198);
    assertThat(m.joursRestants()[3]).isEqualTo(106);
    assertThat(m.deviation()[3]).isCloseTo((400 - 1200.0 * 106 / 184) / 1200, within(1e-12));
    assertThat(m.ccsfMoisDepuis()).containsExactly(null, 0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void theMostRecentAgreementDescribesTheMonth() {
    Delai older = new Delai(day("2019-03-01"), day("2019-12-31"), 300, 500_000, 1);
    Delai newer = new Delai(day("2019-05-01"), day("2019-07-31"), 90, 100_000, 9);
    PaymentDelays.Months m = PaymentDelays.compute(List.of(newer, older), null, null, MARCH_TO_OCTOBER_2019, 0, 0);
    assertThat(m.joursTotal()).containsExactly(300, 300, 90, 90, 90, 300, 300, 300);
    assertThat(m.deviation()).as("no débits delivered: no deviation").containsOnlyNulls();
    assertThat(m.ccsfMoisDepuis()).as("CCSF not delivered").containsOnlyNulls();
  }
}
