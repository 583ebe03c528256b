package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels of a company, pure Java: states, first opening, outcome within the horizon, worked by hand. */
class ProcedureLabelsTest {
  static final int JAN_2019 = 2019 * 12;
  static final Calendar YEAR_2019 = new Calendar(JAN_2019, JAN_2019 + 11);

  static ProcolLine event(String iso, String nature, String stage, long line) {
    return new ProcolLine((int) LocalDate.parse(iso).toEpochDay(), nature, stage, "f", line);
  }

  @Test
  void statesFirstOpeningAndOutcome() {
    // redressement opened 2019-07-01, converted to liquidation on 2019-11-20
    ProcedureLabels.Months m = ProcedureLabels.compute(List.of(event("2019-11-20", "liquidation", "ouverture", 2),
        event("2019-07-01", "redressement", "ouverture", 1)), YEAR_2019);
    assertThat(LocalDate.ofEpochDay(m.firstEventDay())).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(m.etat()[5]).isEqualTo("in_bonis");
    assertThat(m.etat()[6]).isEqualTo("redressement");
    assertThat(m.etat()[10]).isEqualTo("liquidation");
    assertThat(m.enProcedure()[5]).isFalse();
    assertThat(m.enProcedure()[6]).isTrue();
    // horizon 6, data up to 2019-12: known up to 2019-06
    Boolean[] outcome = ProcedureLabels.outcome(m.openingMonth(), new Boolean[12], false, 6, JAN_2019 + 11, YEAR_2019);
    assertThat(outcome).containsExactly(true, true, true, true, true, true, null, null, null, null, null, null);
    assertThat(ProcedureLabels.timeTilOutcome(m.openingMonth(), YEAR_2019)[0]).isEqualTo(6);
  }

  @Test
  void aClosedProcedureBeforeTheCalendarLeavesTheCompanyInBonis() {
    ProcedureLabels.Months m = ProcedureLabels.compute(List.of(event("2018-02-05", "sauvegarde", "ouverture", 1),
        event("2018-06-10", "sauvegarde", "fin_procedure", 2)), YEAR_2019);
    assertThat(m.etat()).containsOnly("in_bonis");
    Boolean[] outcome = ProcedureLabels.outcome(m.openingMonth(), new Boolean[12], false, 6, JAN_2019 + 11, YEAR_2019);
    assertThat(outcome[0]).as("the first opening is behind").isFalse();
  }

  @Test
  void theUrssafDefaultTargetCountsAFutureDefault() {
    Boolean[] tagDefault = new Boolean[12];
    java.util.Arrays.fill(tagDefault, false);
    tagDefault[4] = true;
    Boolean[] outcome = ProcedureLabels.outcome(null, tagDefault, true, 3, JAN_2019 + 11, YEAR_2019);
    assertThat(outcome).containsExactly(false, true, true, true, false, false, false, false, false, null, null, null);
  }
}
