package fr.vigie.job;

import fr.vigie.error.InputException;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Checks that a step's input, written by an earlier step, is there. */
public final class Outputs {
  private Outputs() {}

  /**
   * The path, or an input error (exit 3) naming it and the command that writes it:
   * "Cannot train: /out/panel does not exist (run vigie panel first)".
   */
  public static Path require(String location, Configuration hadoop, String purpose, String producer) {
    Path path = new Path(location);
    try {
      if (!path.getFileSystem(hadoop).exists(path)) {
        throw new InputException(purpose + ": " + location + " does not exist (run " + producer + " first)");
      }
      return path;
    } catch (IOException e) {
      throw new InputException(purpose + ": cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /** Whether an earlier step's output is there. */
  public static boolean exists(String location, Configuration hadoop) {
    Path path = new Path(location);
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      throw new InputException("Cannot read " + location + ": " + e.getMessage(), e);
    }
  }
}
