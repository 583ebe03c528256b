package fr.vigie.source;

import fr.vigie.error.InputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of one source: every file under its folder, nested folders included (a Spark-style export
 * {@code ccsf/sigfaible_ccsf.csv/part-00000.csv} is a delivery), any name, {@code .gz} included; or
 * the configured file. What is not read is listed with its reason, never skipped silently:
 *
 * <ul>
 *   <li>hidden files and folders (name starting with '.': editor and system files; Hadoop's own
 *       {@code .crc} checksums of the local file system are never listed at all);
 *   <li>the job markers of a Spark or Hadoop export ({@code _SUCCESS}, {@code _committed_*},
 *       {@code _started_*}) and an unfinished export's {@code _temporary} folder;
 *   <li>empty files (0 bytes: an empty partition of an export, nothing to read).
 * </ul>
 *
 * Any other name is read, {@code _rattrapage.csv} included.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /** A delivered file: its Hadoop path, size and modification time (epoch milliseconds), for the manifest. */
  public record Delivered(String path, long bytes, long modified) {}

  /** A file or folder under the source folder that is not read, and why. */
  public record NotRead(String path, String reason) {}

  /** What a source folder holds: the files read, in path order, and the ones that are not. */
  public record Listing(List<Delivered> files, List<NotRead> notRead) {}

  /**
   * @return the listing, or empty when the folder does not exist (source not delivered)
   * @throws InputException when the path exists but cannot be listed
   */
  public static Optional<Listing> list(String folder, Configuration hadoop) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) return Optional.empty();
      FileStatus status = fs.getFileStatus(path);
      List<Delivered> files = new ArrayList<>();
      List<NotRead> notRead = new ArrayList<>();
      if (status.isFile()) {
        files.add(delivered(status)); // a configured file is read whatever its name
      } else {
        walk(fs, status.getPath(), files, notRead);
      }
      files.sort(Comparator.comparing(Delivered::path));
      notRead.sort(Comparator.comparing(NotRead::path));
      return Optional.of(new Listing(List.copyOf(files), List.copyOf(notRead)));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      throw new InputException("Cannot read source folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void walk(FileSystem fs, Path folder, List<Delivered> files, List<NotRead> notRead)
      throws IOException {
    for (FileStatus child : fs.listStatus(folder)) {
      String reason = notReadReason(child.getPath().getName(), child.isDirectory(), child.getLen());
      if (reason != null) notRead.add(new NotRead(child.getPath().toString(), reason));
      else if (child.isDirectory()) walk(fs, child.getPath(), files, notRead);
      else files.add(delivered(child));
    }
  }

  /** Why a file or folder of this name and size is not read, or null when it is read. */
  static String notReadReason(String name, boolean folder, long bytes) {
    if (name.startsWith(".")) return folder ? "hidden folder" : "hidden file";
    if (folder) return name.equals("_temporary") ? "unfinished Spark or Hadoop export (_temporary)" : null;
    if (name.equals("_SUCCESS") || name.startsWith("_committed_") || name.startsWith("_started_")) {
      return "job marker of a Spark or Hadoop export";
    }
    return bytes == 0 ? "empty file (0 bytes)" : null;
  }

  private static Delivered delivered(FileStatus status) {
    return new Delivered(status.getPath().toString(), status.getLen(), status.getModificationTime());
  }

  /** Fails with exit code 3 when the input root does not exist or is not a folder. */
  public static void checkRoot(String root, Configuration hadoop) {
    Path path = new Path(root);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) throw new InputException("Cannot read input root " + root + ": no such folder");
      if (!fs.getFileStatus(path).isDirectory()) {
        throw new InputException("Cannot read input root " + root + ": not a folder");
      }
      fs.listStatus(path);
    } catch (IOException | SecurityException e) {
      throw new InputException("Cannot read input root " + root + ": " + e.getMessage(), e);
    }
  }
}
