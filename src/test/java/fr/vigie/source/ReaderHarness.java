package fr.vigie.source;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceConfig;
import fr.vigie.config.SourceName;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads fixture files (src/test/resources/fixtures) with a reader, as ingest would. */
final class ReaderHarness {
  static final SparkSession SPARK = TestSpark.session();

  private ReaderHarness() {}

  static String fixture(String name) {
    try (InputStream in = ReaderHarness.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} into {@code dir/name} in {@code charset}, optionally gzipped. */
  static Path write(Path dir, String name, String text, Charset charset, boolean gzip) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
        out.write(text.getBytes(charset));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static Path copy(Path dir, String fixture) {
    return write(dir, fixture, fixture(fixture), StandardCharsets.UTF_8, false);
  }

  static SourceConfig config(SourceName source) {
    return ConfigLoader.defaultsOnly().source(source);
  }

  static SourceRead read(SourceReader reader, Resolution resolution, Path... files) {
    List<String> paths = new ArrayList<>();
    for (Path file : files) paths.add(file.toString());
    return SourceRead.read(SPARK, reader, paths, config(reader.source()), resolution);
  }

  static SourceRead read(SourceReader reader, Path... files) {
    return read(reader, Resolution.of(null), files);
  }

  /** The account table of the comptes fixture, for the compte-only readers. */
  static Resolution accounts(Path dir) {
    SourceRead comptes = read(new Comptes(), copy(dir.resolve("comptes"), "comptes.csv"));
    return Resolution.of(Comptes.forResolution(comptes.decoded()));
  }

  /** Rows as "v1|v2|...", in (file, line) order then by the columns. */
  static List<String> rows(Dataset<Row> data, String... columns) {
    List<String> order = new ArrayList<>(List.of("file", "line"));
    order.addAll(List.of(columns));
    return data.orderBy(order.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
        .select(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
        .collectAsList().stream()
        .map(r -> {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < r.length(); i++) values.add(String.valueOf(r.get(i)));
          return String.join("|", values);
        })
        .collect(Collectors.toList());
  }

  /** Quarantined lines as "line|reason". */
  static List<String> quarantine(SourceRead read) {
    return rows(read.quarantined(), "line", "reason");
  }
}
