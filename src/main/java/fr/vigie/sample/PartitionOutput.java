package fr.vigie.sample;

import fr.vigie.config.SampleConfig;
import java.io.IOException;
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

  PartitionOutput(String root, int part, Map<String, String> hadoop, SampleConfig conf) {
    Configuration configuration = new Configuration();
    hadoop.forEach(configuration::set);
    YearMonth start = conf.start();
    for (SampleFile file : SampleFile.values()) {
      String relative = file.relativePath(part);
      Path path = new Path(root, relative);
      try {
        FileSystem fs = path.getFileSystem(configuration);
        LineSink sink = new LineSink(file, relative, fs.create(path, true), conf.corruptedLineRate(),
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
        throw new UncheckedIOException("Cannot create sample file " + path, e);
      }
    }
  }

  LineSink get(SampleFile file) {
    return sinks.get(file);
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
