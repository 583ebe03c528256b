package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SampleConfig;
import fr.vigie.config.SourceName;
import fr.vigie.job.Job;
import fr.vigie.source.Ingest;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small sample, read back by the real ingest: every source folder is written and delivered, and
 * the quarantine holds exactly the lines planted on purpose (_truth/planted.json), by source and
 * reason.
 */
@Tag("e2e")
class SampleRoundTripTest {
  private final SparkSession spark = TestSpark.session();

  @TempDir
  Path dir;

  @Test
  void ingestQuarantinesExactlyThePlantedLines() throws IOException {
    Path sample = dir.resolve("sample");
    // 2019-01 .. 2021-06 holds the crisis; a high corruption rate so that every compte file has some
    SampleConfig conf = new SampleConfig(300, 30, YearMonth.of(2019, 1), 5, 0.01, 0.01, 0.015);
    SampleGenerator.Result result = SampleGenerator.generate(spark, conf, sample.toString());
    assertThat(result.establishments()).isEqualTo(300);

    for (SourceName source : SourceName.values()) {
      assertThat(sample.resolve(source.folder())).as(source.folder()).isDirectoryContaining(p -> true);
    }
    assertThat(sample.resolve("_truth/probabilites")).isDirectory();
    JsonNode model = new ObjectMapper().readTree(sample.resolve("_truth/model.json").toFile());
    assertThat(model.get("complete").asBoolean()).isTrue();
    double base = model.get("calibration").get("base_rate_18m_mean_probability_10plus").asDouble();
    assertThat(base).as("18-month base rate among 10+ companies (README: 1.5-4 %)").isBetween(0.01, 0.05);

    Path output = dir.resolve("output");
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of(),
        Map.of("input.root", sample.toString(), "output.root", output.toString()));
    try (Job job = new Job(loaded, null, spark)) {
      Ingest.run(job);
    }
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("_manifest.json").toFile());
    JsonNode planted = new ObjectMapper().readTree(sample.resolve("_truth/planted.json").toFile());
    assertThat(planted.get("total").asLong()).as("something was planted").isPositive();
    for (SourceName source : SourceName.values()) {
      JsonNode entry = manifest.get("sources").get(source.folder());
      assertThat(entry.get("delivered").asBoolean()).as(source.folder() + " delivered").isTrue();
      assertThat(entry.get("lines_accepted").asLong()).as(source.folder() + " accepted lines").isPositive();
      Map<String, Long> quarantined = new TreeMap<>();
      for (JsonNode file : entry.get("files")) {
        Iterator<Map.Entry<String, JsonNode>> reasons = file.get("quarantined_by_reason").fields();
        while (reasons.hasNext()) {
          Map.Entry<String, JsonNode> r = reasons.next();
          quarantined.merge(r.getKey(), r.getValue().asLong(), Long::sum);
        }
      }
      Map<String, Long> expected = new TreeMap<>();
      planted.get("sources").get(source.folder()).get("by_reason").fields()
          .forEachRemaining(r -> expected.put(r.getKey(), r.getValue().asLong()));
      assertThat(quarantined).as(source.folder() + ": quarantine by reason = planted").isEqualTo(expected);
    }
    assertThat(planted.get("sources").get("debits").get("total").asLong()).isPositive();

    List<Row> truth = spark.read().parquet(sample.resolve("_truth/probabilites").toString())
        .where("probabilite IS NOT NULL AND (probabilite < 0 OR probabilite > 1)").collectAsList();
    assertThat(truth).as("probabilities in [0, 1]").isEmpty();
    assertThat(Files.list(sample.resolve("_truth")).map(p -> p.getFileName().toString()))
        .contains("model.json", "planted.json", "probabilites");
  }
}
