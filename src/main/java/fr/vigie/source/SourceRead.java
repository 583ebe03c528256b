package fr.vigie.source;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.SourceConfig;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The decoded lines of one source (every file, every line but the headers), split into accepted
 * rows and quarantined lines, and counted per file: read = accepted + quarantined.
 *
 * <p>Each file is read once: its lines are decoded into a cache (memory, then disk), numbered within
 * the split they were read in; the lines of each split are then counted on the cache, which turns
 * those numbers into the file's line numbers, and every count and write that follows reads the cache.
 *
 * @param columnWarnings per file, the warnings about its header ({@link SourceReader#columnWarnings})
 * @param cache the cached lines to release when done ({@link #release})
 */
public record SourceRead(SourceReader reader, Dataset<Row> decoded, Map<String, List<String>> columnWarnings,
    Dataset<Row> cache) {
  /** Bookkeeping columns of a decoded line: not part of what the line says. */
  private static final Set<String> BOOKKEEPING = Set.of(SplitLines.FILE, SplitLines.LINE, SplitLines.RAW,
      SplitLines.BLANK, SplitLines.REASON, Decoder.WARNING);

  public SourceRead {
    columnWarnings = Map.copyOf(columnWarnings);
  }

  /** Reads, decodes and numbers every file, keeping every line's raw text. */
  public static SourceRead read(SparkSession spark, SourceReader reader, List<String> files, SourceConfig config,
      Resolution resolution) {
    return read(spark, reader, files, config, resolution, null, true);
  }

  /**
   * Reads, decodes and numbers every file; fails (exit 3) on an empty header, a missing or duplicated
   * required column, an unreadable or damaged file.
   *
   * @param extraction records after this month are refused before the lines are cached (null: later,
   *     with {@link #afterExtraction})
   * @param keepRaw whether accepted lines keep their raw text in the cache: it serves only the
   *     quarantine, and is most of the cache (a Diane line is a few kB), but a line refused later (by
   *     {@link #afterExtraction}) needs it
   */
  public static SourceRead read(SparkSession spark, SourceReader reader, List<String> files, SourceConfig config,
      Resolution resolution, YearMonth extraction, boolean keepRaw) {
    String source = reader.source().folder();
    Dataset<Row> all = null;
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    // files whose headers give the same fields are decoded as one Dataset over the union of their
    // lines: a plan per file, unioned, grew with the delivery (32 Diane files of ~800 columns each:
    // 325 s, most of it Spark analysing and optimising the union, against 41 s for 4 files)
    Map<List<Field>, FieldGroup> byFields = new LinkedHashMap<>();
    for (String file : files) {
      Header header = RawFile.header(spark.sparkContext().hadoopConfiguration(), source, file, config.charset(),
          config.separatorChar());
      List<Field> fields = reader.fields(header);
      int[] indexes = header.locate(source, fields);
      warnings.put(file, reader.columnWarnings(header));
      JavaRDD<Row> rows = RawFile.lines(spark, source, file, config.charset())
          .filter(numbered -> numbered._2() != 0 || numbered._3() != 1) // line 1 of split 0 is the header
          .map(new SplitLines(file, config.separatorChar(), header.size(), reader.minFields(), indexes));
      byFields.computeIfAbsent(fields, f -> new FieldGroup(header, new ArrayList<>())).lines().add(rows);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    for (Map.Entry<List<Field>, FieldGroup> group : byFields.entrySet()) {
      List<JavaRDD<Row>> parts = group.getValue().lines();
      @SuppressWarnings("unchecked")
      JavaRDD<Row> lines = parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
      // a reader's decode depends on the header only through its fields (SourceReader#decode), so
      // the group's first header serves every file of the group
      Dataset<Row> decoded = reader.decode(spark.createDataFrame(lines, SplitLines.schema(group.getKey())),
          group.getValue().first());
      all = all == null ? decoded : all.unionByName(decoded);
    }
    if (all == null) throw new IllegalArgumentException("no file to read for " + source);
    Dataset<Row> resolved = reader.resolve(all, resolution);
    if (extraction != null) resolved = AfterExtraction.apply(reader.source(), resolved, extraction);
    if (!keepRaw) {
      resolved = resolved.withColumn(SplitLines.RAW, when(col(SplitLines.REASON).isNotNull(), col(SplitLines.RAW)));
    }
    Dataset<Row> cache = resolved.persist(StorageLevel.MEMORY_AND_DISK());
    return new SourceRead(reader, numbered(spark, cache), warnings, cache);
  }

  /**
   * The cached lines with the file's line numbers: a line's number within its split plus the lines of
   * the file's earlier splits. A split is counted by its highest number (every line, blank or
   * quarantined, is a row; the header, line 1 of split 0, is not, so split 0 counts at least 1); a
   * split in which no line starts (a line longer than a split) has no row and counts 0.
   */
  private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> cache) {
    Map<String, TreeMap<Integer, Long>> lines = new HashMap<>();
    for (Row r : cache.groupBy(col(SplitLines.FILE), col(SplitLines.SPLIT)).agg(max(col(SplitLines.LINE)))
        .collectAsList()) {
      lines.computeIfAbsent(r.getString(0), f -> new TreeMap<>()).put(r.getInt(1), r.getLong(2));
    }
    List<Row> offsets = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Integer, Long>> file : lines.entrySet()) {
      long before = 0;
      for (Map.Entry<Integer, Long> split : file.getValue().entrySet()) {
        offsets.add(RowFactory.create(file.getKey(), split.getKey(), before));
        before += split.getKey() == 0 ? Math.max(1, split.getValue()) : split.getValue();
      }
    }
    StructType schema = new StructType()
        .add(SplitLines.FILE, DataTypes.StringType, false)
        .add(SplitLines.SPLIT, DataTypes.IntegerType, false)
        .add("_before", DataTypes.LongType, false);
    Dataset<Row> before = spark.createDataFrame(offsets, schema);
    List<Column> columns = new ArrayList<>();
    for (String c : cache.columns()) {
      if (c.equals(SplitLines.SPLIT)) continue;
      columns.add(c.equals(SplitLines.LINE) ? col(SplitLines.LINE).plus(col("_before")).as(SplitLines.LINE) : col(c));
    }
    // a few rows per file: broadcast, so the cached lines are not shuffled to meet them
    return cache.join(broadcast(before), new String[] {SplitLines.FILE, SplitLines.SPLIT})
        .select(columns.toArray(Column[]::new));
  }

  /** The files whose headers give the same fields: the first one's header and every file's lines. */
  private record FieldGroup(Header first, List<JavaRDD<Row>> lines) {}

  /** Releases the cached lines. */
  public void release() {
    if (cache != null) cache.unpersist();
  }

  /** These lines with every record dated after {@code month} refused ({@link AfterExtraction}). */
  public SourceRead afterExtraction(YearMonth month) {
    return new SourceRead(reader, AfterExtraction.apply(reader.source(), decoded, month), columnWarnings, cache);
  }

  /** Accepted lines per month of the date column {@code date} (lines without a date left out). */
  public SortedMap<YearMonth, Long> acceptedPerMonth(String date) {
    SortedMap<YearMonth, Long> months = new TreeMap<>();
    for (Row r : acceptedLines().where(col(date).isNotNull()).groupBy(trunc(col(date), "month").as("m"))
        .count().collectAsList()) {
      months.put(YearMonth.from(r.getDate(0).toLocalDate()), r.getLong(1));
    }
    return months;
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

  /**
   * Per-file line counts, {@code files} in order. Reasons are grouped by their code (the part before
   * ':'). Duplicate lines are accepted lines identical in every decoded field to an earlier accepted
   * line of the source (in file, then line order): a file's duplicates are its accepted lines minus
   * the distinct lines first seen in it.
   */
  public List<FileCount> counts(List<String> files) {
    List<Row> groups = decoded
        .groupBy(col(SplitLines.FILE), col(SplitLines.BLANK),
            substring_index(col(SplitLines.REASON), ":", 1).as("reason"),
            substring_index(col(Decoder.WARNING), ":", 1).as("warning"))
        .agg(count(lit(1)), max(col(SplitLines.LINE)))
        .collectAsList();
    Map<String, FileCount.Builder> perFile = new LinkedHashMap<>();
    for (String file : files) {
      perFile.put(file, new FileCount.Builder(file, columnWarnings.getOrDefault(file, List.of())));
    }
    for (Row group : groups) {
      FileCount.Builder count = perFile.get(group.getString(0));
      count.add(group.getBoolean(1), group.getString(2), group.getString(3), group.getLong(4), group.getLong(5));
    }
    Map<String, Long> firstSeen = firstSeen();
    List<FileCount> counts = new ArrayList<>();
    perFile.forEach((file, b) -> counts.add(b.firstSeen(firstSeen.getOrDefault(file, 0L)).build()));
    return counts;
  }

  /**
   * file → the number of distinct accepted lines whose first occurrence is in that file. Lines are
   * compared on every decoded field through two independent hashes (96 bits): only the hashes are
   * shuffled, not the lines, and two different lines would be taken for one with a probability of
   * about 10^-13 at 10^8 lines.
   */
  private Map<String, Long> firstSeen() {
    Column[] fields = Stream.of(decoded.columns()).filter(c -> !BOOKKEEPING.contains(c)).map(c -> col(c))
        .toArray(Column[]::new);
    if (fields.length == 0) return Map.of();
    Map<String, Long> firstSeen = new HashMap<>();
    acceptedLines()
        .groupBy(xxhash64(fields).as("_h1"), hash(fields).as("_h2"))
        .agg(min(col(SplitLines.FILE)).as("_first"))
        .groupBy("_first").count()
        .collectAsList()
        .forEach(r -> firstSeen.put(r.getString(0), r.getLong(1)));
    return firstSeen;
  }
}
