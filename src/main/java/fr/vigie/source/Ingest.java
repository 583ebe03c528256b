package fr.vigie.source;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.config.SourceName;
import java.time.Instant;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.spark.ParquetOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie ingest}: every source folder present under the input root → sources/&lt;source&gt;/ and
 * quarantine/&lt;source&gt;/, with per-file counts in the manifest. The account table is read first:
 * the compte-only URSSAF files are resolved through it.
 */
public final class Ingest {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

  private Ingest() {}

  public static void run(Job job) {
    SourceFiles.checkRoot(job.config().input().root(), job.hadoop()); // before starting Spark
    job.spark();
    job.recordConfiguration("ingest");
    SourceRead accounts = job.step("ingest comptes", () -> ingest(job, new Comptes(), Resolution.of(null)));
    if (accounts == null) {
      LOG.warn("comptes not delivered: lines of cotisations, débits, délais and CCSF without a Siret column"
          + " will be quarantined as unknown_compte");
    }
    Resolution resolution = Resolution.of(accounts == null ? null : Comptes.forResolution(accounts.decoded()));
    for (SourceReader reader : Readers.all()) {
      if (reader.source() == SourceName.COMPTES) continue;
      release(job.step("ingest " + reader.source().folder(), () -> ingest(job, reader, resolution)));
    }
    release(accounts);
  }

  /** Reads one source, writes its two datasets and its manifest entry; null when not delivered. */
  static SourceRead ingest(Job job, SourceReader reader, Resolution resolution) {
    SourceName name = reader.source();
    String folder = job.config().sourcePath(name);
    Optional<List<SourceFiles.Delivered>> delivered = SourceFiles.list(folder, job.hadoop());
    Manifest manifest = job.manifest();
    ObjectNode entry = manifest.section("sources").putObject(name.folder());
    entry.put("path", folder);
    if (delivered.isEmpty() || delivered.get().isEmpty()) {
      LOG.warn("{}: not delivered ({} {})", name.folder(), folder, delivered.isEmpty() ? "does not exist" : "is empty");
      entry.put("delivered", false);
      manifest.save();
      return null;
    }
    List<String> files = delivered.get().stream().map(SourceFiles.Delivered::path).toList();
    // counted, then written twice
    SourceRead read = SourceRead.read(job.spark(), reader, files, job.config().source(name), resolution).persisted();
    List<FileCount> counts = read.counts(files);
    ParquetOutput.replace(read.rows(), job.layout().source(name), job.config().output());
    ParquetOutput.replace(read.quarantined(), job.layout().quarantine(name), job.config().output());
    long rows = job.spark().read().parquet(job.layout().source(name)).count(); // from the Parquet footers

    entry.put("delivered", true);
    entry.put("rows_written", rows);
    ArrayNode fileEntries = entry.putArray("files");
    long read_ = 0;
    long accepted = 0;
    long quarantined = 0;
    for (int i = 0; i < counts.size(); i++) {
      FileCount count = counts.get(i);
      ObjectNode f = fileEntries.addObject();
      f.put("file", count.file());
      f.put("bytes", delivered.get().get(i).bytes());
      f.put("modified", Instant.ofEpochMilli(delivered.get().get(i).modified()).toString());
      f.put("lines_read", count.linesRead());
      f.put("lines_accepted", count.linesAccepted());
      f.put("lines_quarantined", count.linesQuarantined());
      f.put("lines_blank", count.linesBlank());
      putCounts(f.putObject("quarantined_by_reason"), count.quarantinedByReason());
      putCounts(f.putObject("warnings_by_reason"), count.warningsByReason());
      read_ += count.linesRead();
      accepted += count.linesAccepted();
      quarantined += count.linesQuarantined();
    }
    entry.put("lines_read", read_).put("lines_accepted", accepted).put("lines_quarantined", quarantined);
    manifest.save();
    LOG.info("{}: {} lines read in {} file(s), {} accepted, {} quarantined; {} rows written", name.folder(), read_,
        files.size(), accepted, quarantined, rows);
    return read;
  }

  private static void putCounts(ObjectNode node, Map<String, Long> counts) {
    counts.forEach(node::put);
  }

  private static void release(SourceRead read) {
    if (read != null) read.decoded().unpersist();
  }
}
