package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Procédures collectives": Lib_actx_stdx joins stage and nature with '_', in either order. */
class ProcolLabelTest {

  @ParameterizedTest(name = "{0} → ({1}, {2})")
  @CsvSource({
      "Solde_procedure_redressement, redressement, solde_procedure",
      "Liquidation_ouverture, liquidation, ouverture",
      "ouverture_sauvegarde, sauvegarde, ouverture",
      "Plan_continuation_redressement, redressement, plan_continuation",
      "Cloture_insuffisance_actif_liquidation, liquidation, cloture_insuffisance_actif",
      "Fin_procedure_sauvegarde, sauvegarde, fin_procedure",
      "Abandon_procedure_redressement, redressement, abandon_procedure",
      "Inclusion_autre_procedure_liquidation, liquidation, inclusion_autre_procedure",
      "REDRESSEMENT_OUVERTURE, redressement, ouverture",
      "' Liquidation_ouverture ', liquidation, ouverture",
      "Liquidation__ouverture, liquidation, ouverture", // empty token dropped
      "Liquidation_conversion_autre, liquidation, conversion_autre", // unknown stage kept as is
      "Liquidation, liquidation, ", // nature only: no stage
  })
  void splitsNatureAndStage(String lib, String nature, String stage) {
    assertThat(ProcolLabel.decode(lib)).as("label %s", lib).isEqualTo(Decoded.ok(new ProcolEvent(nature, stage)));
  }

  @ParameterizedTest(name = "{0} has no nature")
  @CsvSource({"Ouverture, ouverture", "Plan_continuation, plan_continuation", "Conciliation_ouverture, conciliation_ouverture"})
  void keepsLabelsWithoutNature(String lib, String stage) {
    assertThat(ProcolLabel.decode(lib)).as("label without nature %s", lib)
        .isEqualTo(Decoded.ok(new ProcolEvent(null, stage)));
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @NullAndEmptySource
  @ValueSource(strings = "  ")
  void blankLabelIsRejected(String lib) {
    assertThat(ProcolLabel.decode(lib)).as("blank label").isEqualTo(Decoded.rejected(Reason.EMPTY, ""));
  }
}
