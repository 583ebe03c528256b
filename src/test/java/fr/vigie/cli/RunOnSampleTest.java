package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.model.Metrics;
import fr.vigie.spark.TestSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie sample} then {@code vigie run}: raw files in the real formats to scores and report,
 * through the command line. 2,500 establishments over 2015-01 .. 2019-12 with the default horizon
 * of 18 months: labels known up to 2018-06, test months 2018-01 .. 2018-06, training up to 2016-06.
 * A small model (the figures are checked for consistency, not for quality: README, "Model").
 */
@Tag("e2e")
class RunOnSampleTest {
  @TempDir static Path root;
  static Metrics metrics;

  static int vigie(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cmd = Vigie.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  @BeforeAll
  static void run() throws Exception {
    TestSpark.session(); // the jobs join the test JVM's session instead of creating theirs
    String sample = root.resolve("sample").toString();
    String output = root.resolve("output").toString();
    vigie("sample", "--output", sample, "--establishments", "2500", "--months", "60", "--start", "2015-01",
        "--seed", "4");
    vigie("run", "--input", sample, "--output", output,
        "--set", "model.validation-fraction=0.4", "--set", "model.gbt.max-iter=10",
        "--set", "model.gbt.max-depth=3", "--set", "model.logistic.max-iter=20");
    metrics = Metrics.JSON.readValue(root.resolve("output/model/metrics.json").toFile(), Metrics.class);
  }

  @Test
  void everyStepWroteItsOutput() {
    for (String path : new String[] {"sources/cotisations", "quarantine", "panel", "panel_entreprise", "model/gbt",
        "model/baseline", "scores/periode=2019-12-01", "report/index.html"}) {
      assertThat(root.resolve("output").resolve(path)).as(path).exists();
    }
    JsonNode manifest = readManifest();
    for (String section : new String[] {"sources", "panel", "train", "score", "report", "timings"}) {
      assertThat(manifest.has(section)).as(section).isTrue();
    }
    assertThat(manifest.at("/last_run/command").asText()).isEqualTo("report");
    assertThat(manifest.at("/last_run/status").asText()).isEqualTo("succeeded");
    assertThat(manifest.at("/last_run/exit_code").asInt(-1)).isZero();
    JsonNode file = manifest.at("/sources/cotisations/files/0");
    assertThat(file.get("bytes").asLong()).isPositive();
    assertThat(file.get("modified").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
  }

  /** The benchmark's floor (scripts/bench.sh) reads the same files as ingest, every record of them. */
  @Test
  void floorReadsEveryDeliveredFileWhole() throws Exception {
    String floor = root.resolve("floor").toString();
    vigie("floor", "--input", root.resolve("sample").toString(), "--output", floor);
    JsonNode counts = Metrics.JSON.readTree(root.resolve("floor/_manifest.json").toFile()).get("floor");
    JsonNode sources = readManifest().get("sources");
    assertThat(counts.size()).isEqualTo(16);
    counts.fields().forEachRemaining(e -> {
      JsonNode ingested = sources.get(e.getKey());
      long bytes = 0;
      for (JsonNode f : ingested.get("files")) bytes += f.get("bytes").asLong();
      assertThat(e.getValue().get("bytes").asLong()).as(e.getKey()).isEqualTo(bytes);
      assertThat(e.getValue().get("files").asInt()).as(e.getKey()).isEqualTo(ingested.get("files").size());
      long records = TestSpark.session().read().parquet(floor + "/floor/" + e.getKey()).count();
      assertThat(e.getValue().get("rows").asLong()).as(e.getKey()).isEqualTo(records).isPositive();
      if (!e.getKey().equals("diane")) { // Diane is UTF-16, read whole: quoted cells may span lines
        // one record per line; Spark's parser and ingest's differ on a few planted malformed lines
        assertThat(records).as(e.getKey())
            .isCloseTo(ingested.get("lines_read").asLong(), org.assertj.core.data.Offset.offset(3L));
      }
    });
  }

  @Test
  void metricsHoldTheOutOfTimeWindowsAndEveryFigure() {
    // the first training month is the first with an in-scope row: headcount is published 3 months late
    assertThat(metrics.windows()).isEqualTo(new Metrics.Windows("2015-04", "2016-06", "2018-01", "2018-06", "2018-06"));
    assertThat(metrics.horizonMonths()).isEqualTo(18);
    assertThat(metrics.rows().training().positives()).isPositive();
    assertThat(metrics.rows().validation().positives()).isPositive();
    assertThat(metrics.rows().test().rows()).isPositive();
    assertThat(metrics.model().perMonth()).hasSize(6);
    assertThat(metrics.model().aucpr()).isBetween(0.0, 1.0);
    assertThat(metrics.baseline().aucpr()).isBetween(0.0, 1.0);
    assertThat(metrics.model().prCurve()).isNotEmpty();
    assertThat(metrics.model().rocCurve().get(0)).containsExactly(0, 0);
    assertThat(metrics.thresholds()).hasSize(2);
    assertThat(metrics.importances()).isNotEmpty();
    // the generator's exact probabilities, on the test rows they cover
    Metrics.Truth truth = metrics.truth();
    assertThat(truth).isNotNull();
    assertThat(truth.horizonMonths()).isEqualTo(18);
    assertThat(truth.rows()).isPositive().isLessThanOrEqualTo(metrics.rows().test().rows());
    assertThat(truth.aucpr()).isGreaterThan(metrics.model().baseRate());
    assertThat(truth.ratio()).isEqualTo(truth.modelAucprSameRows() / truth.aucpr());
    // the calibration: fitted on the validation rows, judged on the test rows
    Metrics.Calibration calibration = metrics.calibration();
    assertThat(calibration.fittedOn()).isEqualTo(metrics.rows().validation());
    assertThat(calibration.method()).isIn("isotonic", "platt");
    assertThat(calibration.after().observedRate()).isEqualTo(metrics.model().baseRate());
    assertThat(calibration.after().reliability()).isNotEmpty();
    assertThat(calibration.truth()).as("generated data: true means next to the observed rates").isNotNull();
    for (Metrics.Threshold t : metrics.thresholds()) assertThat(t.threshold()).as("a probability").isBetween(0.0, 1.0);
  }

  @Test
  void scoresCoverTheLastMonthsInScopeEstablishments() {
    Dataset<Row> panel = TestSpark.session().read().parquet(root.resolve("output/panel").toString())
        .where("periode = '2019-12-01' and dans_perimetre and not en_procedure");
    Dataset<Row> scores = TestSpark.session().read().parquet(root.resolve("output/scores").toString());
    assertThat(scores.count()).isEqualTo(panel.count()).isPositive();
    assertThat(scores.select("siret").distinct().count()).isEqualTo(scores.count());
    assertThat(scores.where("rang = 1").count()).isEqualTo(1);
    assertThat(scores.where("alerte = 'rouge'").count()).isLessThanOrEqualTo(scores.where("alerte is not null").count());
    assertThat(scores.where("score < 0 or score > 1 or score is null").count()).as("probabilities").isZero();
    assertThat(scores.where("raison_sociale is not null").count()).as("names from Sirene").isPositive();
    // every row raised above the mean has its themes, whose shares add up to 1, and a sentence
    Dataset<Row> themed = scores.where("size(explications_themes) > 0");
    assertThat(themed.count()).isPositive();
    assertThat(themed.where("abs(aggregate(explications_themes, 0D, (acc, t) -> acc + t.part) - 1) > 1e-9").count())
        .as("shares of the raised margin").isZero();
    assertThat(themed.where("explication_texte is null or explication_texte = ''").count()).as("sentences").isZero();
    assertThat(themed.where("explication_texte rlike '[a-z]+_[a-z]+'").count()).as("no column name in a sentence")
        .isZero();
  }

  @Test
  void reportDrawsItsCharts() throws Exception {
    String html = Files.readString(root.resolve("output/report/index.html"));
    assertThat(html).contains("<svg").contains("2018-01").doesNotContain("https://").doesNotContain("http://");
    assertThat(html).contains("<svg class=\"chart reliability\"", "id=\"filtre-departement\"", "de risque");
  }

  private static JsonNode readManifest() {
    try {
      return Metrics.JSON.readTree(root.resolve("output/_manifest.json").toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
