package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.SourceConfig;
import fr.vigie.config.SourceName;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in many splits, each file read once (issue 18): every line is read exactly once, under
 * the number it has in the file, whether the file is UTF-8 or UTF-16LE (Diane, now split like any
 * other file), whatever the split boundaries cut (a character, a CR LF, a line longer than a split).
 */
class SplitReadingTest {
  private static final String MAX_SPLIT = "mapreduce.input.fileinputformat.split.maxsize";
  private final Configuration hadoop = ReaderHarness.SPARK.sparkContext().hadoopConfiguration();

  @TempDir
  Path dir;

  @BeforeEach
  void smallSplits() {
    hadoop.setLong(MAX_SPLIT, 997); // odd: splits start at odd offsets, inside UTF-16 code units
  }

  @AfterEach
  void usualSplits() {
    hadoop.unset(MAX_SPLIT);
  }

  /**
   * A procédures file whose Cat_v2 cell says which line it is on, of lengths from a few bytes to more
   * than two splits, with text where a naive byte search for "0A 00" would cut a UTF-16LE file: the
   * Gurmukhi U+0A41 followed by U+0100 is the bytes 41 0A 00 01.
   */
  private static String procols(int lines, String lineEnd) {
    StringBuilder text = new StringBuilder("Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx").append(lineEnd);
    for (int line = 2; line <= lines + 1; line++) {
      String padding = "\u0A41\u0100é’".repeat(line % 7 == 0 ? 700 : line % 5);
      text.append("12345678900011;123456789;26MAY2014;L").append(line).append(padding)
          .append(";Redressement_ouverture").append(line % 11 == 0 ? "\r\n" : lineEnd);
    }
    return text.toString();
  }

  private List<String> read(String text, Charset charset) {
    Path file = write(dir, "pcoll.csv", text, charset, false);
    SourceConfig config = ReaderHarness.config(SourceName.PROCOLS).withEncoding(charset.name());
    SourceRead read = SourceRead.read(ReaderHarness.SPARK, new Procols(), List.of(file.toString()), config,
        Resolution.of(null));
    assertThat(read.rows().rdd().getNumPartitions()).as("the file is read in many splits").isGreaterThan(20);
    List<String> lines = new ArrayList<>();
    for (Row r : read.rows().orderBy("line").select("line", "cat_v2").collectAsList()) {
      String cat = r.getString(1);
      lines.add(r.getLong(0) + "=" + cat.substring(1, cat.indexOf('\u0A41') < 0 ? cat.length() : cat.indexOf('\u0A41')));
    }
    assertThat(ReaderHarness.quarantine(read)).isEmpty();
    FileCount count = read.counts(List.of(file.toString())).get(0);
    assertThat(count.linesRead()).isEqualTo(lines.size());
    read.release();
    return lines;
  }

  private static List<String> expected(int lines) {
    List<String> expected = new ArrayList<>();
    for (int line = 2; line <= lines + 1; line++) expected.add(line + "=" + line);
    return expected;
  }

  @Test
  void aUtf16LeFileIsSplitAndEveryLineReadOnceUnderItsNumber() {
    assertThat(read("\uFEFF" + procols(300, "\r\n"), StandardCharsets.UTF_16LE)).isEqualTo(expected(300));
  }

  @Test
  void aUtf8FileIsSplitAndEveryLineReadOnceUnderItsNumber() {
    assertThat(read(procols(300, "\n"), StandardCharsets.UTF_8)).isEqualTo(expected(300));
  }
}
