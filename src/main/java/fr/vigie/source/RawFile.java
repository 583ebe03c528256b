package fr.vigie.source;

import fr.vigie.codec.CsvLine;
import fr.vigie.codec.Decoded;
import fr.vigie.error.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;
import scala.Tuple3;

/**
 * One delivered file as numbered text lines, read once by Spark ({@link DeliveredTextFormat}:
 * splittable plain files, UTF-16LE files included, gzip transparently) and decoded with the source's
 * charset on the executors. Only the header line is read on the driver.
 *
 * <p>What ends a line: LF, or CR LF (the CR is dropped). A lone CR does not: it belongs to its line,
 * whose field then fails its codec, and every line keeps the number it has in the file (Hadoop's
 * default reader also ends lines at a lone CR, which cut {@code 7188\r7,30} into an accepted 7188 and
 * a quarantined tail, and shifted every later line number).
 */
public final class RawFile {
  /** The longest header read on the driver: a Diane header of 10 years is ~100 kB. */
  private static final int MAX_HEADER_BYTES = 16 << 20;

  private RawFile() {}

  /**
   * The decoded lines of {@code file}, read once, each with the index of the split (the task's share
   * of the file) it was read in and its 1-based number within that split; line 1 of split 0 is the
   * header. {@link SourceRead} turns these into the file's line numbers once the lines of every split
   * are counted, from its cache: numbering them on the way (Spark's zipWithIndex) read every file twice.
   */
  public static JavaRDD<Tuple3<String, Integer, Long>> lines(SparkSession spark, String source, String file,
      Charset charset) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.set(DeliveredTextFormat.SOURCE, source);
    if (isUtf16(charset)) {
      conf.setBoolean(DeliveredTextFormat.UTF16LE, true); // code units, split in parallel (Diane)
    } else {
      conf.set("textinputformat.record.delimiter", "\n"); // LF only: a lone CR stays in its line
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return jsc
        .newAPIHadoopFile(file, DeliveredTextFormat.class, LongWritable.class, Text.class, conf)
        .mapPartitionsWithIndex(new NumberWithinSplit(charset.name()), true);
  }

  /** Decodes each record of one split (partition) and numbers it from 1. */
  static final class NumberWithinSplit implements
      Function2<Integer, Iterator<Tuple2<LongWritable, Text>>, Iterator<Tuple3<String, Integer, Long>>> {
    private static final long serialVersionUID = 1L;
    private final String charset;

    NumberWithinSplit(String charset) {
      this.charset = charset;
    }

    @Override
    public Iterator<Tuple3<String, Integer, Long>> call(Integer split, Iterator<Tuple2<LongWritable, Text>> records) {
      Charset decoded = Charset.forName(charset);
      return new Iterator<>() {
        private long line;

        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public Tuple3<String, Integer, Long> next() {
          Text text = records.next()._2();
          return new Tuple3<>(DecodeText.decode(text.getBytes(), text.getLength(), decoded), split, ++line);
        }
      };
    }
  }

  /**
   * The first line of the file, split into header cells, read on the driver; fails (exit 3, naming the
   * file) when the file cannot be opened or decompressed, or when the header is empty or unreadable.
   */
  public static Header header(Configuration hadoop, String source, String file, Charset charset, char separator) {
    String line = firstLine(hadoop, source, file, charset);
    if (line == null || line.replace("\uFEFF", "").isBlank()) {
      throw new InputException("Cannot read " + source + ": file " + file + " has an empty header (first line)");
    }
    int start = 0;
    while (start < line.length() && line.charAt(start) == '\uFEFF') start++; // byte-order marks, before any quote
    Decoded<String[]> cells = CsvLine.split(line.substring(start), separator);
    if (!(cells instanceof Decoded.Ok<String[]> ok)) {
      throw new InputException("Cannot read " + source + ": file " + file + " has an unreadable header ("
          + cells.reasonCode() + ")");
    }
    return Header.of(file, List.of(ok.value()));
  }

  /** The first line (without its line ending), or null for an empty file. */
  static String firstLine(Configuration hadoop, String source, String file, Charset charset) {
    Path path = new Path(file);
    boolean utf16 = isUtf16(charset);
    try {
      CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
      try (InputStream raw = path.getFileSystem(hadoop).open(path);
          InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        int b;
        int previous = -1;
        while ((b = in.read()) >= 0) {
          if (utf16 ? b == 0 && previous == '\n' && bytes.size() % 2 == 1 : b == '\n') {
            if (utf16) bytes = truncated(bytes, bytes.size() - 1); // the 0A of the 0A 00 pair
            break;
          }
          bytes.write(b);
          previous = b;
          if (bytes.size() > MAX_HEADER_BYTES) {
            throw new InputException("Cannot read " + source + ": file " + file + " has no line end in its first "
                + MAX_HEADER_BYTES + " bytes (wrong encoding for this source?)");
          }
        }
        if (bytes.size() == 0 && b < 0) return null;
        return DecodeText.decode(bytes.toByteArray(), bytes.size(), charset);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException input) throw input;
      throw new InputException("Cannot read " + source + ": file " + file + " cannot be read (" + e.getMessage()
          + ")" + (file.endsWith(".gz") ? ": is it really gzip?" : ""), e);
    }
  }

  private static ByteArrayOutputStream truncated(ByteArrayOutputStream bytes, int length) {
    ByteArrayOutputStream copy = new ByteArrayOutputStream(length);
    copy.write(bytes.toByteArray(), 0, length);
    return copy;
  }

  private static boolean isUtf16(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16);
  }

  /** Text → String in the file's charset, without the CR of a CR LF line ending. */
  static final class DecodeText {
    private DecodeText() {}

    /** One CR before the line end is the CR of CR LF; anything else, NULs included, is the line's. */
    static String decode(byte[] bytes, int length, Charset charset) {
      String line = new String(bytes, 0, length, charset);
      int end = line.length();
      return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line;
    }
  }
}
