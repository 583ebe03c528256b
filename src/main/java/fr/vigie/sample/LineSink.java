package fr.vigie.sample;

import fr.vigie.codec.Reason;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One file being written by a partition. {@link #noisy} adds what real deliveries carry: exact
 * duplicate lines and, for the compte files, corrupted lines that ingest must quarantine: a line
 * cut inside its first three fields (wrong_field_count) or a stray quote inside the compte
 * (bare_quote). Each planted line is counted by its reason code.
 */
final class LineSink implements AutoCloseable {
  final SampleFile file;
  final String relativePath;
  private final Writer out;
  private final double corruptedRate;
  private final double duplicateRate;
  /** reason code → planted lines. */
  final TreeMap<String, Long> planted = new TreeMap<>();
  long lines;

  LineSink(SampleFile file, String relativePath, OutputStream stream, double corruptedRate, double duplicateRate) {
    this.file = file;
    this.relativePath = relativePath;
    this.out = new BufferedWriter(new OutputStreamWriter(stream, file.charset), 1 << 16);
    this.corruptedRate = file.corruptible() ? corruptedRate : 0;
    this.duplicateRate = duplicateRate;
  }

  void bom() {
    write("\uFEFF");
  }

  /** A line as is (the header, or a line that is never duplicated nor corrupted). */
  void line(String line) {
    write(line);
    write("\n");
    lines++;
  }

  void blank() {
    write("\n");
  }

  /**
   * A data line, maybe delivered twice, maybe corrupted (each physical line independently). Returns
   * whether the file shows it: at least one copy written intact.
   */
  boolean noisy(String line, SplittableRandom rng) {
    int copies = duplicateRate > 0 && rng.nextDouble() < duplicateRate ? 2 : 1;
    boolean shown = false;
    for (int i = 0; i < copies; i++) {
      if (corruptedRate > 0 && rng.nextDouble() < corruptedRate) {
        line(corrupt(line, rng));
      } else {
        line(line);
        shown = true;
      }
    }
    return shown;
  }

  private String corrupt(String line, SplittableRandom rng) {
    char sep = file.separator;
    int second = nth(line, sep, 2);
    int third = nth(line, sep, 3);
    if (rng.nextBoolean()) {
      planted.merge(Reason.WRONG_FIELD_COUNT.code(), 1L, Long::sum);
      return line.substring(0, 1 + rng.nextInt(third - 1)); // at most 3 fields: fewer than any reader needs
    }
    planted.merge(Reason.BARE_QUOTE.code(), 1L, Long::sum);
    int at = second + 2 + rng.nextInt(third - second - 2); // inside the (never quoted) compte
    return line.substring(0, at) + '"' + line.substring(at);
  }

  private static int nth(String line, char sep, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = line.indexOf(sep, at + 1);
      if (at < 0) throw new IllegalStateException("a compte-file line has fewer than " + (n + 1) + " fields: " + line);
    }
    return at;
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write sample file " + relativePath, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close sample file " + relativePath, e);
    }
  }
}
