package fr.vigie.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.config.SourceConfig;
import fr.vigie.config.SourceName;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.source.SourceFiles;
import fr.vigie.spark.ParquetOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The floor of the benchmark (scripts/bench.sh): what it costs merely to read every delivered file
 * and write it back as Parquet, with Spark's own CSV reader (header, separator and charset from the
 * configuration, every column a string) and the same Parquet writer as ingest. No decoding, no
 * quarantine, no line numbers: whatever ingest and panel take beyond this is their own work.
 * Writes floor/&lt;source&gt;/ under the output root and per-source counts in the manifest's
 * "floor" section.
 */
public final class Floor {
  private static final Logger LOG = LoggerFactory.getLogger(Floor.class);

  private Floor() {}

  public static void run(Job job) {
    SourceFiles.checkRoot(job.config().input().root(), job.hadoop());
    long totalRows = 0;
    long totalBytes = 0;
    for (SourceName name : SourceName.values()) {
      String folder = job.config().sourcePath(name);
      Optional<SourceFiles.Listing> listing = SourceFiles.list(folder, job.hadoop());
      if (listing.isEmpty() || listing.get().files().isEmpty()) continue;
      List<SourceFiles.Delivered> delivered = listing.get().files();
      List<String> files = delivered.stream().map(SourceFiles.Delivered::path).toList();
      long bytes = delivered.stream().mapToLong(SourceFiles.Delivered::bytes).sum();
      String output = job.layout().root() + "/floor/" + name.folder();
      long rows = job.step("floor " + name.folder(), () -> {
        ParquetOutput.replace(read(job, files, job.config().source(name)), output, job.config().output());
        return job.spark().read().parquet(output).count(); // from the Parquet footers
      });
      Manifest manifest = job.manifest();
      ObjectNode entry = manifest.section("floor").putObject(name.folder());
      entry.put("files", files.size()).put("bytes", bytes).put("rows", rows);
      manifest.save();
      totalRows += rows;
      totalBytes += bytes;
      LOG.info("floor {}: {} file(s), {} bytes, {} rows", name.folder(), files.size(), bytes, rows);
    }
    LOG.info("floor: {} bytes read, {} rows written", totalBytes, totalRows);
  }

  /**
   * The write floor (scripts/bench.sh): read the panels and balance sheets vigie panel has just written
   * and write them again with the same writer and layout, nothing else, under floor-write/. The cost
   * of the output the contract requires, which the panel step is measured against.
   */
  public static void rewritePanels(Job job) {
    for (String dataset : List.of("panel", "panel_entreprise", "bilans")) {
      String input = job.layout().root() + "/" + dataset;
      if (!fr.vigie.job.Outputs.exists(input, job.hadoop())) continue;
      String output = job.layout().root() + "/floor-write/" + dataset;
      long rows = job.step("write floor " + dataset, () -> {
        Dataset<Row> data = job.spark().read().parquet(input);
        if (dataset.equals("bilans")) ParquetOutput.replace(data, output, job.config().output());
        else fr.vigie.panel.PanelJob.writeWhole(data, output, job);
        return job.spark().read().parquet(output).count();
      });
      LOG.info("write floor {}: {} rows", dataset, rows);
    }
  }

  static Dataset<Row> read(Job job, List<String> files, SourceConfig source) {
    boolean utf8 = source.charset().equals(StandardCharsets.UTF_8);
    return job.spark().read()
        .option("header", "true")
        .option("sep", source.separator())
        .option("encoding", source.charset().name())
        // Spark splits lines on the byte 0x0A, which is half a character in UTF-16: read such files whole
        .option("multiLine", String.valueOf(!utf8))
        .csv(files.toArray(String[]::new));
  }
}
