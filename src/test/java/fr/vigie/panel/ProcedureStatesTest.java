package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.panel.ProcedureStates.Change;
import fr.vigie.panel.ProcedureStates.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureStatesTest {
  private final List<Event> events = new ArrayList<>();

  private ProcedureStatesTest event(int month, String nature, String stage) {
    events.add(new Event(month, events.size(), nature, stage));
    return this;
  }

  private List<Change> changes() {
    return ProcedureStates.changes(events);
  }

  @Test
  void noEventIsInBonis() {
    assertThat(changes()).isEmpty();
  }

  @Test
  void openingThenPlanThenEnd() {
    event(10, "redressement", "ouverture").event(14, "redressement", "plan_continuation")
        .event(40, "redressement", "fin_procedure");
    assertThat(changes()).containsExactly(new Change(10, "redressement"), new Change(14, "plan_redressement"),
        new Change(40, "in_bonis"));
  }

  @Test
  void theMostSevereOpenNatureWins() {
    event(10, "sauvegarde", "ouverture").event(12, "redressement", "ouverture")
        .event(15, "liquidation", "ouverture").event(20, "liquidation", "abandon_procedure");
    assertThat(changes()).containsExactly(new Change(10, "sauvegarde"), new Change(12, "redressement"),
        new Change(15, "liquidation"), new Change(20, "redressement"));
  }

  @Test
  void aPlanIsMeaninglessForALiquidation() {
    event(10, "liquidation", "ouverture").event(11, "liquidation", "plan_continuation");
    assertThat(changes()).containsExactly(new Change(10, "liquidation"));
  }

  @Test
  void inclusionInAnotherProcedureClosesTheNature() {
    event(10, "sauvegarde", "ouverture").event(13, "sauvegarde", "inclusion_autre_procedure")
        .event(13, "redressement", "ouverture");
    // the same month: only the end-of-month state is a change
    assertThat(changes()).containsExactly(new Change(10, "sauvegarde"), new Change(13, "redressement"));
  }

  @Test
  void closingStagesOtherThanEndAndAbandonLeaveTheStateAndUnknownNaturesAreIgnored() {
    event(10, "liquidation", "ouverture").event(30, "liquidation", "cloture_insuffisance_actif")
        .event(31, null, "ouverture").event(32, "liquidation", "solde_procedure");
    assertThat(changes()).containsExactly(new Change(10, "liquidation"));
  }

  @Test
  void aLabelWithOnlyANatureOpensItAndAPlanWithoutOpeningOpensUnderPlan() {
    event(5, "sauvegarde", null).event(8, "sauvegarde", "fin_procedure").event(20, "redressement", "plan_continuation");
    assertThat(changes()).containsExactly(new Change(5, "sauvegarde"), new Change(8, "in_bonis"),
        new Change(20, "plan_redressement"));
  }

  @Test
  void openedAndClosedWithinOneMonthIsNoChange() {
    event(7, "sauvegarde", "ouverture").event(7, "sauvegarde", "abandon_procedure");
    assertThat(changes()).isEmpty();
  }
}
