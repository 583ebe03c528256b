package fr.vigie.job;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.VigieConfig;
import fr.vigie.spark.HadoopSettings;
import fr.vigie.spark.Sessions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One invocation of vigie: the effective configuration, the output layout, the requested period,
 * the SparkSession (created on first use) and the manifest.
 */
public final class Job implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Job.class);

  private final ConfigLoader.Loaded loaded;
  private final YearMonth period;
  private final OutputLayout layout;
  private SparkSession spark;
  private boolean ownsSpark;

  public Job(ConfigLoader.Loaded loaded, YearMonth period) {
    this.loaded = loaded;
    this.period = period;
    this.layout = new OutputLayout(loaded.config().output().root());
  }

  /** For tests and embedding: run on an existing session, which this job will not stop. */
  public Job(ConfigLoader.Loaded loaded, YearMonth period, SparkSession spark) {
    this(loaded, period);
    this.spark = spark;
  }

  public VigieConfig config() {
    return loaded.config();
  }

  /** The --period month, or null for "the latest month the data allow". */
  public YearMonth period() {
    return period;
  }

  public OutputLayout layout() {
    return layout;
  }

  public SparkSession spark() {
    if (spark == null) {
      // an embedding program (or the test JVM) may already run a session: use it, never stop it
      ownsSpark = SparkSession.getDefaultSession().isEmpty();
      spark = Sessions.create(config().spark());
    }
    return spark;
  }

  /** Spark's Hadoop configuration; before Spark starts, the same settings (spark.hadoop.* included). */
  public Configuration hadoop() {
    return spark != null ? spark.sparkContext().hadoopConfiguration() : HadoopSettings.beforeSpark(config().spark());
  }

  public Manifest manifest() {
    return Manifest.load(layout.manifest(), hadoop());
  }

  /** Writes the effective configuration next to the outputs, as YAML and into the manifest. */
  public void recordConfiguration(String command) {
    Path file = new Path(layout.effectiveConfig());
    try {
      FileSystem fs = file.getFileSystem(hadoop());
      try (OutputStream out = fs.create(file, true)) {
        out.write(loaded.toYaml().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    Manifest manifest = manifest();
    manifest.root().set("configuration", loaded.tree());
    manifest.set(Versions.current());
    manifest.section("last_run").put("step", command);
    manifest.save();
  }

  /**
   * Marks the command as started in the manifest's last_run section, replacing what the previous
   * command left there: {@code status} is {@code running} until {@link #recordOutcome} says how it
   * ended, so a run killed on the way (SIGKILL, power cut) stays visible as {@code running}, without
   * {@code finished}, instead of showing the previous run's success.
   */
  public void recordStart(String command) {
    Manifest manifest = manifest();
    ObjectNode lastRun = manifest.root().putObject("last_run");
    lastRun.put("command", command)
        .put("status", "running")
        .put("started", Instant.now().toString())
        .put("host", OutputLock.host())
        .put("pid", ProcessHandle.current().pid());
    manifest.save();
  }

  /**
   * Records how the command ended in the manifest's last_run section (exit code, error, end time),
   * so the output root says whether its last run succeeded. Best effort: a failure to write the
   * manifest (unreachable output root) must not hide the run's own error.
   */
  public void recordOutcome(int exitCode, String error) {
    try {
      Path root = new Path(layout.root());
      if (!root.getFileSystem(hadoop()).exists(root)) return; // failed before writing anything: leave no trace
      Manifest manifest = manifest();
      manifest.section("last_run")
          .put("exit_code", exitCode)
          .put("status", exitCode == 0 ? "succeeded" : "failed")
          .put("error", error)
          .put("finished", Instant.now().toString());
      manifest.save();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot record the run's outcome in {}: {}", layout.manifest(), e.getMessage());
    }
  }

  /** Runs one step under a Spark job description, logs and records its duration in the manifest. */
  public <T> T step(String name, Supplier<T> work) {
    if (spark != null) spark.sparkContext().setJobDescription("vigie: " + name);
    Instant start = Instant.now();
    LOG.info("{}: started", name);
    T result = work.get();
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    LOG.info("{}: done in {} s", name, seconds);
    Manifest manifest = manifest();
    manifest.section("timings").put(name, seconds);
    manifest.save();
    return result;
  }

  @Override
  public void close() {
    if (spark != null && ownsSpark) spark.stop();
  }
}
