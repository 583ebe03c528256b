package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest sections each step writes from its result record ({@link Extraction}, {@link IngestRun},
 * {@link PanelResult}, {@link TrainResult}, {@link ScoreResult}, {@link ReportResult}, {@link
 * Versions}): a real manifest reads into the records and is written back through {@link Manifest} to
 * the same text; the records write what the string-keyed writers they replace wrote; older manifests
 * still read.
 */
class StepResultsTest {
  /** The record classes, in the order of the fixture's sections. */
  private static final List<Class<?>> SECTIONS = List.of(Versions.class, IngestRun.class, Extraction.class,
      PanelResult.class, TrainResult.class, ScoreResult.class, ReportResult.class);

  @TempDir Path dir;

  /**
   * The sections copied verbatim from the {@code _manifest.json} written by the string-keyed writers
   * (commit eab9c6e) on {@code vigie sample --establishments 1500 --months 60 --start 2015-01 --seed 4}
   * then {@code vigie run} with model.validation-fraction=0.4, model.gbt.max-iter=10,
   * model.gbt.max-depth=3, model.logistic.max-iter=20 (RunOnSampleTest's settings): the anchored
   * model's train and score sections, and the report's.
   */
  private static String fixture() throws IOException {
    try (InputStream in = StepResultsTest.class.getResourceAsStream("/manifest/step-sections.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private Manifest load(String text) throws IOException {
    Path file = dir.resolve("_manifest.json");
    Files.writeString(file, text);
    return Manifest.load(file.toString(), new Configuration());
  }

  @Test
  void aRealManifestReadsIntoTheRecords() throws IOException {
    Manifest manifest = load(fixture());
    Versions versions = manifest.read(Versions.class).orElseThrow();
    assertThat(versions.vigie()).isEqualTo("dev");
    assertThat(versions.spark()).isEqualTo("4.1.0");

    IngestRun ingest = manifest.read(IngestRun.class).orElseThrow();
    assertThat(ingest.succeeded()).isTrue();
    assertThat(ingest.input()).isEqualTo("/tmp/wt24a/sample");
    assertThat(ingest.error()).isNull();
    assertThat(ingest.completedByRecovery()).isNull();

    Extraction extraction = manifest.read(Extraction.class).orElseThrow();
    assertThat(extraction.yearMonth()).isEqualTo(YearMonth.of(2019, 12));
    assertThat(extraction).isEqualTo(Extraction.derived(YearMonth.of(2019, 12), "debits", "dt_trt_ecn",
        YearMonth.of(2019, 12)));

    PanelResult panel = manifest.read(PanelResult.class).orElseThrow();
    assertThat(panel.start()).isEqualTo("2015-01");
    assertThat(panel.end()).isEqualTo("2019-12");
    assertThat(panel.labelsKnownUntil()).isEqualTo("2019-12");
    assertThat(panel.period()).isNull();
    assertThat(panel.sources()).startsWith("comptes,cotisations,debits,");
    assertThat(panel.rows()).isPositive();
    assertThat(panel.rowsEntreprise()).isPositive().isLessThanOrEqualTo(panel.rows());

    TrainResult train = manifest.read(TrainResult.class).orElseThrow();
    assertThat(train.trainFirst()).isEqualTo("2015-04");
    assertThat(train.testLast()).isEqualTo("2018-06");
    assertThat(train.anchoring()).isTrue();
    assertThat(train.features()).isPositive();
    assertThat(train.negativeSampleRate()).isEqualTo(1.0);

    ScoreResult score = manifest.read(ScoreResult.class).orElseThrow();
    assertThat(score.periode()).isEqualTo("2019-12");
    assertThat(score.calibration()).isEqualTo(train.calibration());
    assertThat(score.anchoringTarget()).isNotNull().isPositive();
    assertThat(score.anchoringOpenings()).isNotNull();
    assertThat(score.anchoringOffset()).isNotNull();
    assertThat(score.thresholdRouge()).isGreaterThanOrEqualTo(score.thresholdOrange());

    ReportResult report = manifest.read(ReportResult.class).orElseThrow();
    assertThat(report.path()).endsWith("report/index.html");
    assertThat(report.scoredMonth()).isEqualTo(score.periode());
    assertThat(report.bytes()).isPositive();
    assertThat(report.charts()).isPositive();
  }

  @Test
  void writtenBackThroughTheRecordsTheManifestIsTheSameText() throws IOException {
    String text = fixture();
    Manifest manifest = load(text);
    for (Class<?> section : SECTIONS) manifest.set(manifest.read(section).orElseThrow());
    manifest.save();
    assertThat(Files.readString(dir.resolve("_manifest.json"))).isEqualTo(text);
    // and each section alone, from its record
    JsonNode tree = Manifest.JSON.readTree(text);
    for (Class<?> section : SECTIONS) {
      String name = Manifest.sectionName(section);
      assertThat(Manifest.JSON.writeValueAsString(Manifest.toJson(Manifest.read(tree, section).orElseThrow())))
          .as(name).isEqualTo(Manifest.JSON.writeValueAsString(tree.get(name)));
    }
  }

  @Test
  void setReplacesTheSectionWholeInItsPlaceAndLeavesTheOthers() throws IOException {
    Manifest manifest = load("""
        {"last_run": {"command": "panel"}, "panel": {"start": "2014-01", "from_an_older_version": 1},
         "timings": {"panel: read sources": 1.5}}
        """);
    PanelResult panel = new PanelResult("2015-01", "2019-12", "2019-06", "2019-12", "cotisations,debits", 10, 4, 0);
    manifest.set(panel);
    manifest.save();
    JsonNode root = Manifest.JSON.readTree(dir.resolve("_manifest.json").toFile());
    assertThat(root.fieldNames()).toIterable().containsExactly("last_run", "panel", "timings");
    assertThat(root.get("panel").has("from_an_older_version")).as("replaced whole").isFalse();
    assertThat(root.get("timings").get("panel: read sources").asDouble()).isEqualTo(1.5);
    assertThat(Manifest.read(root, PanelResult.class)).contains(panel);
  }

  /** What the string-keyed ScoreJob wrote, its code kept here as the reference (ObjectNode.put of boxed nulls). */
  private static ObjectNode formerScore(String month, long rows, String method, Double target, Double ratio,
      Long openings, Long exposures, Double offset, double rouge, double orange) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("periode", month).put("rows", rows)
        .put("calibration", method)
        .put("anchoring_target", target)
        .put("anchoring_ratio", ratio)
        .put("anchoring_openings", openings)
        .put("anchoring_exposures", exposures)
        .put("anchoring_offset", offset)
        .put("threshold_rouge", rouge)
        .put("threshold_orange", orange);
    return s;
  }

  @Test
  void theRecordsWriteWhatTheStringKeyedWritersWrote() throws IOException {
    // score, unanchored: the anchoring fields are written as null, as they always were
    assertThat(text(Manifest.toJson(new ScoreResult("2020-03", 12, "isotonic", null, null, null, null, null, 0.25,
        0.0625)))).isEqualTo(text(formerScore("2020-03", 12, "isotonic", null, null, null, null, null, 0.25, 0.0625)))
        .contains("\"anchoring_offset\" : null");
    assertThat(text(Manifest.toJson(new ScoreResult("2020-03", 12, "platt", 0.0125, 1.1, 40L, 3200L, -0.3, 0.25,
        0.0625)))).isEqualTo(text(formerScore("2020-03", 12, "platt", 0.0125, 1.1, 40L, 3200L, -0.3, 0.25, 0.0625)));

    // panel over every month: period null, written
    ObjectNode formerPanel = JsonNodeFactory.instance.objectNode();
    formerPanel.put("start", "2015-01").put("end", "2019-12").put("labels_known_until", "2019-12")
        .put("period", (String) null).put("sources", "cotisations,debits");
    formerPanel.put("rows", 10L).put("rows_entreprise", 4L).put("rows_bilans", 0L);
    assertThat(text(Manifest.toJson(new PanelResult("2015-01", "2019-12", "2019-12", null, "cotisations,debits", 10,
        4, 0)))).isEqualTo(text(formerPanel));

    // extraction's three shapes, as Ingest put them
    assertThat(text(Manifest.toJson(Extraction.asOf(YearMonth.of(2018, 3)))))
        .isEqualTo(text(JsonNodeFactory.instance.objectNode().put("month", "2018-03").put("from", "input.as-of")));
    assertThat(text(Manifest.toJson(Extraction.derived(YearMonth.of(2018, 4), "debits", "dt_trt_ecn",
        YearMonth.of(2099, 12))))).isEqualTo(text(JsonNodeFactory.instance.objectNode().put("month", "2018-04")
            .put("from", "debits.dt_trt_ecn (the bulk of its dates)").put("latest_date_seen", "2099-12")));
    assertThat(text(Manifest.toJson(Extraction.none()))).isEqualTo(text(JsonNodeFactory.instance.objectNode()
        .put("from", "nothing: no dated débit or cotisation, and no input.as-of")));
    assertThat(Extraction.none().yearMonth()).isNull();

    // ingest: started, then failed (with its error) or completed by the recovery
    IngestRun started = IngestRun.started("/data/in");
    assertThat(Manifest.toJson(started).fieldNames()).toIterable().containsExactly("status", "started", "input");
    IngestRun failed = started.ended("Cannot read debits: no Dt_trt_ecn column");
    assertThat(Manifest.toJson(failed).fieldNames()).toIterable()
        .containsExactly("status", "started", "input", "finished", "error");
    assertThat(failed.status()).isEqualTo("failed");
    assertThat(failed.started()).isEqualTo(started.started());
    IngestRun succeeded = started.ended(null);
    assertThat(Manifest.toJson(succeeded).fieldNames()).toIterable()
        .containsExactly("status", "started", "input", "finished");
    assertThat(succeeded.succeeded()).isTrue();
    IngestRun recovered = started.recovered();
    assertThat(Manifest.toJson(recovered).fieldNames()).toIterable()
        .containsExactly("status", "started", "input", "finished", "completed_by_recovery");
    assertThat(Manifest.toJson(recovered).get("completed_by_recovery").asBoolean()).isTrue();
  }

  @Test
  void anOlderManifestStillReads() throws IOException {
    // train and score as the 8a2cee0 jar wrote them (bench/work/0.1, before anchoring), with a field
    // this version does not know
    JsonNode old = Manifest.JSON.readTree("""
        {"train" : {"train_first" : "2015-04", "train_last" : "2016-06", "test_first" : "2018-01",
            "test_last" : "2018-06", "aucpr" : 0.16477208380276076, "aucpr_baseline" : 0.14883041570276878,
            "calibration" : "platt", "brier_raw" : 0.01756027328454116, "brier_calibrated" : 0.01600355807856748,
            "features" : 117, "negative_sample_rate" : 1.0},
         "score" : {"periode" : "2019-12", "rows" : 7256, "calibration" : "platt",
            "threshold_rouge" : 0.2020020170870278, "threshold_orange" : 0.07180284807534039, "checksum": "abc"}}
        """);
    TrainResult train = Manifest.read(old, TrainResult.class).orElseThrow();
    assertThat(train.anchoring()).as("no anchoring before it existed").isFalse();
    assertThat(train.aucpr()).isEqualTo(0.16477208380276076);
    assertThat(train.features()).isEqualTo(117);
    ScoreResult score = Manifest.read(old, ScoreResult.class).orElseThrow();
    assertThat(score.rows()).isEqualTo(7256);
    assertThat(score.anchoringTarget()).isNull();
    assertThat(score.anchoringOpenings()).isNull();
    assertThat(Manifest.read(old, ReportResult.class)).as("report never ran").isEmpty();
  }

  @Test
  void aFieldOfTheWrongTypeFailsNamingTheSection() throws IOException {
    JsonNode bad = Manifest.JSON.readTree("{\"panel\": {\"rows\": \"beaucoup\"}}");
    assertThatThrownBy(() -> Manifest.read(bad, PanelResult.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("panel")
        .hasMessageContaining("rows");
  }

  @Test
  void aClassThatIsNoSectionIsRefused() {
    assertThatThrownBy(() -> Manifest.sectionName(String.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  private static String text(JsonNode node) throws IOException {
    return Manifest.JSON.writeValueAsString(node);
  }
}
