package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The decoded lines of one source (every file, every line but the headers), split into accepted
 * rows and quarantined lines, and counted per file: read = accepted + quarantined.
 */
public record SourceRead(SourceReader reader, Dataset<Row> decoded) {

  /** Reads and decodes every file; fails (exit 3) on an empty header or a missing required column. */
  public static SourceRead read(SparkSession spark, SourceReader reader, List<String> files, SourceConfig config,
      Resolution resolution) {
    String source = reader.source().folder();
    Dataset<Row> all = null;
    for (String file : files) {
      Header header = RawFile.header(spark, source, file, config.charset(), config.separatorChar());
      List<Field> fields = reader.fields(header);
      int[] indexes = header.locate(source, fields);
      JavaRDD<Row> rows = RawFile.lines(spark, file, config.charset())
          .filter(numbered -> numbered._2() > 1) // line 1 is the header
          .map(new SplitLines(file, config.separatorChar(), header.size(), reader.minFields(), indexes));
      Dataset<Row> decoded = reader.decode(spark.createDataFrame(rows, SplitLines.schema(fields)), header);
      all = all == null ? decoded : all.unionByName(decoded);
    }
    if (all == null) throw new IllegalArgumentException("no file to read for " + source);
    return new SourceRead(reader, reader.resolve(all, resolution));
  }

  /**
   * The same lines persisted for the count and the two writes that follow. The raw text of a line
   * serves only the quarantine, so it is kept for quarantined lines alone: for accepted lines it
   * was most of the cache (a Diane line is a few kB of text).
   */
  public SourceRead persisted() {
    Dataset<Row> slim = decoded.withColumn(SplitLines.RAW,
        when(col(SplitLines.REASON).isNotNull(), col(SplitLines.RAW)));
    return new SourceRead(reader, slim.persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /** Accepted lines, all decoded columns. */
  public Dataset<Row> acceptedLines() {
    return decoded.where(not(col(SplitLines.BLANK)).and(col(SplitLines.REASON).isNull()));
  }

  /** The rows written to sources/&lt;source&gt;/. */
  public Dataset<Row> rows() {
    return reader.output(acceptedLines());
  }

  /** The rows written to quarantine/&lt;source&gt;/: file, line, raw, reason. */
  public Dataset<Row> quarantined() {
    return decoded.where(not(col(SplitLines.BLANK)).and(col(SplitLines.REASON).isNotNull()))
        .select(SplitLines.FILE, SplitLines.LINE, SplitLines.RAW, SplitLines.REASON);
  }

  /** Per-file line counts, {@code files} in order. Reasons are grouped by their code (the part before ':'). */
  public List<FileCount> counts(List<String> files) {
    List<Row> groups = decoded
        .groupBy(col(SplitLines.FILE), col(SplitLines.BLANK),
            substring_index(col(SplitLines.REASON), ":", 1).as("reason"),
            substring_index(col(Decoder.WARNING), ":", 1).as("warning"))
        .agg(count(lit(1)), max(col(SplitLines.LINE)))
        .collectAsList();
    Map<String, FileCount.Builder> perFile = new LinkedHashMap<>();
    for (String file : files) perFile.put(file, new FileCount.Builder(file));
    for (Row group : groups) {
      FileCount.Builder count = perFile.get(group.getString(0));
      count.add(group.getBoolean(1), group.getString(2), group.getString(3), group.getLong(4), group.getLong(5));
    }
    List<FileCount> counts = new ArrayList<>();
    perFile.values().forEach(b -> counts.add(b.build()));
    return counts;
  }
}
