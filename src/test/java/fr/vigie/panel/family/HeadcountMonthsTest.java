package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headcount as known at the end of each month, pure Java, worked by hand. */
class HeadcountMonthsTest {
  @Test
  void publishedThreeMonthsLateThenCarriedForward() {
    Calendar months = new Calendar(10, 17);
    // own months 5..9 known; 8 missing; nothing after 9
    Map<Integer, Integer> values = Map.of(5, 20, 6, 21, 7, 22, 9, 24);
    Headcount.Months h = Headcount.compute(values, months, 3);
    assertThat(h.effectif()).containsExactly(22, 22, 24, 24, 24, 24, 24, 24);
    assertThat(h.reporte()).as("m - the month shown: the delay when on time, more after a gap or the end")
        .containsExactly(3, 4, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void nothingPublishedYetIsUnknown() {
    Headcount.Months h = Headcount.compute(Map.of(20, 5), new Calendar(10, 12), 3);
    assertThat(h.effectif()).containsOnlyNulls();
    assertThat(h.reporte()).containsOnlyNulls();
  }

  @Test
  void variationOverTwelveMonths() {
    assertThat(Headcount.variation(34, 25)).isEqualTo(9.0 / 25);
    assertThat(Headcount.variation(34, 0)).isNull();
    assertThat(Headcount.variation(null, 25)).isNull();
  }
}
