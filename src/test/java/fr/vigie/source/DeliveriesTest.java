package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.copy;
import static fr.vigie.source.ReaderHarness.fixture;
import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.cli.Vigie;
import fr.vigie.job.Extraction;
import fr.vigie.job.IngestRun;
import fr.vigie.job.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie ingest} on real deliveries as an operator meets them (issue 17): folders inside source
 * folders, files whose name starts with '_', damaged files that must stop the run naming the file,
 * a date in 2099, a delivery that fails half way.
 */
class DeliveriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private record Result(int code, String err) {}

  static Result vigie(String... args) {
    ReaderHarness.SPARK.sparkContext(); // the shared session, used by the command
    StringWriter err = new StringWriter();
    CommandLine cmd = Vigie.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    return new Result(cmd.execute(args), err.toString());
  }

  private JsonNode manifest(Path output) throws IOException {
    return JSON.readTree(output.resolve("_manifest.json").toFile());
  }

  private Result ingest(Path input, Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", "--input", input.toString(), "--output", output.toString()));
    args.addAll(Arrays.asList(more));
    return vigie(args.toArray(String[]::new));
  }

  /** The field of every object of an array, or the array's texts when field is null. */
  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode n : array) values.add(field == null ? n.asText() : n.get(field).asText());
    return values;
  }

  @Test
  void nestedFoldersAndUnderscoreFilesAreReadAndEveryFileNotReadIsListedWithItsReason() throws IOException {
    Path input = dir.resolve("input");
    copy(input.resolve("comptes"), "comptes.csv");
    // a Spark-style export: the "file" is a folder of parts, with its job marker (and an editor's lock file)
    Path export = input.resolve("ccsf/sigfaible_ccsf.csv");
    copy(export, "ccsf.csv");
    Files.move(export.resolve("ccsf.csv"), export.resolve("part-00000.csv"));
    write(export, "_SUCCESS", "", StandardCharsets.UTF_8, false);
    write(export, ".~lock.part-00000.csv#", "an editor's lock", StandardCharsets.UTF_8, false);
    write(export, "part-00001.csv", "", StandardCharsets.UTF_8, false); // an empty partition
    copy(input.resolve("cotisations"), "cotisations.csv");
    write(input.resolve("cotisations"), "_rattrapage.csv", fixture("cotisations_siret.csv"), StandardCharsets.UTF_8,
        false);
    write(input.resolve("debits"), "_SUCCESS", "", StandardCharsets.UTF_8, false); // nothing to read
    write(input.resolve("diane"), "Diane.txt", "\uFEFF\"Numéro Siren\";\"Date de clôture 2017\";\"Charges fin. kEUR 2017\";"
        + "\"Variation de stock kEUR 2017\"\n\"123456789\";\"31/12/2017\";\"12,5\";\"3\"\n", StandardCharsets.UTF_16LE, false);

    Path output = dir.resolve("output");
    Result result = ingest(input, output);
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode sources = manifest(output).get("sources");
    JsonNode ccsf = sources.get("ccsf");
    assertThat(ccsf.get("delivered").asBoolean()).as("a folder inside the source folder is a delivery").isTrue();
    assertThat(texts(ccsf.get("files"), "file")).singleElement().asString().endsWith("sigfaible_ccsf.csv/part-00000.csv");
    assertThat(ccsf.get("lines_read").asLong()).isPositive();
    List<String> notRead = new ArrayList<>();
    for (JsonNode n : ccsf.get("files_not_read")) {
      notRead.add(Path.of(n.get("file").asText().replace("file:", "")).getFileName() + ": " + n.get("reason").asText());
    }
    assertThat(notRead).containsExactly(
        ".~lock.part-00000.csv#: hidden file",
        "_SUCCESS: job marker of a Spark or Hadoop export",
        "part-00001.csv: empty file (0 bytes)");
    assertThat(texts(sources.get("cotisations").get("files"), "file"))
        .as("_rattrapage.csv is a delivery like any other").anyMatch(f -> f.endsWith("/_rattrapage.csv")).hasSize(2);
    JsonNode debits = sources.get("debits");
    assertThat(debits.get("delivered").asBoolean()).as("nothing to read: not delivered, but not silent").isFalse();
    assertThat(texts(sources.at("/diane/files/0/column_warnings"), null))
        .as("a Diane column with a year that names no item").containsExactly("unknown_column:Variation de stock kEUR");
    assertThat(texts(debits.get("files_not_read"), "reason")).containsExactly("job marker of a Spark or Hadoop export");
  }

  @Test
  void aTruncatedGzipExitsWithThreeNamingTheFile() throws IOException {
    Path input = dir.resolve("input");
    StringBuilder lines = new StringBuilder("Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due\n");
    for (int i = 0; i < 20_000; i++) lines.append("117;21;21700000000000000").append(i % 10).append(";1811;1;1;").append(i).append('\n');
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = gz.toByteArray();
    Files.createDirectories(input.resolve("cotisations"));
    Files.write(input.resolve("cotisations/cotis.csv.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3)); // a cut copy
    Result result = ingest(input, dir.resolve("output"));
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("cotis.csv.gz").contains("gzip");
  }

  @Test
  void aGzSuffixOnAPlainFileExitsWithThreeNamingTheFile() {
    Path input = dir.resolve("input");
    write(input.resolve("cotisations"), "cotis.csv.gz", fixture("cotisations.csv"), StandardCharsets.UTF_8, false);
    Result result = ingest(input, dir.resolve("output"));
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("cotis.csv.gz");
  }

  @Test
  void anUnreadableFileExitsWithThreeNamingTheFile() {
    ReaderHarness.SPARK.sparkContext().hadoopConfiguration()
        .set("fs." + LockedFileSystem.SCHEME + ".impl", LockedFileSystem.class.getName());
    Path input = dir.resolve("input");
    copy(input.resolve("cotisations"), "cotisations.csv");
    write(input.resolve("debits"), "debits_locked.csv", fixture("debits.csv"), StandardCharsets.UTF_8, false);
    Result result = ingest(Path.of(LockedFileSystem.SCHEME + "://" + input), dir.resolve("output"),
        "--set", "spark.conf.spark.hadoop.fs." + LockedFileSystem.SCHEME + ".impl=" + LockedFileSystem.class.getName());
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("debits_locked.csv").contains("Permission denied");
  }

  @Test
  void aMonthColumnTwiceInAnEffectifHeaderExitsWithThreeNamingTheFileAndTheColumns() {
    Path input = dir.resolve("input");
    write(input.resolve("effectif"), "eff.csv", "siret;eff201811;eff201812;EFF201811\n12345678900011;3;4;5\n",
        StandardCharsets.UTF_8, false);
    Result result = ingest(input, dir.resolve("output"));
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("eff.csv").contains("'eff201811' (column 2)").contains("'EFF201811' (column 4)");
  }

  @Test
  void aPeriodeColumnTwiceExitsWithThreeNamingTheFileAndTheColumn() {
    Path input = dir.resolve("input");
    write(input.resolve("cotisations"), "cotis.csv",
        "Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due;Periode\n117;21;1;1811;3;0;3;1812\n",
        StandardCharsets.UTF_8, false);
    Result result = ingest(input, dir.resolve("output"));
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("cotis.csv").contains("'periode' twice (columns 4 and 8)");
  }

  @Test
  void aDateIn2099IsQuarantinedAndMovesNeitherTheCalendarNorTheLabels() throws IOException {
    Path input = dir.resolve("input");
    for (String source : List.of("comptes", "cotisations", "effectif", "procols", "sirene", "sirene_ul")) {
      copy(input.resolve(source), source + ".csv");
    }
    write(input.resolve("debits"), "debits.csv", fixture("debits.csv")
        + "117;21;217000000000000001;123456789;20100101;1;0;201811;101;4;1991231;0;0;2;2;N\n",
        StandardCharsets.UTF_8, false);
    Path output = dir.resolve("output");
    Result result = ingest(input, output);
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode manifest = manifest(output);
    assertThat(manifest.at("/extraction/month").asText()).as("the bulk of Dt_trt_ecn").isEqualTo("2018-04");
    assertThat(manifest.at("/extraction/latest_date_seen").asText()).isEqualTo("2099-12");
    assertThat(Manifest.read(manifest, Extraction.class)).contains(
        Extraction.derived(YearMonth.of(2018, 4), "debits", "dt_trt_ecn", YearMonth.of(2099, 12)));
    JsonNode debits = manifest.get("sources").get("debits").get("files").get(0);
    assertThat(debits.at("/quarantined_by_reason/after_extraction").asLong()).isEqualTo(1);
    assertThat(debits.get("lines_read").asLong()).isEqualTo(debits.get("lines_accepted").asLong()
        + debits.get("lines_quarantined").asLong());
    assertThat(debits.get("lines_duplicate").asLong()).as("lines 3 and 4 are the same line").isEqualTo(1);

    Result panel = vigie("panel", "--input", input.toString(), "--output", output.toString());
    assertThat(panel.code()).as(panel.err()).isZero();
    JsonNode calendar = manifest(output).get("panel");
    assertThat(calendar.get("end").asText()).as("the calendar ends at the extraction month").isEqualTo("2018-04");
    assertThat(calendar.get("labels_known_until").asText()).isEqualTo("2018-04");

    Result asOf = ingest(input, output, "--as-of", "2018-03");
    assertThat(asOf.code()).as(asOf.err()).isZero();
    assertThat(manifest(output).at("/extraction/from").asText()).isEqualTo("input.as-of");
    assertThat(Manifest.read(manifest(output), Extraction.class)).contains(Extraction.asOf(YearMonth.of(2018, 3)));
    assertThat(manifest(output).at("/sources/debits/files/0/quarantined_by_reason/after_extraction").asLong())
        .as("--as-of 2018-03: the April 2018 operation and the 2099 one").isEqualTo(2);
  }

  @Test
  void aFailedIngestLeavesThePreviousDeliveryWholeAndPanelRefusesIt() throws IOException {
    Path first = dir.resolve("first");
    for (String source : List.of("comptes", "cotisations", "debits", "effectif")) copy(first.resolve(source), source + ".csv");
    Path output = dir.resolve("output");
    assertThat(ingest(first, output).code()).isZero();
    JsonNode before = manifest(output).get("sources");
    long cotisations = ReaderHarness.SPARK.read().parquet(output.resolve("sources/cotisations").toString()).count();

    Path second = dir.resolve("second");
    copy(second.resolve("comptes"), "comptes.csv");
    write(second.resolve("cotisations"), "cotis.csv", "Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due\n"
        + "117;21;217000000000000001;1811;1;1;10\n", StandardCharsets.UTF_8, false);
    write(second.resolve("debits"), "debits.csv", "Urssaf_gestion;Dep;num_cpte;Periode\n117;21;1;201811\n",
        StandardCharsets.UTF_8, false); // no Dt_trt_ecn...: exit 3 once comptes and cotisations are written
    Result failed = ingest(second, output);
    assertThat(failed.code()).as(failed.err()).isEqualTo(3);

    assertThat(ReaderHarness.SPARK.read().parquet(output.resolve("sources/cotisations").toString()).count())
        .as("the first delivery's cotisations, not the second's one line").isEqualTo(cotisations);
    JsonNode manifest = manifest(output);
    assertThat(manifest.get("sources")).as("the manifest still describes the delivery in place").isEqualTo(before);
    assertThat(manifest.at("/ingest/status").asText()).isEqualTo("failed");
    IngestRun failedRun = Manifest.read(manifest, IngestRun.class).orElseThrow();
    assertThat(failedRun.status()).isEqualTo(IngestRun.FAILED);
    assertThat(failedRun.succeeded()).isFalse();
    assertThat(failedRun.input()).endsWith("second");
    assertThat(failedRun.error()).isNotBlank();
    assertThat(failedRun.finished()).isGreaterThanOrEqualTo(failedRun.started());
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no staging folder left")
          .noneMatch(n -> n.startsWith("._ingest-"));
    }

    Result panel = vigie("panel", "--input", second.toString(), "--output", output.toString());
    assertThat(panel.code()).as(panel.err()).isEqualTo(3);
    assertThat(panel.err()).contains("last ingest into " + output).contains("did not succeed").contains("failed");

    assertThat(ingest(first, output).code()).isZero();
    assertThat(manifest(output).at("/ingest/status").asText()).isEqualTo("succeeded");
  }
}
