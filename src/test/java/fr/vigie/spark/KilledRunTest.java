package fr.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.cli.Vigie;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code vigie ingest} killed mid-write (a separate JVM, SIGKILL by process id) leaves every
 * dataset readable as before and no half-written one visible; the next run completes and leaves
 * nothing behind.
 */
@Tag("e2e")
class KilledRunTest {
  @TempDir Path root;

  @Test
  void aKilledIngestLeavesThePreviousVersionAndTheNextRunRecovers() throws Exception {
    String sample = root.resolve("sample").toString();
    String output = root.resolve("output").toString();
    assertThat(vigie("sample", "--output", sample, "--establishments", "1500", "--months", "36", "--seed", "2"))
        .isZero();
    assertThat(vigie("ingest", "--input", sample, "--output", output)).isZero();
    Map<String, Long> before = rowCounts(root.resolve("output"));
    assertThat(before).containsKeys("sources/cotisations", "sources/debits", "quarantine/cotisations");

    Process child = childJvm("ingest", "--input", sample, "--output", output);
    try {
      assertThat(waitForAsideWithData(root.resolve("output"), child, 120)).as("a write in progress was seen").isTrue();
      ProcessHandle.of(child.pid()).orElseThrow().destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).isNotZero();
    assertThat(asides(root.resolve("output"))).as("the killed run's unfinished version").isNotEmpty();
    // every dataset reads whole: the previous version, or a complete new one of the same input
    assertThat(rowCounts(root.resolve("output"))).isEqualTo(before);

    assertThat(vigie("ingest", "--input", sample, "--output", output)).isZero();
    assertThat(asides(root.resolve("output"))).isEmpty();
    assertThat(rowCounts(root.resolve("output"))).isEqualTo(before);
  }

  private static int vigie(String... args) {
    TestSpark.session();
    return Vigie.commandLine().execute(args);
  }

  /** The test JVM's flags (Spark's --add-opens) and classpath, running vigie's main class. */
  private Process childJvm(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("-Djdk.") || flag.startsWith("-Dio.netty")
          || flag.startsWith("-XX:ReservedCodeCacheSize")) {
        command.add(flag);
      }
    }
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Vigie.class.getName());
    command.addAll(List.of(args));
    File log = root.resolve("child.log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Waits until an aside folder holds a data file being written (Spark's _temporary attempt files). */
  private static boolean waitForAsideWithData(Path output, Process child, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && child.isAlive()) {
      for (Path aside : asides(output)) {
        try (Stream<Path> files = Files.walk(aside)) {
          if (files.anyMatch(p -> p.getFileName().toString().startsWith("part-"))) return true;
        } catch (IOException raced) {
          // the folder moved while walked: look again
        }
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static List<Path> asides(Path output) throws IOException {
    List<Path> asides = new ArrayList<>();
    for (String dir : new String[] {"sources", "quarantine"}) {
      Path parent = output.resolve(dir);
      if (!Files.isDirectory(parent)) continue;
      try (Stream<Path> children = Files.list(parent)) {
        children.filter(p -> p.getFileName().toString().startsWith("._")).forEach(asides::add);
      }
    }
    return asides;
  }

  private static Map<String, Long> rowCounts(Path output) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    for (String dir : new String[] {"sources", "quarantine"}) {
      try (Stream<Path> children = Files.list(output.resolve(dir))) {
        for (Path dataset : children.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
          counts.put(dir + "/" + dataset.getFileName(), TestSpark.session().read().parquet(dataset.toString()).count());
        }
      }
    }
    return counts;
  }
}
