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
