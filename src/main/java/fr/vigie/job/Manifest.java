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
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code _manifest.json}: what each step of the runs over this output root did. Each step replaces
 * its own section and leaves the others; the file is replaced atomically (write aside, rename).
 *
 * <p>A step's result is an immutable record annotated with its section's name ({@link
 * ManifestSection}), written whole by {@link #set} and read back by {@link #read}: writer and reader
 * share the record's fields, so a renamed field fails compilation instead of reading as absent.
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

  /** Replaces the result's section whole with the record's fields. */
  public void set(Object result) {
    root.set(sectionName(result.getClass()), toJson(result));
  }

  /**
   * The section of {@code type} read into its record; empty when the step never ran on this root. A
   * field of the wrong type fails naming the section.
   */
  public <T> Optional<T> read(Class<T> type) {
    return read(root, type);
  }

  /** {@link #read} on a manifest already parsed (a test's, or one read by a tool). */
  public static <T> Optional<T> read(JsonNode manifest, Class<T> type) {
    String name = sectionName(type);
    JsonNode node = manifest == null ? null : manifest.get(name);
    if (node == null || !node.isObject()) return Optional.empty();
    try {
      return Optional.of(JSON.convertValue(node, type));
    } catch (IllegalArgumentException bad) {
      throw new IllegalStateException("_manifest.json: " + name + " cannot be read: " + bad.getMessage(), bad);
    }
  }

  /** The section a result record is written under ({@link ManifestSection}). */
  public static String sectionName(Class<?> type) {
    ManifestSection section = type.getAnnotation(ManifestSection.class);
    if (section == null) throw new IllegalArgumentException(type.getName() + " is not a manifest section");
    return section.value();
  }

  /** A result record as the JSON of its section. */
  public static ObjectNode toJson(Object result) {
    sectionName(result.getClass());
    return JSON.valueToTree(result);
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
