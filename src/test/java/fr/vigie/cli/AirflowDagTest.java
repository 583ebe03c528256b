package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Airflow DAG scripts/airflow/vigie_monthly.py, without Airflow: the Python harness
 * scripts/airflow/test_vigie_monthly.py loads it over stand-in modules and prints, per task, the
 * rendered spark-submit arguments and the dependencies. Each argument list must be one vigie's own
 * command line accepts, for the intended subcommand and month. Needs python3 (skipped without it).
 */
class AirflowDagTest {
  private static final Path HARNESS = Path.of("scripts/airflow/test_vigie_monthly.py");
  private static final List<String> SPARK_TASKS = List.of("ingest", "panel", "panel_full", "train", "score", "report");

  static JsonNode dag(String... options) throws IOException, InterruptedException {
    assumeTrue(python3Runs(), "python3 is not installed");
    List<String> command = new ArrayList<>(List.of("python3", HARNESS.toString()));
    command.addAll(List.of(options));
    Path out = Files.createTempFile("vigie-dag", ".json");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("harness finished").isTrue();
    assertThat(p.exitValue()).as("harness exit code; stderr:\n" + err).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    Files.delete(out);
    return json;
  }

  private static boolean python3Runs() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static List<String> args(JsonNode task) {
    List<String> args = new ArrayList<>();
    task.get("application_args").forEach(a -> args.add(a.asText()));
    return args;
  }

  static List<String> list(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void everySparkTaskRunsACommandLineVigieAccepts() throws Exception {
    JsonNode tasks = dag("--end", "2024-03-25", "--var", "vigie_input=s3a://bucket/in",
        "--var", "vigie_output=hdfs:///vigie/out", "--var", "vigie_jar=/opt/vigie/job.jar").get("tasks");
    for (String id : SPARK_TASKS) {
      JsonNode task = tasks.get(id);
      assertThat(task).as(id).isNotNull();
      assertThat(task.get("operator").asText()).as(id).isEqualTo("SparkSubmitOperator");
      assertThat(task.get("java_class").asText()).as(id).isEqualTo(Vigie.class.getName());
      assertThat(task.get("application").asText()).as(id).isEqualTo("/opt/vigie/job.jar");
      assertThat(task.get("conn_id").asText()).as(id).isEqualTo("spark_vigie");
      assertThat(task.get("conf").get("spark.driver.extraJavaOptions").asText()).as(id)
          .contains("-XX:ReservedCodeCacheSize=512m");
      assertThat(task.get("conf").get("spark.executor.extraJavaOptions").asText()).as(id)
          .contains("-XX:ReservedCodeCacheSize=512m");
      assertThat(task.get("retries").asInt()).as(id).isPositive();
      assertThat(task.get("retry_delay_seconds").asDouble()).as(id).isPositive();

      List<String> args = args(task);
      CommandLine.ParseResult parsed = Vigie.commandLine().parseArgs(args.toArray(String[]::new));
      assertThat(parsed.hasSubcommand()).as(id + ": " + args).isTrue();
      CommandLine.ParseResult sub = parsed.subcommand();
      String expected = id.equals("panel_full") ? "panel" : id;
      assertThat(sub.commandSpec().name()).as(id + ": " + args).isEqualTo(expected);
      assertThat(sub.unmatched()).as(id + ": " + args).isEmpty();
      assertThat((String) sub.matchedOptionValue("--input", null)).as(id).isEqualTo("s3a://bucket/in");
      assertThat((String) sub.matchedOptionValue("--output", null)).as(id).isEqualTo("hdfs:///vigie/out");
      YearMonth period = sub.matchedOptionValue("--period", null);
      if (List.of("panel", "score", "report").contains(id)) {
        // the run of 25 March (data interval 25 Feb .. 25 Mar) processes March
        assertThat(period).as(id + ": --period, a valid yyyy-MM").isEqualTo(YearMonth.of(2024, 3));
      } else {
        // ingest reads all that is delivered; panel_full and train use every month
        assertThat(period).as(id + ": no --period").isNull();
      }
    }
  }

  @Test
  void stepsRunInOrderAndScoreRunsWhetherOrNotTrainingDoes() throws Exception {
    JsonNode tasks = dag("--end", "2024-03-25").get("tasks");
    assertThat(list(tasks.get("ingest").get("upstream"))).isEmpty();
    assertThat(list(tasks.get("panel").get("upstream"))).containsExactly("ingest");
    assertThat(list(tasks.get("is_training_month").get("upstream"))).containsExactly("panel");
    assertThat(list(tasks.get("panel_full").get("upstream"))).containsExactly("is_training_month");
    assertThat(list(tasks.get("train").get("upstream"))).containsExactly("panel_full");
    assertThat(list(tasks.get("score").get("upstream"))).containsExactlyInAnyOrder("panel", "train");
    assertThat(list(tasks.get("report").get("upstream"))).containsExactly("score");
    assertThat(list(tasks.get("report").get("downstream"))).isEmpty();
    // a skipped train must not skip score: the short circuit only skips its direct downstream, and
    // score runs when none of its upstreams failed and one succeeded
    assertThat(tasks.get("is_training_month").get("ignore_downstream_trigger_rules").asBoolean()).isFalse();
    assertThat(tasks.get("score").get("trigger_rule").asText()).isEqualTo("none_failed_min_one_success");
  }

  @Test
  void trainsQuarterlyUnlessTheVariableOrTheRunSaysOtherwise() throws Exception {
    assertThat(training("--end", "2024-01-25")).as("January").isTrue();
    assertThat(training("--end", "2024-03-25")).as("March").isFalse();
    assertThat(training("--end", "2024-04-25")).as("April").isTrue();
    assertThat(training("--end", "2024-03-25", "--var", "vigie_train_months=3,9")).as("Variable").isTrue();
    assertThat(training("--end", "2024-03-25", "--conf-train")).as("dag_run.conf train").isTrue();
  }

  @Test
  void runsDocumentTheirMonth() throws Exception {
    JsonNode dag = dag("--end", "2024-12-25");
    assertThat(dag.get("has_doc_md").asBoolean()).isTrue();
    assertThat(dag.get("schedule").asText()).isEqualTo("0 6 25 * *");
    assertThat(dag.get("tasks").get("score").get("name").asText()).isEqualTo("vigie-score-2024-12");
    assertThat(args(dag.get("tasks").get("report"))).containsSequence("--period", "2024-12");
  }

  private static boolean training(String... options) throws Exception {
    return dag(options).get("tasks").get("is_training_month").get("result").asBoolean();
  }
}
