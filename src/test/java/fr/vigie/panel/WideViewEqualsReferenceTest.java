package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SampleConfig;
import fr.vigie.config.VigieConfig;
import fr.vigie.job.Job;
import fr.vigie.sample.SampleGenerator;
import fr.vigie.source.Ingest;
import fr.vigie.spark.TableDiff;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panels built by one shuffle per company equal, value for value, those the SQL plan of commit
 * d841e94 wrote on the default sample (3,500 establishments × 72 months, seed 1): every column of
 * panel/ and panel_entreprise/ as that plan wrote them (its 240 balance-sheet columns included, here
 * from the wide view), doubles bit for bit. The reference is kept as a digest per column
 * ({@code default-sample-digests.tsv}, {@link TableDiff#digests}); a column that differs is named.
 *
 * <p>If a later change alters the panel on purpose, regenerate the file with {@code vigie diff
 * --digests} on the new outputs and say why in the commit; to see which cells moved, build the older
 * commit's panel and run {@code vigie diff --expected old --actual new}.
 */
@Tag("e2e")
class WideViewEqualsReferenceTest {
  static final SparkSession SPARK = TestSpark.session();

  @TempDir static Path dir;

  @Test
  void widePanelsEqualTheSqlPlansOnTheDefaultSample() throws IOException {
    VigieConfig defaults = ConfigLoader.defaultsOnly();
    Path sample = dir.resolve("sample");
    Path output = dir.resolve("output");
    // the digests were taken on the 3,500-establishment sample (the default until the demo grew)
    SampleConfig threeThousandFiveHundred = defaults.sample().with(3500, null, null, null);
    SampleGenerator.generate(SPARK, threeThousandFiveHundred, sample.toString());
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of(),
        Map.of("input.root", sample.toString(), "output.root", output.toString()));
    try (Job job = new Job(loaded, null, SPARK)) {
      Ingest.run(job);
      PanelJob.run(job);
    }
    Dataset<Row> bilans = SPARK.read().parquet(output.resolve("bilans").toString());
    Map<String, Map<String, String>> reference = reference();
    Map<String, String> differing = new TreeMap<>();
    for (String dataset : List.of("panel", "panel_entreprise")) {
      List<String> key = dataset.equals("panel") ? List.of("siret", "periode") : List.of("siren", "periode");
      Dataset<Row> wide = BalanceSheets.wide(SPARK.read().parquet(output.resolve(dataset).toString()), bilans,
          defaults.panel());
      Map<String, String> actual = TableDiff.digests(wide, key);
      Map<String, String> expected = reference.get(dataset);
      assertThat(expected).as(dataset + " reference").isNotEmpty();
      expected.forEach((column, digest) -> {
        if (!digest.equals(actual.get(column))) differing.put(dataset + "." + column, digest + " != " + actual.get(column));
      });
    }
    assertThat(differing).as("columns whose values differ from the SQL plan's").isEmpty();
  }

  /** dataset → column → digest, from the resource file (lines: dataset, column, digest; # comments). */
  static Map<String, Map<String, String>> reference() throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (InputStream in = WideViewEqualsReferenceTest.class.getResourceAsStream("default-sample-digests.tsv")) {
      assertThat(in).as("default-sample-digests.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        out.computeIfAbsent(f[0], d -> new LinkedHashMap<>()).put(f[1], f[2]);
      }
    }
    return out;
  }
}
