package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report page without Spark: self-contained, every section and chart there, text escaped, French numbers. */
class ReportHtmlTest {
  private static final String HTML = ReportHtml.render(ReportFixtures.data());

  @Test
  void pageIsSelfContained() {
    assertThat(HTML).as("no URL, no fetched resource")
        .doesNotContain("http://", "https://", "src=", "url(", "@import", "<link", "//cdn");
    assertThat(Pattern.compile("href=\"(?!#)").matcher(HTML).find()).as("only in-page links").isFalse();
    assertThat(HTML).startsWith("<!DOCTYPE html>").contains("<style>", "<script>");
  }

  @Test
  void everySectionIsPresent() {
    assertThat(HTML).contains("id=\"sources\"", "id=\"couverture\"", "id=\"performance\"", "id=\"calibration\"",
        "id=\"seuils\"", "id=\"importances\"", "id=\"alertes\"");
    assertThat(HTML).as("the coverage note on event sources").contains("part des établissements concernés");
  }

  @Test
  void eightChartsAreDeclaredForTheBrowserCheck() {
    assertThat(ReportHtml.charts(HTML)).isEqualTo(CHARTS);
    assertThat(HTML).contains("data-charts=\"" + CHARTS + "\"").contains("data-charts-rendered=\"0\"");
    assertThat(count(HTML, "<svg")).as("every svg is a chart").isEqualTo(CHARTS);
  }

  /** volumes, coverage, pr, roc, aucpr-months, reliability, importances-themes, importances. */
  static final int CHARTS = 8;

  @Test
  void reliabilityChartHasTenDecilesBeforeAndAfterCalibrationAndTheDiagonal() {
    String chart = chart("reliability");
    assertThat(count(chart, "class=\"point\"")).as("2 series × 10 deciles").isEqualTo(20);
    assertThat(count(chart, "class=\"series\"")).isEqualTo(2);
    assertThat(count(chart, "class=\"reference\"")).as("the diagonal").isEqualTo(1);
    assertThat(vertices(paths(chart).get(0))).isEqualTo(10);
    // one scale on both axes, 0 to 20 % (the highest point: raw scores' last decile, 16,4 %)
    assertThat(chart).contains(">20\u00A0%<", "probabilité prédite", "taux observé", "calibration parfaite")
        .contains("scores bruts : prédit 2,00\u00A0%, observé 0,56\u00A0% (2 sur 360 lignes)");
  }

  @Test
  void calibrationSectionStatesTheMethodTheRuleAndBrierAndErrorBeforeAndAfter() {
    String calibration = section("calibration");
    assertThat(calibration).contains("méthode de Platt", "12\u202F000 lignes de validation", "480 positives",
        "à partir de 1\u202F000 lignes positives", "conserve l’ordre", "ex æquo");
    assertThat(calibration).contains("score de Brier", "0,06100", "0,04420", "0,04470")
        .contains("(ECE, déciles)", "0,04230", "0,00610")
        .contains("9,20\u00A0%", "4,65\u00A0%", "5,00\u00A0%");
    assertThat(calibration).as("mean 4,65 % against 5 %").contains("à 7\u00A0% au-dessous du taux observé.");
    assertThat(calibration).contains("Données générées : sur les 11\u202F500 lignes de validation", "taux observé 4,10\u00A0%",
        "probabilité vraie moyenne 4,90\u00A0%", "3\u202F400 lignes de test, 5,00\u00A0% et 5,10\u00A0%");
  }

  @Test
  void anAnchoredCalibrationShowsItsInputsBothColumnsAndEveryTestMonth() {
    String calibration = CalibrationSection.render(ReportFixtures.metrics(ReportFixtures.anchoredCalibration()));
    assertThat(calibration).contains("<strong>ancrées</strong>", "R = 4,00\u00A0%", "12\u202F000 lignes de validation",
        "24 derniers mois", "h_app = 0,200\u00A0%", "1\u202F200 ouvertures pour 600\u202F000", "sous 10 ouvertures");
    // raw, Platt before anchoring, Platt anchored (what scores/ holds), isotonic anchored
    assertThat(calibration).contains("calibrés : Platt, sans ancrage", "calibrés : Platt, ancrés (scores publiés)",
        "isotonique, ancrée (non retenue)")
        .contains("9,20\u00A0%", "4,65\u00A0%", "4,01\u00A0%", "4,02\u00A0%");
    assertThat(calibration).contains("Ancrage, mois par mois", "2019-07", "1\u202F080", "0,900", "3,60\u00A0%",
        "-0,270", "4,62\u00A0%", "5,10\u00A0%", "2019-08", "1,100", "4,40\u00A0%");
    // 4,01 % against 5 %: 20 % below, said with the anchoring's limits
    assertThat(calibration).contains("à 20\u00A0% au-dessous du taux observé : l’ancrage suit le taux d’ouverture");
  }

  @Test
  void thresholdsAreStatedAsProbabilities() {
    assertThat(section("seuils")).contains("<span class=\"alerte rouge\">rouge</span> : au moins 41\u00A0% de risque ;"
        + " <span class=\"alerte orange\">orange</span> : au moins 8,3\u00A0% de risque.")
        .contains("41,23\u00A0%", "8,34\u00A0%");
    assertThat(section("alertes")).contains("en alerte <span class=\"alerte rouge\">rouge</span> (au moins 41\u00A0%"
        + " de risque)");
  }

  @Test
  void alertTableSpeaksToAnAgent() {
    String alertes = section("alertes");
    assertThat(alertes).contains("<th>rang</th><th>établissement</th><th>département</th><th>secteur (NAF)</th>"
        + "<th>effectif</th><th>probabilité</th><th>alerte</th><th>pourquoi</th>");
    assertThat(alertes).contains(ReportFixtures.SENTENCE.replace("'", "&#39;"))
        .contains("<strong>Boulangerie &lt;&amp;&gt; Dupont</strong>", "raison sociale inconnue")
        .contains("21 — Côte-d&#39;Or", "2A — Corse-du-Sud", "C — Industrie manufacturière", "F — Construction")
        .contains("93,2\u00A0%", "<span class=\"part\">64\u00A0%</span> Dette URSSAF")
        .contains("(Dette URSSAF, part patronale)");
    assertThat(alertes).as("no raw column name").doesNotContain("montant_part_patronale", "ratio_dette");
  }

  @Test
  void departementFilterListsTheTablesDepartementsAndHidesRowsOutsideTheNationalTop() {
    String alertes = section("alertes");
    assertThat(alertes).contains("<select id=\"filtre-departement\"><option value=\"\">Toute la France — les 2"
        + " premiers</option><option value=\"2A\">2A — Corse-du-Sud (1)</option><option value=\"21\">21 —"
        + " Côte-d&#39;Or (1)</option><option value=\"75\">75 — Paris (1)</option><option value=\"?\">département"
        + " inconnu (1)</option></select>");
    assertThat(alertes).contains("<tr data-departement=\"21\" data-national=\"1\">",
        "<tr data-departement=\"2A\" data-national=\"0\" hidden>", "<tr data-departement=\"?\" data-national=\"0\" hidden>");
    assertThat(HTML).contains("getElementById('filtre-departement')", "data-alertes-visibles");
  }

  @Test
  void precisionRecallChartHasBothModelsAndTheBaseRate() {
    String pr = chart("pr");
    assertThat(count(pr, "class=\"series\"")).isEqualTo(2);
    assertThat(count(pr, "class=\"reference\"")).as("base-rate line").isEqualTo(1);
    List<String> paths = paths(pr);
    assertThat(vertices(paths.get(0))).as("model PR points").isEqualTo(5);
    assertThat(vertices(paths.get(1))).as("baseline PR points").isEqualTo(3);
    assertThat(pr).contains(ModelSections.MODEL, ModelSections.BASELINE, "taux de base", "rappel", "précision");
  }

  @Test
  void rocChartHasBothModelsAndTheDiagonal() {
    String roc = chart("roc");
    assertThat(count(roc, "class=\"series\"")).isEqualTo(2);
    assertThat(count(roc, "class=\"reference\"")).isEqualTo(1);
    assertThat(vertices(paths(roc).get(0))).isEqualTo(4);
    // the diagonal goes from the plot's bottom-left to its top-right corner
    assertThat(roc).contains("d=\"M58.0 304.0L444.0 14.0\"");
  }

  @Test
  void aucprPerMonthHasOneBarPerModelAndMonthWithPositives() {
    String bars = chart("aucpr-months");
    assertThat(count(bars, "class=\"bar\"")).as("2 models × 2 months with positives").isEqualTo(4);
    assertThat(count(bars, ">n/d<")).as("2019-09 has no positive").isEqualTo(2);
    assertThat(bars).contains("2019-07", "2019-08", "2019-09");
  }

  @Test
  void importancesAreSummedByTheme() {
    String themes = chart("importances-themes");
    // the fixture's names have no theme but cotisation-like ones: all fall under « sans thème »
    assertThat(count(themes, "class=\"bar\"")).isEqualTo(1);
    assertThat(themes).contains("sans thème");
    assertThat(ModelSections.themes(List.of(new fr.vigie.model.Metrics.Importance("ratio_dette", 0.3),
            new fr.vigie.model.Metrics.Importance("montant_part_patronale_past_3", 0.2),
            new fr.vigie.model.Metrics.Importance("effectif", 0.1))))
        .extracting(HorizontalBarChart.Bar::label).containsExactly("Dette URSSAF", "Effectif");
  }

  @Test
  void importancesShowTheTop25() {
    String bars = chart("importances");
    assertThat(count(bars, "class=\"bar\"")).isEqualTo(25);
    assertThat(bars).contains("variable_24").doesNotContain("variable_25<");
    assertThat(HTML).contains("30 variables d’importance non nulle, les 25 premières");
  }

  @Test
  void coverageHeatmapHasOneCellPerFamilyAndMonth() {
    String heatmap = chart("coverage");
    assertThat(count(heatmap, "class=\"cell\"")).isEqualTo(CoverageFamily.ALL.size() * 3);
    assertThat(count(heatmap, "class=\"scale\"")).as("10 colour steps and the absent swatch").isEqualTo(11);
    assertThat(heatmap).contains("Diane 2019-11 : colonne absente").contains("cotisations 2019-11 : 66,7\u00A0%");
  }

  @Test
  void volumesChartStacksAcceptedAndQuarantinedForDeliveredSources() {
    String volumes = chart("volumes");
    assertThat(count(volumes, "class=\"segment\"")).as("2 delivered sources × 2 parts").isEqualTo(4);
    assertThat(volumes).contains("106\u202F253 lues, 109 en quarantaine (0,10\u00A0%)").doesNotContain("diane");
    assertThat(section("sources")).contains("non livrée")
        .contains("<code>wrong_field_count</code>\u00A056, <code>bare_quote</code>\u00A053");
  }

  @Test
  void volumesTableShowsTheDuplicateLinesOfEachSource() {
    String table = section("sources");
    assertThat(table).as("a column for the duplicate lines").contains("dont doublons");
    // cotisations: 106 253 read, 106 144 accepted of which 212 duplicates, 109 quarantined
    assertThat(table.replaceAll("<[^>]+>", "|")).contains("106\u202F144||212||109");
  }

  @Test
  void dataTextIsEscapedEverywhere() {
    assertThat(HTML).doesNotContain("<&").contains("ratio_&lt;&amp;dette").contains("&lt;&amp;345678900012");
    assertThat(chart("importances")).contains("ratio_&lt;&amp;dette");
    assertThat(section("alertes")).contains("&lt;&amp;345678900012").contains("Boulangerie &lt;&amp;&gt; Dupont");
  }

  @Test
  void tablesCarryThresholdsAndTopAlertsInFrench() {
    String seuils = section("seuils");
    assertThat(seuils).contains("41,23\u00A0%", "52,0\u00A0%", "1\u202F512", "126,3", "<span class=\"alerte rouge\">rouge</span>");
    String alertes = section("alertes");
    assertThat(alertes).contains("Principales alertes du mois 2019-12", "2\u202F345 établissements notés")
        .contains("93,2\u00A0%", "1\u202F250", "2A");
    assertThat(alertes.indexOf("&lt;&amp;345678900012")).as("rang 1 first")
        .isLessThan(alertes.indexOf("12345678900027"));
    assertThat(section("performance")).contains("0,412", "0,251", "5,00\u00A0%", "48\u202F000");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234567.891|2|1\u202F234\u202F567,89",
      "0.5|0|1",
      "-0.04512|3|-0,045"})
  void decimalsAreFrench(double value, int digits, String expected) {
    assertThat(FrenchNumbers.decimal(value, digits)).isEqualTo(expected);
  }

  @Test
  void percentagesAndMissingValuesAreFrench() {
    assertThat(FrenchNumbers.percent(0.1234, 1)).isEqualTo("12,3\u00A0%");
    assertThat(FrenchNumbers.signed(0.25, 3)).isEqualTo("+0,250");
    assertThat(FrenchNumbers.decimal(Double.NaN, 3)).isEqualTo("n/d");
    assertThat(FrenchNumbers.integer(106_144)).isEqualTo("106\u202F144");
  }

  @Test
  void ticksAreRoundValues() {
    assertThat(new Scale(0, 1, 0, 100).ticks(5)).containsExactly(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
    assertThat(Scale.roundUp(106_253)).isEqualTo(120_000);
    assertThat(Scale.roundUp(0.45)).isEqualTo(0.5);
  }

  private static String chart(String kind) {
    int start = HTML.indexOf("<svg class=\"chart " + kind + "\"");
    assertThat(start).as("chart " + kind).isNotNegative();
    return HTML.substring(start, HTML.indexOf("</svg>", start));
  }

  private static String section(String id) {
    int start = HTML.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    return HTML.substring(start, HTML.indexOf("</section>", start));
  }

  private static List<String> paths(String svg) {
    Matcher m = Pattern.compile("<path class=\"series\"[^>]* d=\"([^\"]*)\"").matcher(svg);
    return m.results().map(r -> r.group(1)).toList();
  }

  private static int vertices(String d) {
    return count(d, "M") + count(d, "L");
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
    return n;
  }
}
