package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's contract with Airflow: usage, and one exit code per kind of failure. */
class VigieCommandTest {

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Vigie.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample", "ingest", "panel", "train", "score", "report", "run"})
  void everySubcommandPrintsItsUsage(String subcommand) {
    Result result = run(subcommand, "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Usage: vigie " + subcommand).contains("--input").contains("--output")
        .contains("--config").contains("--set").contains("--period");
  }

  @Test
  void topLevelHelpListsTheSubcommands() {
    Result result = run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("sample", "ingest", "panel", "train", "score", "report", "run");
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void aMissingInputRootExitsWithThreeNamingThePath() {
    Result result = run("ingest", "--input", "/does/not/exist", "--output", "/tmp/vigie-never-written");
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("/does/not/exist");
  }

  @Test
  void aFailedRunSaysSoInTheManifest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path output) throws Exception {
    fr.vigie.spark.TestSpark.session();
    Result result = run("train", "--input", output.toString(), "--output", output.toString());
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("Cannot train").contains("panel does not exist (run vigie panel first)");
    com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(output.resolve("_manifest.json").toFile());
    assertThat(manifest.at("/last_run/status").asText()).isEqualTo("failed");
    assertThat(manifest.at("/last_run/exit_code").asInt()).isEqualTo(3);
    assertThat(manifest.at("/last_run/error").asText()).contains("Cannot train");
  }

  @Test
  void aSparkFailureIsRecordedAndReplacesThePreviousRunsSuccess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path output)
      throws Exception {
    fr.vigie.spark.TestSpark.session();
    java.nio.file.Files.writeString(output.resolve("_manifest.json"), "{\"last_run\": {\"command\": \"ingest\","
        + " \"status\": \"succeeded\", \"exit_code\": 0, \"started\": \"2020-01-01T00:00:00Z\","
        + " \"finished\": \"2020-01-01T01:00:00Z\"}}");
    java.nio.file.Path debits = java.nio.file.Files.createDirectories(output.resolve("sources/debits"));
    java.nio.file.Files.writeString(debits.resolve("part-00000.parquet"), "not parquet: a damaged copy");
    Result result = run("panel", "--input", output.toString(), "--output", output.toString());
    assertThat(result.code()).as(result.err()).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode lastRun = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(output.resolve("_manifest.json").toFile()).get("last_run");
    assertThat(lastRun.get("command").asText()).isEqualTo("panel");
    assertThat(lastRun.get("status").asText()).isEqualTo("failed");
    assertThat(lastRun.get("exit_code").asInt()).isEqualTo(1);
    assertThat(lastRun.get("started").asText()).isGreaterThan("2020-01-01T01:00:00Z");
    assertThat(lastRun.get("finished").asText()).isGreaterThanOrEqualTo(lastRun.get("started").asText());
    assertThat(output.resolve(fr.vigie.job.OutputLock.FILE)).as("the lock is released on failure").doesNotExist();
  }

  @Test
  void aSecondWriterExitsWithFourNamingTheHolderAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
      throws Exception {
    java.nio.file.Path input = java.nio.file.Files.createDirectories(root.resolve("input"));
    java.nio.file.Path output = root.resolve("output");
    try (fr.vigie.job.OutputLock held = fr.vigie.job.OutputLock.acquire(output.toString(),
        new org.apache.hadoop.conf.Configuration(), "run", java.time.Duration.ofMinutes(10))) {
      Result result = run("ingest", "--input", input.toString(), "--output", output.toString());
      assertThat(result.code()).as(result.err()).isEqualTo(4);
      assertThat(result.err()).contains("locked by vigie run (process " + ProcessHandle.current().pid());
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(output)) {
        assertThat(files.map(p -> p.getFileName().toString())).as("nothing but the holder's lock")
            .containsExactly(fr.vigie.job.OutputLock.FILE);
      }
    }
  }

  @Test
  void aBadSetKeyExitsWithTwoNamingTheKey() {
    Result result = run("ingest", "--input", "/tmp", "--set", "panel.nosuchkey=3");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("panel.nosuchkey");
  }

  @Test
  void aBadPeriodIsAUsageError() {
    Result result = run("panel", "--period", "2019-13");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("2019-13");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("ingest", "--inptu", "x").code()).isEqualTo(2);
  }
}
