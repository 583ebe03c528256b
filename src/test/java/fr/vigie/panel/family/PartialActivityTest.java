package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activité partielle, pure Java, worked by hand (months of 2020: index 2020 × 12 + month − 1). */
class PartialActivityTest {
  static final int JAN_2020 = 2020 * 12;
  static final Calendar MARCH_TO_JULY = new Calendar(JAN_2020 + 2, JAN_2020 + 6);

  static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void hoursProratedKnownFromTheDecisionConsumptionAMonthLate() {
    // 1,000 h over 2020-03-16 .. 2020-05-31 (77 days: 16 in March, 30 in April, 31 in May), decided in March;
    // 610 h over May .. June (61 days), decided in June
    ApDemande first = new ApDemande("770000001A", day("2020-03-20"), day("2020-03-16"), day("2020-05-31"), 1000, 1);
    ApDemande second = new ApDemande("770000002A", day("2020-06-10"), day("2020-05-01"), day("2020-06-30"), 610, 3);
    List<ApConsommation> consumed = List.of(new ApConsommation("770000001", JAN_2020 + 2, 100),
        new ApConsommation("770000001", JAN_2020 + 3, 200), new ApConsommation("770000001", JAN_2020 + 4, 150));
    PartialActivity.Months m = PartialActivity.compute(List.of(first, second), consumed,
        PartialActivity.byDemande(consumed), new Integer[] {20, 20, 20, 20, 20}, MARCH_TO_JULY, 0, 1, 151.67);
    assertThat(m.autorisees()[0]).isCloseTo(1000.0 * 16 / 77, within(1e-9));
    assertThat(m.autorisees()[2]).as("May: the second is not known yet").isCloseTo(1000.0 * 31 / 77, within(1e-9));
    assertThat(m.autorisees()[3]).as("June: 30 of the second's 61 days").isCloseTo(300, within(1e-9));
    assertThat(m.motif()).containsExactly(1, 1, 1, 3, null);
    assertThat(m.consommees()).containsExactly(null, 100.0, 200.0, 150.0, null);
    // the second authorisation, active in May and June with nothing consumed, counts 0 from June (row July)
    assertThat(m.cumulees()).containsExactly(null, 100.0, 300.0, 450.0, 0.0);
    assertThat(m.ratio()[2]).isCloseTo(200 / (20 * 151.67), within(1e-12));
  }

  @Test
  void consumptionBookedOnAnotherEstablishmentCountsForTheAuthorisation() {
    // the authorisation is this establishment's; the hours were booked under the siret it moved to
    ApDemande d = new ApDemande("000115000A", day("2020-04-01"), day("2020-04-01"), day("2020-06-30"), 10199, 5);
    List<ApConsommation> elsewhere = List.of(new ApConsommation("000115000", JAN_2020 + 3, 2069));
    PartialActivity.Months m = PartialActivity.compute(List.of(d), List.of(), PartialActivity.byDemande(elsewhere),
        new Integer[5], MARCH_TO_JULY, 0, 1, 151.67);
    assertThat(m.consommees()).as("none booked here").containsOnlyNulls();
    assertThat(m.cumulees()[2]).as("May shows April's cumulated hours").isEqualTo(2069.0);
  }

  @Test
  void sourcesNotDeliveredLeaveTheirColumnsNull() {
    PartialActivity.Months m = PartialActivity.compute(null, null, null, new Integer[5], MARCH_TO_JULY, 0, 1, 151.67);
    assertThat(m.autorisees()).containsOnlyNulls();
    assertThat(m.cumulees()).containsOnlyNulls();
  }
}
