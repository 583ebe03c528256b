package fr.vigie.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code _manifest.json}: what each step of the runs over this output root did. Each step replaces
 * its own section and leaves the others; the file is replaced atomically (write aside, rename).
 */
public final class Manifest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path path;
  private final Configuration hadoop;
  private final ObjectNode root;

  private Manifest(Path path, Configuration hadoop, ObjectNode root) {
    this.path = path;
    this.hadoop = hadoop;
    this.root = root;
  }

  public static Manifest load(String location, Configuration hadoop) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) return new Manifest(path, hadoop, JSON.createObjectNode());
      try (InputStream in = fs.open(path)) {
        JsonNode node = JSON.readTree(in);
        return new Manifest(path, hadoop, node instanceof ObjectNode o ? o : JSON.createObjectNode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the manifest " + path, e);
    }
  }

  public ObjectNode root() {
    return root;
  }

  /** The named top-level section, created empty if absent. */
  public ObjectNode section(String name) {
    JsonNode node = root.get(name);
    if (node instanceof ObjectNode o) return o;
    return root.putObject(name);
  }

  public void save() {
    Path aside = new Path(path.getParent(), "._manifest.json.tmp");
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (OutputStream out = fs.create(aside, true)) {
        out.write(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(path, false);
      if (!fs.rename(aside, path)) throw new IOException("rename of " + aside + " failed");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest " + path, e);
    }
  }
}
