package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AlertSentence.Clause;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French sentence of an alert, theme by theme, with numbers as an agent reads them. */
class AlertSentenceTest {
  private static final char NB = '\u00A0';

  /** Panel values by column at the month and 12 months earlier. */
  static final class Row implements AlertSentence.Values {
    final Map<String, Double> now = new HashMap<>();
    final Map<String, Double> before = new HashMap<>();
    final Map<String, String> categories = new HashMap<>();

    Row set(String column, Double valueNow, Double valueBefore) {
      now.put(column, valueNow);
      before.put(column, valueBefore);
      return this;
    }

    @Override
    public Double now(String column) {
      return now.get(column);
    }

    @Override
    public Double yearAgo(String column) {
      return before.get(column);
    }

    @Override
    public String category(String column) {
      return categories.get(column);
    }
  }

  @Test
  void theIssuesExampleReadsAsWritten() {
    Row row = new Row()
        .set("montant_part_ouvriere", 20_000.0, 9_000.0)
        .set("montant_part_patronale", 28_000.0, 21_000.0)
        .set("ratio_dette", 3.1, 2.2)
        .set("effectif", 35.0, 45.0)
        .set("effectif_variation_12m", -0.22, 0.01);
    String sentence = AlertSentence.of(List.of(new Clause(Theme.DETTE_URSSAF, 0.7, "montant_part_patronale"),
        new Clause(Theme.EFFECTIF, 0.3, "effectif_variation_12m")), row);
    assertThat(sentence).isEqualTo("Dette URSSAF en hausse : 48" + NB + "k€, 3,1" + NB + "mois de cotisations ;"
        + " effectif en baisse de 22" + NB + "% sur un an (35" + NB + "salariés)");
  }

  @Test
  void aMinorThemeDoesNotSpeakAndThreeClausesAtMost() {
    Row row = new Row().set("montant_part_patronale", 500.0, 0.0).set("effectif_variation_12m", 0.02, null)
        .set("cotisation", 1_000.0, 1_500.0);
    List<Clause> themes = List.of(new Clause(Theme.DETTE_URSSAF, 0.6, "montant_part_patronale"),
        new Clause(Theme.EFFECTIF, 0.25, "effectif_variation_12m"), new Clause(Theme.COTISATIONS, 0.1, "cotisation"),
        new Clause(Theme.SANTE_FINANCIERE, 0.05, "taux_marge"));
    assertThat(AlertSentence.of(themes, row)).isEqualTo("Dette URSSAF apparue en un an : 500" + NB + "€ ;"
        + " effectif stable sur un an ; cotisations en baisse de 33" + NB + "% sur un an : 1" + NB + "k€ par mois");
    assertThat(AlertSentence.of(List.of(themes.get(0), new Clause(Theme.EFFECTIF, 0.09, "effectif_variation_12m")),
        row)).as("under 10 % of the raised margin").doesNotContain("effectif");
    assertThat(AlertSentence.of(List.of(), row)).isEmpty();
    assertThat(AlertSentence.of(List.of(new Clause(Theme.EFFECTIF, 0.05, "effectif_variation_12m")), row))
        .as("the first theme always speaks").isEqualTo("Effectif stable sur un an");
  }

  @Test
  void partialActivityDelaysAndCcsfHaveTheirOwnWords() {
    Row row = new Row().set("apart_heures_autorisees", 1_200.0, null).set("apart_heures_consommees", 800.0, null)
        .set("ratio_apart", 0.12, null).set("delai_montant_echeancier", 20_000.0, null)
        .set("delai_nb_jours_restants", 120.0, null).set("ccsf_mois_depuis", 5.0, null);
    assertThat(AlertSentence.clause(new Clause(Theme.ACTIVITE_PARTIELLE, 1, "apart_heures_consommees"), row))
        .isEqualTo("Activité partielle : 1\u202F200" + NB + "heures autorisées, 800" + NB + "heures consommées (12" + NB
            + "% des heures de travail)");
    assertThat(AlertSentence.clause(new Clause(Theme.DELAIS_CCSF, 1, "ccsf_mois_depuis"), row))
        .isEqualTo("Délai de paiement en cours : échéancier de 20" + NB + "k€, 120" + NB + "jours restants,"
            + " décision CCSF il y a 5" + NB + "mois");
  }

  @Test
  void anyOtherThemeNamesItsTopVariableWithItsValueAYearEarlier() {
    Row row = new Row().set("taux_marge", 3.2, 12.4).set("age_entreprise", 2.0, 1.0).set("ca", 850.0, 850.0);
    row.categories.put("code_naf", "F");
    row.categories.put("region", "53");
    assertThat(AlertSentence.clause(new Clause(Theme.SANTE_FINANCIERE, 1, "taux_marge"), row))
        .isEqualTo("Taux de marge (EBE sur valeur ajoutée) : 3,2" + NB + "% (12" + NB + "% un an plus tôt)");
    assertThat(AlertSentence.clause(new Clause(Theme.SANTE_FINANCIERE, 1, "ca"), row))
        .as("unchanged: no earlier value").isEqualTo("Chiffre d'affaires net (H.T.) : 850" + NB + "k€");
    assertThat(AlertSentence.clause(new Clause(Theme.AGE_TAILLE, 1, "age_entreprise"), row))
        .as("an age a year earlier is the age minus one: not written").isEqualTo("Âge de l'entreprise : 2" + NB + "ans");
    assertThat(AlertSentence.clause(new Clause(Theme.SECTEUR_TERRITOIRE, 1, "code_naf"), row))
        .isEqualTo("Secteur d'activité (section NAF) : Construction");
    assertThat(AlertSentence.clause(new Clause(Theme.SECTEUR_TERRITOIRE, 1, "region"), row))
        .isEqualTo("Région : Bretagne");
    assertThat(AlertSentence.clause(new Clause(Theme.SANTE_FINANCIERE, 1, "poids_frng"), row))
        .isEqualTo("Poids du fonds de roulement net global sur le chiffre d'affaires : non renseigné");
    assertThat(AlertSentence.clause(new Clause(Theme.DETTE_URSSAF, 1, "tag_debit"), new Row().set("tag_debit", 1.0, 0.0)))
        .as("no debt amount known: the top variable speaks").isEqualTo("Dette URSSAF en cours : oui (non un an plus tôt)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EUROS|850|850 €", "EUROS|4800|4,8 k€", "EUROS|48210|48 k€", "EUROS|1234567|1,2 M€", "KEUROS|12.4|12 k€",
      "PERCENT|3.25|3,3 %", "PERCENT|41|41 %", "SHARE|-0.22|-22 %", "SHARE|0.046|4,6 %",
      "MONTHS_OF_CONTRIBUTIONS|3.14|3,1 mois de cotisations", "DAYS|1|1 jour", "PEOPLE|1250|1 250 salariés",
      "YEARS|1|1 an", "FLAG|0|non", "RATIO|1.256|1,26"})
  void numbersAreWrittenAsAnAgentReadsThem(Unit unit, double value, String expected) {
    assertThat(unit.format(value)).isEqualTo(expected.replace("1 250", "1\u202F250").replaceFirst(" ", String.valueOf(NB)));
  }

  @Test
  void acronymsKeepTheirCapitalsAfterTheFirstClause() {
    assertThat(AlertSentence.uncapitalised("URSSAF : 3 mois")).isEqualTo("URSSAF : 3 mois");
    assertThat(AlertSentence.uncapitalised("Effectif stable")).isEqualTo("effectif stable");
  }
}
