package fr.vigie.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.model.Curves;
import fr.vigie.model.FeatureColumns;
import fr.vigie.model.Metrics;
import fr.vigie.spark.TestSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie sample} then {@code vigie run}: raw files in the real formats to scores and report,
 * through the command line. 2,500 establishments over 2015-01 .. 2019-12 with the default horizon
 * of 18 months: labels known up to 2018-06, test months 2018-01 .. 2018-06, training up to 2016-06.
 * A small model (the figures are checked for consistency, not for quality: docs/model.md).
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
    // last_run names the command (`run`, no longer its last step) and the step it was in
    assertThat(manifest.at("/last_run/command").asText()).isEqualTo("run");
    assertThat(manifest.at("/last_run/step").asText()).isEqualTo("report");
    assertThat(manifest.at("/last_run/status").asText()).isEqualTo("succeeded");
    assertThat(manifest.at("/last_run/exit_code").asInt(-1)).isZero();
    assertThat(manifest.at("/last_run/finished").asText()).isGreaterThan(manifest.at("/last_run/started").asText());
    assertThat(manifest.at("/ingest/status").asText()).isEqualTo("succeeded");
    assertThat(manifest.at("/sources/diane/files/0/column_warnings").isMissingNode())
        .as("the sample's Diane labels, abbreviated as in real exports, are all known").isTrue();
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

  /**
   * Issue 20: the observable ceiling (what the files show, filtered through the generator's model)
   * beats every single panel column taken as a score, either way up, and falls short of the true
   * probabilities, which know the latent state. On the model's test rows (6 months, 78 positive rows
   * from a few companies) the ceiling beats the best column; the comparison with the truth needs more
   * positives than that: here the ceiling measured 0.457 and the truth 0.408 on the test rows, 0.323
   * and 0.545 on every labelled month (480 positive rows). Both orderings are checked on every
   * labelled month, where chance moves them far less.
   */
  @Test
  void theObservableCeilingLiesBetweenTheBestColumnAndTheTruth() {
    Metrics.Truth truth = metrics.truth();
    assertThat(truth.observableAucpr()).as("the sample has _truth/observable").isNotNull();
    assertThat(truth.ratioToObservable()).isEqualTo(truth.modelAucprSameRows() / truth.observableAucpr());
    SparkSession spark = TestSpark.session();
    Dataset<Row> covered = spark.read().parquet(root.resolve("sample/_truth/probabilites").toString())
        .where("probabilite IS NOT NULL").select("siren", "periode", "probabilite")
        .join(spark.read().parquet(root.resolve("sample/_truth/observable").toString())
            .where("probabilite_observable IS NOT NULL"), new String[] {"siren", "periode"});
    Dataset<Row> labelled = spark.read().parquet(root.resolve("output/panel").toString())
        .where("dans_perimetre AND NOT en_procedure AND outcome IS NOT NULL");
    List<String> columns = FeatureColumns.of(labelled.schema()).numeric();
    List<Column> selected = new ArrayList<>(List.of(col("outcome").cast("double"), col("probabilite"),
        col("probabilite_observable")));
    columns.forEach(c -> selected.add(col(c).cast("double")));
    Metrics.Windows w = metrics.windows();
    List<Row> test = labelled.where("periode BETWEEN '" + w.testFirst() + "-01' AND '" + w.testLast() + "-01'")
        .join(covered, new String[] {"siren", "periode"}).select(selected.toArray(Column[]::new)).collectAsList();
    List<Row> every = labelled.join(covered, new String[] {"siren", "periode"}).select(selected.toArray(Column[]::new))
        .collectAsList();

    assertThat((long) test.size()).isEqualTo(truth.rows());
    assertThat(aucpr(test, 1, 1)).as("the truth, recomputed").isCloseTo(truth.aucpr(), within(1e-12));
    assertThat(aucpr(test, 2, 1)).as("the ceiling, recomputed").isCloseTo(truth.observableAucpr(), within(1e-12));
    String bestTest = bestColumn(test, columns);
    assertThat(truth.observableAucpr()).as("test rows: the ceiling above the best single column, %s", bestTest)
        .isGreaterThan(aucpr(test, columns, bestTest));
    String bestEvery = bestColumn(every, columns);
    double ceiling = aucpr(every, 2, 1);
    assertThat(ceiling).as("every labelled month: the ceiling above the best single column, %s", bestEvery)
        .isGreaterThan(aucpr(every, columns, bestEvery));
    assertThat(ceiling).as("every labelled month: the ceiling below the truth").isLessThan(aucpr(every, 1, 1));
  }

  /** The column (prefixed with − when reversed) whose values rank the label best. */
  private static String bestColumn(List<Row> rows, List<String> columns) {
    String best = null;
    double bestAucpr = -1;
    for (int i = 0; i < columns.size(); i++) {
      for (int sign : new int[] {1, -1}) {
        double a = aucpr(rows, 3 + i, sign);
        if (a > bestAucpr) {
          bestAucpr = a;
          best = (sign < 0 ? "−" : "") + columns.get(i);
        }
      }
    }
    return best;
  }

  private static double aucpr(List<Row> rows, List<String> columns, String column) {
    boolean reversed = column.startsWith("−");
    return aucpr(rows, 3 + columns.indexOf(reversed ? column.substring(1) : column), reversed ? -1 : 1);
  }

  /** AUCPR of column {@code index} (times {@code sign}) as a score of the label in column 0; nulls rank last. */
  private static double aucpr(List<Row> rows, int index, int sign) {
    Map<Double, long[]> counts = new HashMap<>();
    for (Row r : rows) {
      double score = r.isNullAt(index) ? Double.NEGATIVE_INFINITY : sign * r.getDouble(index);
      long[] c = counts.computeIfAbsent(score, k -> new long[2]);
      c[r.getDouble(0) == 1.0 ? 0 : 1]++;
    }
    List<Curves.ScoreCount> list = new ArrayList<>();
    counts.forEach((score, c) -> list.add(new Curves.ScoreCount(score, c[0], c[1])));
    return Curves.of(list).averagePrecision();
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
