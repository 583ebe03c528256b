package fr.vigie.source;

import fr.vigie.codec.CsvLine;
import fr.vigie.codec.Decoded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * One delivered file as numbered text lines, read by Spark (Hadoop's TextInputFormat: splittable
 * plain files, gzip transparently) and decoded with the source's charset on the executors. Nothing
 * but the header line reaches the driver.
 */
public final class RawFile {
  private RawFile() {}

  /** The decoded lines of {@code file} with their 1-based line numbers (line 1 is the header). */
  public static JavaRDD<Tuple2<String, Long>> lines(SparkSession spark, String file, Charset charset) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    if (isUtf16(charset)) {
      // UTF-16LE ends a line with the bytes 0A 00; one split per file keeps every record aligned on
      // a character boundary (Diane exports are a few hundred MB at most)
      conf.set("textinputformat.record.delimiter", "\n\u0000");
      conf.setLong("mapreduce.input.fileinputformat.split.minsize", Long.MAX_VALUE);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> texts = jsc
        .newAPIHadoopFile(file, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .map(new DecodeText(charset.name()));
    // zipWithIndex numbers lines in file order: it counts each partition once, then numbers
    return texts.zipWithIndex().map(t -> new Tuple2<>(t._1(), t._2() + 1));
  }

  /** The first line of the file, split into header cells; fails when the file or the header is empty. */
  public static Header header(SparkSession spark, String source, String file, Charset charset, char separator) {
    JavaRDD<Tuple2<String, Long>> lines = lines(spark, file, charset);
    List<Tuple2<String, Long>> first = lines.take(1);
    if (first.isEmpty() || first.get(0)._1().replace("\uFEFF", "").isBlank()) {
      throw new InputException("Cannot read " + source + ": file " + file + " has an empty header (first line)");
    }
    String line = first.get(0)._1();
    int start = 0;
    while (start < line.length() && line.charAt(start) == '\uFEFF') start++; // byte-order marks, before any quote
    Decoded<String[]> cells = CsvLine.split(line.substring(start), separator);
    if (!(cells instanceof Decoded.Ok<String[]> ok)) {
      throw new InputException("Cannot read " + source + ": file " + file + " has an unreadable header ("
          + cells.reasonCode() + ")");
    }
    return Header.of(file, List.of(ok.value()));
  }

  private static boolean isUtf16(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16);
  }

  /** Text → String in the file's charset, without the line's trailing carriage return. */
  static final class DecodeText implements Function<Tuple2<LongWritable, Text>, String> {
    private static final long serialVersionUID = 1L;
    private final String charset;
    private transient Charset decoded;

    DecodeText(String charset) {
      this.charset = charset;
    }

    @Override
    public String call(Tuple2<LongWritable, Text> record) {
      if (decoded == null) decoded = Charset.forName(charset);
      Text text = record._2();
      String line = new String(text.getBytes(), 0, text.getLength(), decoded);
      int end = line.length();
      while (end > 0 && (line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\u0000')) end--;
      return end == line.length() ? line : line.substring(0, end);
    }
  }
}
