package fr.vigie.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per output root: {@code <root>/_vigie.lock}, created atomically by the command that
 * writes there and deleted when it ends. It holds JSON naming its holder: command, user, host, process
 * id, start time and a random token. While it runs, the holder touches the file every
 * {@value #HEARTBEAT_SECONDS} s.
 *
 * <p>A second command finding the lock exits (code 4) with a message naming the holder, unless the
 * lock is stale:
 *
 * <ul>
 *   <li>its holder ran on this host and its process is gone (killed, crashed), or
 *   <li>it has not been touched for {@code output.lock-stale-minutes} (a holder on another machine
 *       that died).
 * </ul>
 *
 * A stale lock is taken over (moved aside, checked to be the one judged stale, deleted) with a
 * warning naming the previous holder. To clear a lock by hand, make sure its holder is gone and
 * delete the file.
 *
 * <p>Atomicity: on a local file system the lock is a hard link to a complete file (the link fails
 * if the lock exists); on HDFS, a create that fails if the file exists. Object stores without
 * conditional writes give no such guarantee: there, one scheduler must run one command at a time.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE = "_vigie.lock";
  static final long HEARTBEAT_SECONDS = 30;
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final FileSystem fs;
  private final String token;
  private final ScheduledExecutorService heartbeat;

  /** Who holds a lock, as written in it. */
  public record Holder(String command, String user, String host, long pid, String started, String token) {
    String describe() {
      return "vigie " + command + " (process " + pid + " on " + host + ", user " + user + ", started " + started + ")";
    }
  }

  private OutputLock(Path path, FileSystem fs, String token) {
    this.path = path;
    this.fs = fs;
    this.token = token;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vigie-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::touch, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Takes the lock of {@code root} for {@code command}, creating the root when needed.
   *
   * @throws OutputBusyException when another live command holds it
   */
  public static OutputLock acquire(String root, Configuration hadoop, String command, Duration staleAfter) {
    Path path = new Path(root, FILE);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.mkdirs(path.getParent());
      Holder me = new Holder(command, System.getProperty("user.name"), host(), ProcessHandle.current().pid(),
          Instant.now().toString(), UUID.randomUUID().toString());
      for (int attempt = 0; attempt < 3; attempt++) {
        if (create(fs, path, me)) return new OutputLock(path, fs, me.token());
        Holder holder = read(fs, path);
        if (holder == null) continue; // released in between: try again
        String stale = staleness(fs, path, holder, staleAfter);
        if (stale == null) {
          throw new OutputBusyException("Cannot write to " + root + ": it is locked by " + holder.describe()
              + ". One command writes to an output root at a time: wait for it to finish. If that process is gone"
              + " (killed on another machine), the lock is stale after " + staleAfter.toMinutes() + " minutes"
              + " without a heartbeat, or delete " + path + " by hand.");
        }
        takeOver(fs, path, holder, stale);
      }
      throw new OutputBusyException("Cannot write to " + root + ": its lock " + path + " keeps changing hands");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + root, e);
    }
  }

  /** Why the holder's lock is stale, or null while its holder may still run. */
  static String staleness(FileSystem fs, Path path, Holder holder, Duration staleAfter) throws IOException {
    if (host().equals(holder.host()) && holder.pid() > 0
        && ProcessHandle.of(holder.pid()).map(p -> !p.isAlive()).orElse(true)) {
      return "its process is gone";
    }
    long touched = fs.getFileStatus(path).getModificationTime();
    Duration silent = Duration.ofMillis(System.currentTimeMillis() - touched);
    if (silent.compareTo(staleAfter) > 0) return "no heartbeat for " + silent.toMinutes() + " minutes";
    return null;
  }

  private static void takeOver(FileSystem fs, Path path, Holder stale, String why) throws IOException {
    Path aside = new Path(path.getParent(), "._vigie.lock-stale-" + UUID.randomUUID());
    if (!rename(fs, path, aside)) return; // another taker moved it first: try again
    Holder moved = read(fs, aside);
    if (moved != null && !moved.token().equals(stale.token())) {
      // a fresh lock, taken between our read and our move: give it back
      if (!rename(fs, aside, path)) LOG.error("A lock moved by mistake could not be restored: {}", aside);
      return;
    }
    fs.delete(aside, false);
    LOG.warn("Took over the stale lock of {} ({}): that run did not finish", stale.describe(), why);
  }

  /** The holder of the lock at {@code path}, or null when there is none. */
  public static Holder read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      JsonNode n = JSON.readTree(in.readAllBytes());
      if (n == null || !n.isObject()) return new Holder("?", "?", "?", -1, "?", "?");
      return new Holder(n.path("command").asText("?"), n.path("user").asText("?"), n.path("host").asText("?"),
          n.path("pid").asLong(-1), n.path("started").asText("?"), n.path("token").asText("?"));
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  private static boolean create(FileSystem fs, Path path, Holder me) throws IOException {
    byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(me);
    if ("file".equals(fs.getScheme())) {
      java.nio.file.Path lock = java.nio.file.Path.of(fs.makeQualified(path).toUri());
      java.nio.file.Path complete = lock.resolveSibling("._vigie.lock-new-" + me.token());
      Files.write(complete, content);
      try {
        Files.createLink(lock, complete); // atomic, and the lock appears with its content
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } finally {
        Files.deleteIfExists(complete);
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static boolean rename(FileSystem fs, Path from, Path to) throws IOException {
    if ("file".equals(fs.getScheme())) {
      try {
        Files.move(java.nio.file.Path.of(fs.makeQualified(from).toUri()),
            java.nio.file.Path.of(fs.makeQualified(to).toUri()), StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return fs.rename(from, to);
  }

  private void touch() {
    try {
      if ("file".equals(fs.getScheme())) {
        Files.setLastModifiedTime(java.nio.file.Path.of(fs.makeQualified(path).toUri()), FileTime.from(Instant.now()));
      } else {
        fs.setTimes(path, System.currentTimeMillis(), -1);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot refresh the lock {}: {}", path, e.getMessage());
    }
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  /** Releases the lock if it is still this command's. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Holder holder = read(fs, path);
      if (holder != null && holder.token().equals(token)) fs.delete(path, false);
      else LOG.warn("The lock {} is no longer this command's ({}): left as is", path,
          holder == null ? "deleted" : holder.describe());
    } catch (IOException e) {
      LOG.warn("Cannot release the lock {}: {}", path, e.getMessage());
    }
  }
}
