package fr.vigie.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.config.SourceName;
import fr.vigie.job.IngestRun;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All or nothing: an ingest writes every source into a staging folder {@code <root>/._ingest-<id>/}
 * ({@code sources/}, {@code quarantine/}); the output root's {@code sources/} and
 * {@code quarantine/} are swapped for the staged ones only once every source is written. A failed or
 * killed ingest leaves the previous delivery whole, never part of one delivery and part of another.
 *
 * <p>The swap is journaled: a {@value #COMMITTED} file, holding the manifest sections that describe
 * the new delivery, is written into the staging folder before the first rename. The next command on
 * the root ({@link #recover}) deletes a staging folder without it (the ingest did not finish) and
 * completes the swap of one with it (the ingest had finished writing), so a kill between the two
 * renames of sources/ and quarantine/ never leaves them from two deliveries. Names starting with
 * "._" are never listed as data by Spark or Hadoop.
 */
public final class IngestStaging {
  static final String PREFIX = "._ingest-";
  static final String COMMITTED = "_COMMITTED";
  private static final List<String> SWAPPED = List.of("sources", "quarantine");
  private static final Logger LOG = LoggerFactory.getLogger(IngestStaging.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final Path stage;
  private final FileSystem fs;

  private IngestStaging(Path root, Path stage, FileSystem fs) {
    this.root = root;
    this.stage = stage;
    this.fs = fs;
  }

  /** A new, empty staging folder under the job's output root. */
  static IngestStaging begin(Job job) {
    Path root = new Path(job.layout().root());
    Path stage = new Path(root, PREFIX + UUID.randomUUID());
    try {
      FileSystem fs = root.getFileSystem(job.hadoop());
      for (String dir : SWAPPED) fs.mkdirs(new Path(stage, dir)); // a source-less delivery swaps in empty folders
      return new IngestStaging(root, stage, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the staging folder " + stage, e);
    }
  }

  String source(SourceName name) {
    return new Path(new Path(stage, "sources"), name.folder()).toString();
  }

  String quarantine(SourceName name) {
    return new Path(new Path(stage, "quarantine"), name.folder()).toString();
  }

  /**
   * Swaps the staged delivery in and sets the manifest {@code sections} that describe it (each
   * replacing the section of that name).
   */
  void commit(Job job, Map<String, JsonNode> sections) {
    try {
      ObjectNode journal = JSON.createObjectNode();
      sections.forEach(journal::set);
      try (OutputStream out = fs.create(new Path(stage, COMMITTED), false)) {
        out.write(JSON.writeValueAsString(journal).getBytes(StandardCharsets.UTF_8));
      }
      complete(fs, root, stage, job);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot swap in the staged delivery " + stage, e);
    }
  }

  /** Deletes the staging folder of a failed ingest (best effort: {@link #recover} would delete it too). */
  void abandon() {
    try {
      fs.delete(stage, true);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot delete the staging folder {}: {} (the next command will)", stage, e.getMessage());
    }
  }

  /**
   * Repairs what a killed ingest left under the job's output root: an unfinished staging folder is
   * deleted, a committed one is swapped in (and the manifest sections it holds set).
   */
  public static void recover(Job job) {
    Path root = new Path(job.layout().root());
    try {
      FileSystem fs = root.getFileSystem(job.hadoop());
      if (!fs.exists(root)) return;
      for (FileStatus stage : fs.listStatus(root, p -> p.getName().startsWith(PREFIX))) {
        if (fs.exists(new Path(stage.getPath(), COMMITTED))) {
          LOG.warn("Completing the swap of an ingest killed after writing every source: {}", stage.getPath());
          complete(fs, root, stage.getPath(), job);
          Manifest manifest = job.manifest();
          manifest.set(manifest.read(IngestRun.class).orElse(IngestRun.unknown())
              .recovered());
          manifest.save();
        } else {
          LOG.warn("Deleting the staging folder of an ingest that did not finish: {}", stage.getPath());
          fs.delete(stage.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot recover the staging folders of " + root, e);
    }
  }

  /**
   * The swap, from any point a kill may have left it at: for sources/ then quarantine/, the current
   * folder (if any) moves into the staging folder as old-*, the staged one into place; then the
   * manifest sections are set and the staging folder (old versions included) deleted.
   */
  private static void complete(FileSystem fs, Path root, Path stage, Job job) throws IOException {
    for (String dir : SWAPPED) {
      Path staged = new Path(stage, dir);
      if (!fs.exists(staged)) continue; // already swapped in
      Path current = new Path(root, dir);
      Path old = new Path(stage, "old-" + dir);
      if (fs.exists(current) && !fs.exists(old) && !fs.rename(current, old)) {
        throw new IOException("cannot move " + current + " aside");
      }
      if (!fs.rename(staged, current)) throw new IOException("cannot move " + staged + " to " + current);
    }
    JsonNode journal;
    try (InputStream in = fs.open(new Path(stage, COMMITTED))) {
      journal = JSON.readTree(in);
    }
    Manifest manifest = job.manifest();
    for (Iterator<Map.Entry<String, JsonNode>> it = journal.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      manifest.root().set(section.getKey(), section.getValue());
    }
    manifest.save();
    if (!fs.delete(stage, true)) throw new IOException("cannot delete " + stage);
  }
}
