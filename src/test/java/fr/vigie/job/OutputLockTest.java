package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output root (issue 17): an atomic lock naming its holder, with a stale-lock rule. */
class OutputLockTest {
  private static final Duration STALE = Duration.ofMinutes(10);
  private final Configuration hadoop = new Configuration();

  @TempDir
  Path root;

  private OutputLock acquire(String command) {
    return OutputLock.acquire(root.toString(), hadoop, command, STALE);
  }

  private void writeLock(String host, long pid, Instant touched) throws IOException {
    Path lock = root.resolve(OutputLock.FILE);
    Files.writeString(lock, "{\"command\":\"ingest\",\"user\":\"etl\",\"host\":\"" + host + "\",\"pid\":" + pid
        + ",\"started\":\"2024-03-25T06:00:00Z\",\"token\":\"t-" + pid + "\"}", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(lock, FileTime.from(touched));
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageNamingTheHolder() {
    try (OutputLock first = acquire("ingest")) {
      assertThat(root.resolve(OutputLock.FILE)).exists();
      assertThatThrownBy(() -> acquire("panel"))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageContaining("Cannot write to " + root)
          .hasMessageContaining("vigie ingest (process " + ProcessHandle.current().pid() + " on " + OutputLock.host())
          .hasMessageContaining("delete " + root.resolve(OutputLock.FILE));
    }
    assertThat(root.resolve(OutputLock.FILE)).as("released").doesNotExist();
    try (OutputLock again = acquire("panel")) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void theLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
    writeLock(OutputLock.host(), gone.pid(), Instant.now());
    try (OutputLock lock = acquire("ingest")) {
      assertThat(Files.readString(root.resolve(OutputLock.FILE))).contains("\"pid\" : " + ProcessHandle.current().pid());
    }
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).as("the stale lock is not left aside").isEmpty();
    }
  }

  @Test
  void aLockFromAnotherHostIsHeldUntilItsHeartbeatIsStale() throws Exception {
    writeLock("another-host", 4242, Instant.now().minusSeconds(60));
    assertThatThrownBy(() -> acquire("ingest")).isInstanceOf(OutputBusyException.class)
        .hasMessageContaining("process 4242 on another-host");
    writeLock("another-host", 4242, Instant.now().minus(Duration.ofMinutes(11)));
    try (OutputLock lock = acquire("ingest")) {
      assertThat(Files.readString(root.resolve(OutputLock.FILE))).contains(OutputLock.host());
    }
  }

  @Test
  void concurrentWritersGetTheLockOneAtATime() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OutputLock>> attempts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          attempts.add(pool.submit(() -> {
            start.await();
            try {
              return acquire("ingest");
            } catch (OutputBusyException busy) {
              return null;
            }
          }));
        }
        start.countDown();
        List<OutputLock> winners = new ArrayList<>();
        for (Future<OutputLock> a : attempts) {
          OutputLock lock = a.get(30, TimeUnit.SECONDS);
          if (lock != null) winners.add(lock);
        }
        assertThat(winners).as("round " + round + ": exactly one writer").hasSize(1);
        winners.forEach(OutputLock::close);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
