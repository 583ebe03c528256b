package fr.vigie.sample;

import fr.vigie.config.SampleConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files one partition writes: one per source, opened through Hadoop's FileSystem (local disk,
 * HDFS or any URI the cluster knows), each with its header. Nothing goes through the driver.
 */
final class PartitionOutput implements AutoCloseable {
  private final Map<SampleFile, LineSink> sinks = new EnumMap<>(SampleFile.class);
  /** What the lines show about the company being written, when the observable ceiling asks (else null). */
  private Emissions emissions;

  /** How to open the stream of one file. */
  private interface Opener {
    OutputStream open(SampleFile file, String relative) throws IOException;
  }

  PartitionOutput(String root, int part, Map<String, String> hadoop, SampleConfig conf) {
    this(part, conf, (file, relative) -> {
      Configuration configuration = new Configuration();
      hadoop.forEach(configuration::set);
      Path path = new Path(root, relative);
      FileSystem fs = path.getFileSystem(configuration);
      return fs.create(path, true);
    });
  }

  /**
   * Lines formatted exactly as written (same random draws) but thrown away: the observable ceiling
   * replays a company's files through this to record what they show ({@link #record}).
   */
  static PartitionOutput discarding(SampleConfig conf) {
    return new PartitionOutput(0, conf, (file, relative) -> OutputStream.nullOutputStream());
  }

  private PartitionOutput(int part, SampleConfig conf, Opener opener) {
    YearMonth start = conf.start();
    for (SampleFile file : SampleFile.values()) {
      String relative = file.relativePath(part);
      try {
        LineSink sink = new LineSink(file, relative, opener.open(file, relative), conf.corruptedLineRate(),
            conf.duplicateLineRate());
        if (file.bom) sink.bom();
        sink.line(switch (file) {
          case EFFECTIF -> Headers.effectif(start, conf.months());
          case EFFECTIF_ENTREPRISE -> Headers.effectifEntreprise(start, conf.months());
          case DIANE -> Headers.diane(start, conf.months(), part);
          default -> file.header;
        });
        sink.lines = 0;
        sinks.put(file, sink);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create sample file " + relative, e);
      }
    }
  }

  LineSink get(SampleFile file) {
    return sinks.get(file);
  }

  /** The writers report what their lines show to {@code recorder} until the next call (null: stop). */
  void record(Emissions recorder) {
    this.emissions = recorder;
  }

  /** The recorder of the company being written, or null when nothing is recorded (the sample's own files). */
  Emissions emissions() {
    return emissions;
  }

  /** relative path → reason → planted lines, for the files that have any. */
  Map<String, Map<String, Long>> planted() {
    Map<String, Map<String, Long>> planted = new TreeMap<>();
    for (LineSink sink : sinks.values()) if (!sink.planted.isEmpty()) planted.put(sink.relativePath, sink.planted);
    return planted;
  }

  /** relative path → data lines written (duplicates and corrupted lines included). */
  Map<String, Long> lines() {
    Map<String, Long> lines = new TreeMap<>();
    for (LineSink sink : sinks.values()) lines.put(sink.relativePath, sink.lines);
    return lines;
  }

  @Override
  public void close() {
    for (LineSink sink : sinks.values()) sink.close();
  }
}
