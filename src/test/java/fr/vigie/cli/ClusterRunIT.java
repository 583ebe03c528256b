package fr.vigie.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.model.Metrics;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import fr.vigie.spark.TableDiff;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job jar on a real Spark standalone cluster (scripts/local-cluster.sh: one master, two
 * workers with one core each, on loopback), submitted through scripts/spark-submit.sh as in
 * production, then the same run in local mode: both succeed, with the same panels, and scores and
 * metrics over the same rows.
 *
 * <p>Proof that the executors did the work, from Spark's own event log of the cluster run: the
 * application has a standalone id ({@code app-...}, a local run's is {@code local-...}), two
 * executors other than {@code driver} were added, every finished task ran on one of them (none on
 * the driver), and each ran some. The workers' work folders hold the executors' logs.
 *
 * <p>An integration test (Failsafe, {@code mvn verify}): it needs the job jar and target/lib that
 * {@code package} writes. Sample: 1,500 establishments over 2015-01 .. 2019-12 (labels known up to
 * 2018-06, test months 2018-01 .. 2018-06), a small model as in {@link RunOnSampleTest}.
 */
@Tag("e2e")
class ClusterRunIT {
  private static final Path HOME = Path.of("").toAbsolutePath();
  /**
   * Only against a hang: a loaded 2-core machine can take several times the ~3 minutes a run takes
   * alone, and the job reports its own progress; each run's elapsed time is printed.
   */
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(40);
  /** A small model (as RunOnSampleTest's) and few shuffle partitions: two executors of one core each. */
  private static final String[] SETTINGS = {"--set", "model.validation-fraction=0.4", "--set", "model.gbt.max-iter=10",
      "--set", "model.gbt.max-depth=3", "--set", "model.logistic.max-iter=20", "--set", "spark.shuffle-partitions=4"};
  /** Short jobs: the C1 compiler alone starts faster (shared/notes/spark-here.md); the panel needs a larger code cache. */
  private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=512m";

  @TempDir static Path root;
  static Path clusterDir;
  static int masterPort;
  static String masterUrl;
  static final List<Long> daemonPids = new ArrayList<>();
  static int clusterExit = -1;
  static int localExit = -1;
  static List<JsonNode> events;

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    Path jar = HOME.resolve("target/vigie-0.1.0-SNAPSHOT-job.jar");
    assertThat(jar).as("the job jar: run mvn package (mvn verify does)").exists();
    assertThat(HOME.resolve("target/lib")).as("target/lib: run mvn package").isDirectory();
    clusterDir = root.resolve("cluster");
    try (ServerSocket socket = new ServerSocket(0)) {
      masterPort = socket.getLocalPort(); // free now; a clash with another program would fail the start, loudly
    }
    Runtime.getRuntime().addShutdownHook(new Thread(ClusterRunIT::stopQuietly)); // even if the JVM is stopped

    String sample = root.resolve("sample").toString();
    long t0 = System.nanoTime();
    vigie("sample", "--output", sample, "--establishments", "1500", "--months", "60", "--start", "2015-01",
        "--seed", "4");

    long t1 = System.nanoTime();
    Process start = script(root.resolve("cluster-start.log"), "scripts/local-cluster.sh", "start");
    assertThat(start.waitFor(3, TimeUnit.MINUTES)).as("local-cluster.sh start finished").isTrue();
    recordDaemonPids(); // before asserting: @AfterAll checks them even when the start failed half-way
    assertThat(start.exitValue()).as(log("cluster-start.log")).isZero();
    masterUrl = Files.readString(clusterDir.resolve("master-url")).strip();
    assertThat(masterUrl).isEqualTo("spark://127.0.0.1:" + masterPort);
    assertThat(daemonPids).as("master and two workers").hasSize(3);

    Files.createDirectories(root.resolve("events"));
    long t2 = System.nanoTime();
    clusterExit = submit("cluster.log", "--master", masterUrl, "--conf", "spark.executor.memory=1g",
        "--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=" + root.resolve("events").toUri(),
        // Spark 4 writes rolling, zstd-compressed event logs by default: one plain JSON-lines file is simpler to read
        "--conf", "spark.eventLog.rolling.enabled=false", "--conf", "spark.eventLog.compress=false",
        "--conf", "spark.executor.extraJavaOptions=" + JVM_OPTIONS,
        "run", "--input", sample, "--output", root.resolve("out-cluster").toString());
    long t3 = System.nanoTime();
    localExit = submit("local.log", "--master", "local[2]",
        "run", "--input", sample, "--output", root.resolve("out-local").toString());
    long t4 = System.nanoTime();
    System.err.printf("ClusterRunIT: sample %.0f s, cluster start %.0f s, run on the cluster %.0f s, local run %.0f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    events = readEventLog();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (clusterDir == null) return;
    Process stop = script(root.resolve("cluster-stop.log"), "scripts/local-cluster.sh", "stop");
    assertThat(stop.waitFor(2, TimeUnit.MINUTES)).as("local-cluster.sh stop finished").isTrue();
    assertThat(stop.exitValue()).as(log("cluster-stop.log")).isZero();
    // the daemons and every process of their groups (the executors the workers launched) are gone
    for (long pid : daemonPids) {
      assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("daemon pid %d", pid).isEmpty();
      assertThat(processesOfGroup(pid)).as("processes left in the group of %d", pid).isEmpty();
    }
    // stop again: a no-op
    Process again = script(root.resolve("cluster-stop-again.log"), "scripts/local-cluster.sh", "stop");
    assertThat(again.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(log("cluster-stop-again.log")).isZero();
  }

  @Test
  void bothRunsSucceed() {
    assertThat(clusterExit).as("cluster run, exit code; log:\n" + tail("cluster.log")).isZero();
    assertThat(localExit).as("local run, exit code; log:\n" + tail("local.log")).isZero();
  }

  @Test
  void executorsOnTheWorkersRanEveryTask() throws IOException {
    String appId = only("SparkListenerApplicationStart").get("App ID").asText();
    assertThat(appId).as("a standalone application id").startsWith("app-");

    Set<String> executors = new HashSet<>();
    for (JsonNode added : ofType("SparkListenerExecutorAdded")) executors.add(added.get("Executor ID").asText());
    assertThat(executors).as("executors added").hasSize(2).doesNotContain("driver");

    Map<String, Integer> tasksPerExecutor = new HashMap<>();
    List<JsonNode> ends = ofType("SparkListenerTaskEnd");
    for (JsonNode end : ends) tasksPerExecutor.merge(end.get("Task Info").get("Executor ID").asText(), 1, Integer::sum);
    assertThat(ends).as("finished tasks").hasSizeGreaterThan(100);
    assertThat(tasksPerExecutor.keySet()).as("executors that ran tasks: " + tasksPerExecutor)
        .containsExactlyInAnyOrderElementsOf(executors);
    assertThat(ends.stream().filter(e -> e.get("Task End Reason").get("Reason").asText().equals("Success")).count())
        .as("successful tasks").isPositive();

    // and each worker launched one executor for this application, whose log is in its work folder
    for (String worker : List.of("worker-1", "worker-2")) {
      Path app = clusterDir.resolve("work").resolve(worker).resolve(appId);
      try (Stream<Path> dirs = Files.list(app)) {
        List<Path> executorDirs = dirs.toList();
        assertThat(executorDirs).as(worker + " executors of " + appId).hasSize(1);
        assertThat(executorDirs.get(0).resolve("stderr")).as(worker).isNotEmptyFile();
      }
    }
  }

  @Test
  void panelsEqualTheLocalRunsRowForRow() {
    sameRows("panel", "siret");
    sameRows("panel_entreprise", "siren");
  }

  /**
   * Scores equal value for value: the panels are bit-identical (exact money, order-independent sums)
   * and the fit rows are laid out by model.fit-partitions (one), not by the session, so the trees,
   * their scores, alert levels and explanations are the same on the cluster and locally. (Before
   * exact money: 3 of ~300 scores apart, the panels' last bits moving a row across a split
   * threshold; with exact money and 16 fit partitions: 29 apart, MLlib merging split statistics in
   * the order the cluster's shuffle blocks arrived.)
   */
  @Test
  void scoresEqualTheLocalRunsValueForValue() throws IOException {
    sameRows("scores", "siret");
  }

  @Test
  void scoresCoverTheSameEstablishmentsAndTheMetricsTheSameRows() throws IOException {
    Dataset<Row> cluster = read("out-cluster", "scores");
    Dataset<Row> local = read("out-local", "scores");
    assertThat(cluster.columns()).containsExactly(local.columns());
    assertThat(cluster.count()).as("scored rows").isEqualTo(local.count()).isPositive();
    assertThat(cluster.select("siret", "periode").exceptAll(local.select("siret", "periode")).count())
        .as("establishments scored on the cluster only").isZero();
    assertThat(((Number) cluster.agg(functions.max("rang")).first().get(0)).longValue()).as("last rank")
        .isEqualTo(cluster.count());

    Metrics onCluster = metrics("out-cluster");
    Metrics locally = metrics("out-local");
    assertThat(onCluster.rows()).as("rows and positives per split").isEqualTo(locally.rows());
    assertThat(onCluster.windows()).isEqualTo(locally.windows());
    assertThat(onCluster.rows().training().positives()).as("positives to train on").isPositive();
    assertThat(onCluster.rows().validation().positives()).as("positives to tune on").isPositive();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The same rows, key for key and column for column, every value equal, doubles bit for bit (money is
   * summed exactly and every other sum is independent of the order of its terms: panel.md).
   */
  private static void sameRows(String dataset, String key) {
    Dataset<Row> local = read("out-local", dataset);
    Dataset<Row> cluster = read("out-cluster", dataset);
    assertThat(cluster.columns()).as(dataset + " columns").containsExactly(local.columns());
    TableDiff.Result diff = TableDiff.compare(local, cluster, List.of(key, "periode"), 5);
    assertThat(diff.leftRows()).as(dataset + " rows").isPositive();
    // the differing cells themselves (local = expected, cluster = actual), not only their count
    assertThat(diff.equal()).as(dataset + ": local and cluster differ: " + diff.report()).isTrue();
  }

  private static Dataset<Row> read(String output, String dataset) {
    return TestSpark.session().read().parquet(root.resolve(output).resolve(dataset).toString());
  }

  private static Metrics metrics(String output) throws IOException {
    return Metrics.JSON.readValue(root.resolve(output).resolve("model/metrics.json").toFile(), Metrics.class);
  }

  private static void vigie(String... args) {
    TestSpark.session(); // the sample joins the test JVM's session
    StringWriter err = new StringWriter();
    CommandLine cmd = Vigie.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    assertThat(cmd.execute(args)).as(err.toString()).isZero();
  }

  /** scripts/spark-submit.sh with the arguments, its output in {@code logName}; the exit code. */
  private static int submit(String logName, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("scripts/spark-submit.sh", "--driver-memory", "2g",
        "--conf", "spark.ui.enabled=false"));
    command.addAll(Arrays.asList(args));
    command.addAll(Arrays.asList(SETTINGS));
    long started = System.nanoTime();
    Process p = script(root.resolve(logName), command.toArray(String[]::new));
    if (!p.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(logName + ": no result after " + RUN_TIMEOUT + " (a hang)\n" + tail(logName));
    }
    System.out.printf("ClusterRunIT: %s finished in %d s (exit %d)%n", logName,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), p.exitValue());
    return p.exitValue();
  }

  private static Process script(Path log, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
            Path.of("/dev/null").toFile()));
    pb.environment().put("VIGIE_CLUSTER_DIR", clusterDir.toString());
    pb.environment().put("VIGIE_CLUSTER_MASTER_PORT", Integer.toString(masterPort));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("SPARK_HOME"); // the Maven-resolved Spark, not one that happens to be installed
    pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1"); // the driver: scripts/spark-submit.sh's JVM
    return pb.start();
  }

  private static void recordDaemonPids() throws IOException {
    if (!Files.isDirectory(clusterDir)) return;
    try (Stream<Path> files = Files.list(clusterDir)) {
      for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
        daemonPids.add(Long.parseLong(Files.readString(pidFile).strip()));
      }
    }
  }

  /** Live processes whose process group is {@code pgid}, from /proc/&lt;pid&gt;/stat (field 5). */
  private static List<Long> processesOfGroup(long pgid) {
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).filter(pid -> {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[2]) == pgid; // after "(comm)": state, ppid, pgrp
      } catch (IOException | RuntimeException e) {
        return false; // ended meanwhile
      }
    }).toList();
  }

  private static void stopQuietly() {
    try {
      if (clusterDir != null && Files.exists(clusterDir.resolve("master.pid"))) {
        script(root.resolve("cluster-stop-hook.log"), "scripts/local-cluster.sh", "stop").waitFor(1, TimeUnit.MINUTES);
      }
    } catch (IOException | InterruptedException e) {
      // the JVM is exiting: nothing more to do
    }
  }

  private static List<JsonNode> readEventLog() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("events"))) {
      List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("app-")).toList();
      assertThat(logs).as("one event log of a standalone application").hasSize(1);
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> parsed = new ArrayList<>();
      for (String line : Files.readAllLines(logs.get(0), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) parsed.add(json.readTree(line));
      }
      return parsed;
    }
  }

  private static List<JsonNode> ofType(String event) {
    assertThat(events).as("the cluster run's event log").isNotNull();
    return events.stream().filter(e -> e.get("Event").asText().equals(event)).toList();
  }

  private static JsonNode only(String event) {
    List<JsonNode> found = ofType(event);
    assertThat(found).as(event).hasSize(1);
    return found.get(0);
  }

  private static String log(String name) {
    try {
      return Files.readString(root.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(String name) {
    List<String> lines = log(name).lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
