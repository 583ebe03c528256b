package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.VigieConfig;
import fr.vigie.panel.family.Calendar;
import fr.vigie.panel.family.RegionalTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panels' columns, without Spark: the contract's names, and names that follow the configured windows. */
class PanelColumnsTest {
  static List<String> establishment(VigieConfig config) {
    return List.of(new PanelRows(config.panel(), new Calendar(0, 11), RegionalTables.empty(), false)
        .establishmentSchema().fieldNames());
  }

  @Test
  void defaultColumnsAreTheContractNames() {
    VigieConfig config = ConfigLoader.defaultsOnly();
    assertThat(establishment(config)).contains("cotisation_moy12m", "ratio_dette_moy12m",
        "montant_part_ouvriere_past_12", "effectif_past_24", "dette_par_effectif_diff3m", "outcome",
        "exercice_bdf", "exercice_diane", "poids_frng", "frais_financier").doesNotContain(Columns.MONTH, "ca");
    assertThat(establishment(config)).doesNotHaveDuplicates();
    List<String> companies = List.of(new PanelRows(config.panel(), new Calendar(0, 11), RegionalTables.empty(), false)
        .companySchema().fieldNames());
    assertThat(companies).contains("siren", "periode", "nb_etablissements", "effectif_past_12", "ratio_dette",
        "exercice_bdf", "poids_frng").doesNotContain("siret").doesNotHaveDuplicates();
  }

  @Test
  void configuredWindowsAndLagsNameTheColumns() {
    VigieConfig config = ConfigLoader.load(null, List.of("panel.mean-window-months=6",
        "panel.debt-lags=[1, 4]", "panel.debt-per-head-diff-months=2"), Map.of()).config();
    assertThat(establishment(config)).contains("cotisation_moy6m", "ratio_dette_moy6m", "montant_part_patronale_past_4",
        "dette_par_effectif_diff2m").doesNotContain("cotisation_moy12m", "montant_part_ouvriere_past_12");
  }
}
