package fr.vigie.source;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The files of one source: every file of its folder (any name, .gz included), or the configured file. */
public final class SourceFiles {
  private SourceFiles() {}

  /** One delivered file and its size. */
  /** A delivered file: its Hadoop path, size and modification time (epoch milliseconds), for the manifest. */
  public record Delivered(String path, long bytes, long modified) {}

  /**
   * @return the files in name order, or empty when the folder does not exist (source not delivered)
   * @throws InputException when the path exists but cannot be listed
   */
  public static Optional<List<Delivered>> list(String folder, Configuration hadoop) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) return Optional.empty();
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) return Optional.of(List.of(new Delivered(status.getPath().toString(), status.getLen(), status.getModificationTime())));
      List<Delivered> files = new ArrayList<>();
      for (FileStatus child : fs.listStatus(path)) {
        String name = child.getPath().getName();
        // hidden and bookkeeping files (.crc, _SUCCESS) are not deliveries
        if (child.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          files.add(new Delivered(child.getPath().toString(), child.getLen(), child.getModificationTime()));
        }
      }
      files.sort((a, b) -> a.path().compareTo(b.path()));
      return Optional.of(files);
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      throw new InputException("Cannot read source folder " + folder + ": " + e.getMessage(), e);
    }
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
