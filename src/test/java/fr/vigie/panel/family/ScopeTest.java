package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ScopeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dans_perimetre: every condition of the training scope, three-valued. */
class ScopeTest {
  static final ScopeConfig SCOPE = new ScopeConfig(10, ScopeConfig.ESTABLISHMENT, List.of("7"), List.of("K", "O"),
      List.of("94"));

  @Test
  void everyConditionHolds() {
    assertThat(Scope.inScope(10, true, "5710", "J", "62", false, SCOPE)).isTrue();
    assertThat(Scope.inScope(9, true, "5710", "J", "62", false, SCOPE)).as("too few people").isFalse();
    assertThat(Scope.inScope(null, true, "5710", "J", "62", false, SCOPE)).as("unknown headcount").isFalse();
    assertThat(Scope.inScope(10, true, "7210", "J", "62", false, SCOPE)).as("public-law category").isFalse();
    assertThat(Scope.inScope(10, true, "5710", "K", "64", false, SCOPE)).as("finance").isFalse();
    assertThat(Scope.inScope(10, true, "5710", null, "94", false, SCOPE)).as("organisations").isFalse();
    assertThat(Scope.inScope(10, true, "5710", "J", "62", true, SCOPE)).as("already in a procedure").isFalse();
    assertThat(Scope.inScope(10, false, "5710", "J", "62", false, SCOPE)).as("closed in Sirene").isFalse();
  }

  @Test
  void unknownCategoryAndActivityDoNotExcludeAnUnknownActivityStateIsUnknown() {
    assertThat(Scope.inScope(10, true, null, null, null, false, SCOPE)).isTrue();
    assertThat(Scope.inScope(10, null, "5710", "J", "62", false, SCOPE)).isNull();
    assertThat(Scope.inScope(10, null, "5710", "J", "62", true, SCOPE)).as("false wins over unknown").isFalse();
  }
}
