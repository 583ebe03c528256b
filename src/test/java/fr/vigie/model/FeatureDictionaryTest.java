package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.VigieConfig;
import fr.vigie.model.FeatureDictionary.FeatureLabel;
import fr.vigie.panel.BalanceSheets;
import fr.vigie.panel.PanelRows;
import fr.vigie.panel.family.Calendar;
import fr.vigie.panel.family.RegionalTables;
import fr.vigie.source.DianeItems;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every column of the establishment panel's wide view (panel/ and the balance-sheet items bilans/
 * joins to it, what the model reads) has exactly one theme and a French label, for the default
 * configuration and for other lags and windows (derived names are themed by rule). When the panel
 * gains a column that neither the dictionary nor a rule knows, this test fails and names it.
 */
class FeatureDictionaryTest {

  /**
   * Every column of the wide view (the panel's schema, built without Spark, and bilans/' items), less
   * temporary columns and what is never an input (keys, labels, scope).
   */
  static Set<String> panelColumns(VigieConfig config) {
    Set<String> columns = new TreeSet<>();
    StructType schema = new PanelRows(config.panel(), new Calendar(0, 11), RegionalTables.empty(), false)
        .establishmentSchema();
    for (String c : schema.fieldNames()) {
      if (!c.startsWith("_") && !FeatureColumns.NOT_FEATURES.contains(c)) columns.add(c);
    }
    columns.addAll(BalanceSheets.joinedColumns(config.panel()));
    return columns;
  }

  @Test
  void everyModelInputOfTheWideViewHasAThemeAndALabel() {
    VigieConfig config = ConfigLoader.defaultsOnly();
    StructType schema = new PanelRows(config.panel(), new Calendar(0, 11), RegionalTables.empty(), false)
        .establishmentSchema();
    FeatureColumns inputs = FeatureColumns.of(schema);
    assertThat(inputs.all()).as("the model's inputs among the panel's columns").hasSizeGreaterThan(50)
        .contains("montant_part_patronale", "code_naf", "region", "poids_frng");
    for (String c : inputs.all()) assertThat(FeatureDictionary.find(c)).as(c).isPresent();
  }

  @Test
  void everyColumnOfTheDefaultWideViewHasAThemeAndALabel() {
    Set<String> columns = panelColumns(ConfigLoader.defaultsOnly());
    assertThat(columns).as("the plan's columns").hasSizeGreaterThan(200)
        .contains("montant_part_patronale_past_12", "cotisation_moy12m", "effectif_variation_12m", "ca_past_2");
    List<String> missing = columns.stream().filter(c -> FeatureDictionary.find(c).isEmpty()).toList();
    assertThat(missing).as("panel columns without a theme or label: add them to FeatureDictionary").isEmpty();
    for (String c : columns) {
      FeatureLabel label = FeatureDictionary.of(c);
      assertThat(label.label()).as(c).isNotBlank().doesNotContain("_").doesNotContain("kEUR");
      assertThat(Character.isUpperCase(label.label().charAt(0))).as(c + ": " + label.label()).isTrue();
    }
  }

  @Test
  void otherLagsAndWindowsAreThemedByRuleWithoutAnEntry() {
    VigieConfig config = ConfigLoader.load(null, List.of("panel.mean-window-months=6", "panel.debt-lags=[1, 4, 24]",
        "panel.headcount-lags=[3, 12, 36]", "panel.debt-per-head-diff-months=2", "panel.financial-past-years=3"),
        Map.of()).config();
    Set<String> columns = panelColumns(config);
    assertThat(columns).contains("cotisation_moy6m", "montant_part_ouvriere_past_24", "effectif_past_36",
        "dette_par_effectif_diff2m", "taux_marge_past_3", "ca_past_3");
    assertThat(columns.stream().filter(c -> FeatureDictionary.find(c).isEmpty()).toList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "montant_part_patronale|DETTE_URSSAF|Dette URSSAF, part patronale|EUROS",
      "montant_part_patronale_past_12|DETTE_URSSAF|Dette URSSAF, part patronale, il y a 12 mois|EUROS",
      "ratio_dette_moy12m|DETTE_URSSAF|Dette URSSAF en mois de cotisations, moyenne sur 12 mois|MONTHS_OF_CONTRIBUTIONS",
      "dette_par_effectif_diff3m|DETTE_URSSAF|Dette URSSAF par salarié, écart sur 3 mois|EUROS",
      "cotisation_moy12m|COTISATIONS|Cotisation due, moyenne sur 12 mois|EUROS",
      "effectif_past_24|EFFECTIF|Effectif de l'établissement, il y a 24 mois|PEOPLE",
      "effectif_variation_12m|EFFECTIF|Effectif, variation sur un an|SHARE",
      "effectif_variation_6m|EFFECTIF|Effectif de l'établissement, variation sur 6 mois|SHARE",
      "ratio_apart|ACTIVITE_PARTIELLE|Activité partielle, part des heures de travail|SHARE",
      "ccsf_mois_depuis|DELAIS_CCSF|Mois depuis la dernière décision CCSF|MONTHS",
      "taux_marge_past_1|SANTE_FINANCIERE|Taux de marge (EBE sur valeur ajoutée), exercice précédent|PERCENT",
      "ca_past_2|SANTE_FINANCIERE|Chiffre d'affaires net (H.T.), il y a 2 exercices|KEUROS",
      "liquidite_reduite|SANTE_FINANCIERE|Liquidité réduite|RATIO",
      "code_naf|SECTEUR_TERRITOIRE|Secteur d'activité (section NAF)|CATEGORY",
      "region_procol_liquidation|SECTEUR_TERRITOIRE|Liquidations judiciaires dans la région, dernier trimestre publié|COUNT",
      "effectif_entreprise|AGE_TAILLE|Effectif de l'entreprise|PEOPLE",
      "age_entreprise|AGE_TAILLE|Âge de l'entreprise|YEARS"})
  void themesAndLabelsByEntryOrByRule(String column, Theme theme, String label, Unit unit) {
    assertThat(FeatureDictionary.of(column)).isEqualTo(new FeatureLabel(column, theme, label, unit));
  }

  @Test
  void aColumnWithoutEntryNorBaseIsRefusedByName() {
    assertThat(FeatureDictionary.find("nouvelle_colonne")).isEmpty();
    assertThat(FeatureDictionary.find("nouvelle_colonne_past_3")).as("a rule needs a known base").isEmpty();
    assertThatThrownBy(() -> FeatureDictionary.of("nouvelle_colonne")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nouvelle_colonne'").hasMessageContaining("FeatureDictionary");
  }

  @Test
  void everyThemeHasInputsAndEveryDianeItemIsFinancialHealth() {
    Set<Theme> seen = EnumSet.noneOf(Theme.class);
    panelColumns(ConfigLoader.defaultsOnly()).forEach(c -> seen.add(FeatureDictionary.of(c).theme()));
    assertThat(seen).containsExactlyInAnyOrder(Theme.values());
    for (DianeItems.Item item : DianeItems.AMOUNTS) {
      assertThat(FeatureDictionary.of(item.column()).theme()).as(item.column()).isEqualTo(Theme.SANTE_FINANCIERE);
    }
    assertThat(FeatureDictionary.dianeLabel(new DianeItems.Item("CAparEffectif", "ca_par_effectif",
        "C.A. par effectif (kEUR/pers.)", java.util.List.of()))).isEqualTo("C.A. par effectif");
  }

  @Test
  void nafSectionsAreTheTwentyOneOfRevisionTwo() {
    assertThat(NafSectionLabels.size()).isEqualTo(21);
    assertThat(NafSectionLabels.label("F")).isEqualTo("Construction");
    assertThat(NafSectionLabels.label("i")).isEqualTo("Hébergement et restauration");
    assertThat(NafSectionLabels.label("Z")).isNull();
    assertThat(NafSectionLabels.label(null)).isNull();
  }
}
