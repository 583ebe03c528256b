package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.VigieConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan's wiring, without Spark: every step finds the columns it needs, for any configured window. */
class PanelPlanTest {
  static Set<String> wire(VigieConfig config) {
    Set<String> columns = new HashSet<>(Set.of(Columns.SIRET, Columns.SIREN, Columns.PERIODE, Columns.MONTH));
    for (PanelStep step : PanelPlan.steps(config)) {
      assertThat(columns).as("columns before " + step.name()).containsAll(step.requires());
      columns.addAll(step.adds());
    }
    return columns;
  }

  @Test
  void defaultPlanAddsTheContractNames() {
    assertThat(wire(ConfigLoader.defaultsOnly())).contains("cotisation_moy12m", "ratio_dette_moy12m",
        "montant_part_ouvriere_past_12", "effectif_past_24", "dette_par_effectif_diff3m", "outcome");
  }

  @Test
  void configuredWindowsAndLagsNameTheColumns() {
    VigieConfig config = ConfigLoader.load(null, List.of("panel.mean-window-months=6",
        "panel.debt-lags=[1, 4]", "panel.debt-per-head-diff-months=2"), Map.of()).config();
    assertThat(wire(config)).contains("cotisation_moy6m", "ratio_dette_moy6m", "montant_part_patronale_past_4",
        "dette_par_effectif_diff2m").doesNotContain("cotisation_moy12m", "montant_part_ouvriere_past_12");
  }
}
