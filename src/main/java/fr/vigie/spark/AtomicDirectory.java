package fr.vigie.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Replaces a folder as a whole, so that readers see the previous version or the new one, never
 * half of one, and a run killed at any point leaves a state the next run repairs by itself.
 *
 * <p>The new version is written into a sibling {@code ._<name>-new-<uuid>}; once complete, the
 * current folder is renamed to {@code ._<name>-old-<uuid>}, the new one renamed into place, and the
 * old one deleted. Before writing, {@link #recover} deletes unfinished new versions and, if a kill
 * fell between the two renames (no current folder, an old one present), puts the old one back.
 * Sibling names start with "._", which Spark and Hadoop input formats never list as data. One
 * writer per output root at a time ({@link fr.vigie.job.OutputLock}).
 */
public final class AtomicDirectory {
  /** Writes a complete version into the folder it is given. */
  @FunctionalInterface
  public interface Writer {
    void writeInto(Path aside) throws IOException;
  }

  private AtomicDirectory() {}

  public static void replace(String location, Configuration hadoop, Writer writer) {
    Path target = new Path(location);
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      recover(target, fs);
      String id = UUID.randomUUID().toString();
      Path aside = sibling(target, "new", id);
      writer.writeInto(aside);
      Path old = sibling(target, "old", id);
      boolean hadCurrent = fs.exists(target);
      if (hadCurrent && !fs.rename(target, old)) throw new IOException("cannot rename " + target + " to " + old);
      if (!fs.rename(aside, target)) throw new IOException("cannot rename " + aside + " to " + target);
      if (hadCurrent && !fs.delete(old, true)) throw new IOException("cannot delete " + old);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace " + target, e);
    }
  }

  /** Repairs what a killed {@link #replace} of {@code target} left behind. */
  public static void recover(Path target, FileSystem fs) throws IOException {
    Path parent = target.getParent();
    if (!fs.exists(parent)) return;
    String prefix = "._" + target.getName() + "-";
    FileStatus[] siblings = fs.listStatus(parent, p -> p.getName().startsWith(prefix));
    for (FileStatus sibling : siblings) {
      String rest = sibling.getPath().getName().substring(prefix.length());
      if (rest.startsWith("old-") && !fs.exists(target)) {
        if (!fs.rename(sibling.getPath(), target)) throw new IOException("cannot restore " + sibling.getPath());
      } else if (rest.startsWith("old-") || rest.startsWith("new-")) {
        fs.delete(sibling.getPath(), true);
      }
    }
  }

  static Path sibling(Path target, String kind, String id) {
    return new Path(target.getParent(), "._" + target.getName() + "-" + kind + "-" + id);
  }
}
