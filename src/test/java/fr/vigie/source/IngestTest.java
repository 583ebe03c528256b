package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.copy;
import static fr.vigie.source.ReaderHarness.fixture;
import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.cli.Vigie;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie ingest} on an input root holding every fixture, through the command line. */
class IngestTest {
  @TempDir
  Path dir;

  private record Result(int code, String err) {}

  private static Result vigie(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cmd = Vigie.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    return new Result(cmd.execute(args), err.toString());
  }

  private Path inputRoot() {
    Path input = dir.resolve("input");
    for (String source : List.of("comptes", "debits", "effectif", "effectif_entreprise", "delais", "ccsf", "procols",
        "ap_demandes", "ap_consommations", "sirene", "sirene_ul", "procols_region")) {
      copy(input.resolve(source), source + ".csv");
    }
    copy(input.resolve("cotisations"), "cotisations.csv");
    copy(input.resolve("cotisations"), "cotisations_siret.csv");
    write(input.resolve("diane"), "Diane_2017.txt", "\uFEFF" + fixture("diane.txt"), StandardCharsets.UTF_16LE, false);
    write(input.resolve("auto_entrepreneurs"), "ae.csv.gz", fixture("auto_entrepreneurs.csv"), StandardCharsets.UTF_8,
        true);
    return input; // no bdf folder: not delivered
  }

  @Test
  void writesEverySourceAndQuarantineWithCountsThatAddUp() throws IOException {
    Path output = dir.resolve("output");
    Result result = vigie("ingest", "--input", inputRoot().toString(), "--output", output.toString());
    assertThat(result.code()).as(result.err()).isZero();

    JsonNode manifest = new ObjectMapper().readTree(output.resolve("_manifest.json").toFile());
    JsonNode sources = manifest.get("sources");
    assertThat(sources.get("bdf").get("delivered").asBoolean()).as("absent folder = not delivered").isFalse();
    for (String source : List.of("comptes", "cotisations", "debits", "effectif", "effectif_entreprise", "delais",
        "ccsf", "procols", "ap_demandes", "ap_consommations", "sirene", "sirene_ul", "diane", "procols_region",
        "auto_entrepreneurs")) {
      JsonNode entry = sources.get(source);
      assertThat(entry.get("delivered").asBoolean()).as(source).isTrue();
      for (JsonNode file : entry.get("files")) {
        long reasons = 0;
        for (JsonNode n : file.get("quarantined_by_reason")) reasons += n.asLong();
        assertThat(file.get("lines_read").asLong()).as(source + ": read = accepted + quarantined")
            .isEqualTo(file.get("lines_accepted").asLong() + file.get("lines_quarantined").asLong());
        assertThat(reasons).as(source + ": quarantine by reason adds up").isEqualTo(file.get("lines_quarantined").asLong());
        assertThat(file.get("bytes").asLong()).isPositive();
      }
    }
    JsonNode debits = sources.get("debits").get("files").get(0);
    assertThat(debits.get("lines_read").asLong()).isEqualTo(10);
    assertThat(debits.get("quarantined_by_reason").get("wrong_field_count").asLong()).isEqualTo(1);
    assertThat(sources.get("cotisations").get("files")).as("two delivered files").hasSize(2);
    assertThat(sources.get("cotisations").get("lines_read").asLong()).isEqualTo(12);
    assertThat(manifest.get("configuration").get("labels").get("horizon-months").asInt()).isEqualTo(18);

    Dataset<Row> rows = ReaderHarness.SPARK.read().parquet(output.resolve("sources/debits").toString());
    assertThat(rows.count()).isEqualTo(5);
    Dataset<Row> quarantined = ReaderHarness.SPARK.read().parquet(output.resolve("quarantine/debits").toString());
    assertThat(quarantined.columns()).containsExactly("file", "line", "raw", "reason");
    assertThat(quarantined.count()).isEqualTo(5);
    assertThat(ReaderHarness.SPARK.read().parquet(output.resolve("sources/effectif").toString()).count()).isEqualTo(7);
    assertThat(ReaderHarness.SPARK.read().parquet(output.resolve("sources/diane").toString()).count()).isEqualTo(3);
    assertThat(output.resolve("_effective_config.yaml")).exists();
  }

  @Test
  void aMissingRequiredColumnExitsWithThreeNamingTheFileAndTheColumn() {
    Path input = dir.resolve("input");
    write(input.resolve("cotisations"), "cotis.csv", "Urssaf_gestion;Dep;Compte;periode;mer\n117;21;1;1811;3\n",
        StandardCharsets.UTF_8, false);
    Result result = vigie("ingest", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("cotis.csv").contains("'cotis_due'");
  }

  @Test
  void anEmptyHeaderExitsWithThree() {
    Path input = dir.resolve("input");
    write(input.resolve("procols"), "pcoll.csv", "\nx;y\n", StandardCharsets.UTF_8, false);
    Result result = vigie("ingest", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("pcoll.csv").contains("empty header");
  }

  @Test
  void anEffectifColumnThatIsNotAMonthExitsWithThree() throws IOException {
    Path input = dir.resolve("input");
    write(input.resolve("effectif"), "eff.csv", "siret;eff201814\n12345678900011;3\n", StandardCharsets.UTF_8, false);
    Result result = vigie("ingest", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("eff.csv").contains("eff201814");
    assertThat(Files.exists(dir.resolve("out/sources/effectif"))).isFalse();
  }
}
