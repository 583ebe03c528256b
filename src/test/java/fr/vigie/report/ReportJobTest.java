package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.config.ConfigLoader;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.ReportResult;
import fr.vigie.model.Metrics;
import fr.vigie.error.InputException;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie report} on a tiny output root: metrics.json, a manifest, panel/ and scores/ written by hand. */
class ReportJobTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final String PANEL = "siret STRING, periode DATE, dans_perimetre BOOLEAN, cotisation DOUBLE,"
      + " montant_part_ouvriere DOUBLE, effectif INT, apart_heures_autorisees DOUBLE, delai_montant_echeancier DOUBLE,"
      + " ccsf_mois_depuis INT, code_ape STRING, poids_frng DOUBLE, region_procol_liquidation LONG,"
      + " departement_ae_immatriculations LONG"; // no exercice_diane: its coverage is "colonne absente"
  private static final String SCORES = "siret STRING, siren STRING, raison_sociale STRING, periode DATE, score DOUBLE,"
      + " alerte STRING, rang INT, departement STRING, code_naf STRING, effectif INT,"
      + " explications_themes ARRAY<STRUCT<theme: STRING, libelle_theme: STRING, contribution: DOUBLE, part: DOUBLE,"
      + " variable: STRING, libelle: STRING, valeur: DOUBLE, valeur_12m: DOUBLE>>, explication_texte STRING,"
      + " explications ARRAY<STRUCT<variable: STRING, contribution: DOUBLE>>, score_brut DOUBLE";
  private static final String MANIFEST = """
      {"sources": {
        "cotisations": {"delivered": true, "lines_read": 1000, "lines_accepted": 990, "lines_quarantined": 10,
          "files": [{"quarantined_by_reason": {"bare_quote": 4}}, {"quarantined_by_reason": {"bare_quote": 2, "wrong_field_count": 4}}]},
        "diane": {"delivered": false}}}
      """;

  @TempDir Path out;

  private Job job(YearMonth period) {
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of(),
        Map.of("output.root", out.toString(), "input.root", out.resolve("unused").toString()));
    return new Job(loaded, period, SPARK);
  }

  private void writeInputs() throws IOException {
    Files.createDirectories(out.resolve("model"));
    Metrics.JSON.writeValue(out.resolve("model/metrics.json").toFile(), ReportFixtures.metrics());
    Files.writeString(out.resolve("_manifest.json"), MANIFEST);
    // 2019-11: 3 establishments in scope, 2 with a cotisation (66,7 %), 1 with activité partielle (33,3 %);
    // D is out of scope and must not count (with it, cotisation would be 75 %)
    SPARK.createDataFrame(List.of(
            panel("A", "2019-10-01", true, 100.0, 5.0),
            panel("B", "2019-10-01", true, null, null),
            panel("A", "2019-11-01", true, 100.0, 5.0),
            panel("B", "2019-11-01", true, 200.0, null),
            panel("C", "2019-11-01", true, null, null),
            panel("D", "2019-11-01", false, 50.0, 7.0)),
        StructType.fromDDL(PANEL)).write().partitionBy("periode").parquet(out.resolve("panel").toString());
    SPARK.createDataFrame(List.of(
            score("11111111100011", "2019-12-01", 0.40, "orange", 3, "21"),
            score("<&222222200022", "2019-12-01", 0.95, "rouge", 1, "21"),
            score("33333333300033", "2019-12-01", 0.70, "rouge", 2, "75"),
            score("44444444400044", "2019-12-01", 0.01, null, 4, "2A"),
            score("99999999900099", "2019-11-01", 0.99, "rouge", 1, "21")),
        StructType.fromDDL(SCORES)).write().partitionBy("periode").parquet(out.resolve("scores").toString());
  }

  private static Row panel(String siret, String periode, boolean inScope, Double cotisation, Double apart) {
    return RowFactory.create(siret, Date.valueOf(periode), inScope, cotisation, 0.0, 12, apart, null, null, "62.01Z",
        0.3, 4L, 120L);
  }

  private static Row score(String siret, String periode, double score, String alerte, int rang, String departement) {
    return RowFactory.create(siret, siret.substring(0, 9), "Société " + siret.substring(0, 3), Date.valueOf(periode),
        score, alerte, rang, departement, "C", 15,
        List.of(RowFactory.create("dette_urssaf", "Dette URSSAF", score / 2, 0.8, "ratio_dette",
                "Dette URSSAF en mois de cotisations", 2.5, 0.5),
            RowFactory.create("effectif", "Effectif", score / 8, 0.2, "effectif", "Effectif de l'établissement", 15.0,
                null)),
        "Dette URSSAF en hausse : " + rang + " mois de cotisations",
        List.of(RowFactory.create("ratio_dette", score / 2), RowFactory.create("effectif", -0.01)), score * 2);
  }

  @Test
  void writesTheLatestMonthsReportWithCoverageAndTopAlertsByRang() throws IOException {
    writeInputs();
    ReportResult written = ReportJob.run(job(null));

    Path page = out.resolve("report/index.html");
    assertThat(written.path()).endsWith("report/index.html");
    assertThat(page).exists();
    try (Stream<Path> files = Files.list(out.resolve("report"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("nothing left aside").containsOnly("index.html");
    }
    String html = Files.readString(page);
    assertThat(html).contains("cotisations 2019-11 : 66,7\u00A0%", "activité partielle 2019-11 : 33,3\u00A0%",
        "cotisations 2019-10 : 50,0\u00A0%", "Diane 2019-11 : colonne absente");
    assertThat(html).contains("Principales alertes du mois 2019-12", "4 établissements notés : 2 en alerte");
    int first = html.indexOf("&lt;&amp;222222200022");
    int second = html.indexOf("33333333300033");
    int third = html.indexOf("11111111100011");
    int fourth = html.indexOf("44444444400044");
    assertThat(first).as("rang 1").isPositive().isLessThan(second);
    assertThat(second).as("rang 2 before rang 3").isLessThan(third);
    assertThat(third).as("rang 3 before rang 4").isLessThan(fourth);
    assertThat(html).as("another month's alert").doesNotContain("99999999900099");
    assertThat(html).contains("Dette URSSAF en hausse : 1 mois de cotisations", "<strong>Société &lt;&amp;2</strong>",
        "<span class=\"part\">80\u00A0%</span> Dette URSSAF", "95,0\u00A0%");
    assertThat(html).contains("<code>bare_quote</code>\u00A06, <code>wrong_field_count</code>\u00A04", "non livrée");

    // the section under its documented names, and read back into the record the job returned
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    JsonNode report = manifest.get("report");
    assertThat(report.get("scored_month").asText()).isEqualTo("2019-12");
    assertThat(report.get("bytes").asLong()).isEqualTo(Files.size(page));
    assertThat(report.get("charts").asInt()).isEqualTo(ReportHtmlTest.CHARTS);
    assertThat(report.get("top_alerts").asInt()).isEqualTo(4);
    assertThat(report.get("path").asText()).endsWith("report/index.html");
    assertThat(Manifest.read(manifest, ReportResult.class)).contains(written);
    assertThat(written.scoredMonth()).isEqualTo("2019-12");
    assertThat(written.bytes()).isEqualTo(Files.size(page));
    assertThat(written.topAlerts()).isEqualTo(4);
  }

  /** National top 2 (rangs 1, 2), and each département's first: 21 (rang 1), 75 (rang 2), 2A (rang 4). */
  @Test
  void theTableHoldsTheNationalTopAndEachDepartementsTop() throws IOException {
    writeInputs();
    var scores = ScoredAlerts.ofMonth(SPARK.read().parquet(out.resolve("scores").toString()), YearMonth.of(2019, 12));
    List<ReportData.TopAlert> top = ScoredAlerts.top(scores, 2, 1);
    assertThat(top).extracting(ReportData.TopAlert::rang).containsExactly(1, 2, 4);
    assertThat(top).extracting(ReportData.TopAlert::national).containsExactly(true, true, false);
    assertThat(top.get(0).raisonSociale()).isEqualTo("Société <&2");
    assertThat(top.get(0).sentence()).isEqualTo("Dette URSSAF en hausse : 1 mois de cotisations");
    assertThat(top.get(0).themes()).containsExactly(new ReportData.ThemeShare("Dette URSSAF", 0.8,
        "Dette URSSAF en mois de cotisations"), new ReportData.ThemeShare("Effectif", 0.2, "Effectif de l'établissement"));
    assertThat(ScoredAlerts.top(scores, 50, 20)).as("every row of the month").hasSize(4);
  }

  @Test
  void periodChoosesTheScoredMonth() throws IOException {
    writeInputs();
    ReportJob.run(job(YearMonth.of(2019, 11)));
    assertThat(Files.readString(out.resolve("report/index.html")))
        .contains("Principales alertes du mois 2019-11", "99999999900099").doesNotContain("33333333300033");
  }

  @Test
  void aPeriodWithoutScoresIsAnInputErrorNamingThePartition() throws IOException {
    writeInputs();
    assertThatThrownBy(() -> ReportJob.run(job(YearMonth.of(2020, 1)))).isInstanceOf(InputException.class)
        .hasMessageContaining(out.resolve("scores").toString()).hasMessageContaining("periode=2020-01-01")
        .hasMessageContaining("vigie score --period 2020-01");
    assertThat(out.resolve("report/index.html")).doesNotExist();
  }

  @Test
  void missingInputsAreInputErrorsNamingThePathAndTheCommand() throws IOException {
    assertThatThrownBy(() -> ReportJob.run(job(null))).isInstanceOf(InputException.class)
        .hasMessageContaining(out.resolve("model/metrics.json").toString()).hasMessageContaining("vigie train");
    writeInputs();
    deleteTree(out.resolve("scores"));
    assertThatThrownBy(() -> ReportJob.run(job(null))).isInstanceOf(InputException.class)
        .hasMessageContaining(out.resolve("scores").toString()).hasMessageContaining("vigie score");
    deleteTree(out.resolve("panel"));
    assertThatThrownBy(() -> ReportJob.run(job(null))).isInstanceOf(InputException.class)
        .hasMessageContaining(out.resolve("panel").toString()).hasMessageContaining("vigie panel");
    assertThat(out.resolve("report")).doesNotExist();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
