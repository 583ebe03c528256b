package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.PanelResult;
import fr.vigie.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie panel} on ingested sources: partitions, calendar bounds, idempotent --period runs. */
class PanelJobTest {
  @TempDir Path out;

  private Job job(YearMonth period) {
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of("panel.start=2019-01"),
        Map.of("output.root", out.toString(), "input.root", out.resolve("unused").toString()));
    return new Job(loaded, period, PanelWorld.SPARK);
  }

  private void writeSources() {
    PanelRulesTest.Built.SOURCES.forEach((name, data) ->
        data.write().parquet(out.resolve("sources").resolve(name.folder()).toString()));
  }

  @Test
  void writesEveryMonthThenRewritesOnlyTheRequestedOne() throws IOException {
    writeSources();
    PanelResult full = PanelJob.run(job(null));
    // the calendar ends with the débits' latest accounting month (2020-06-05)
    Map<String, String> before = listing(out.resolve("panel"));
    assertThat(partitions(out.resolve("panel"))).hasSize(18)
        .first().isEqualTo("periode=2019-01-01");
    assertThat(partitions(out.resolve("panel"))).last().isEqualTo("periode=2020-06-01");
    Dataset<Row> panel = PanelWorld.SPARK.read().parquet(out.resolve("panel").toString());
    assertThat(panel.columns()).doesNotContain(Columns.MONTH).contains(Columns.DANS_PERIMETRE, Columns.COTISATION);
    List<Row> march = rows(panel, "2020-03-01");
    long count = panel.count();

    PanelResult march2020 = PanelJob.run(job(YearMonth.of(2020, 3)));
    Map<String, String> after = listing(out.resolve("panel"));
    for (Map.Entry<String, String> e : before.entrySet()) {
      if (e.getKey().startsWith("periode=2020-03-01/")) continue;
      assertThat(after).as("untouched: " + e.getKey()).containsEntry(e.getKey(), e.getValue());
    }
    assertThat(after.keySet().stream().filter(k -> k.startsWith("periode=2020-03-01/")).toList()).isNotEmpty()
        .doesNotContainAnyElementsOf(before.keySet().stream().filter(k -> k.startsWith("periode=2020-03")).toList());
    Dataset<Row> again = PanelWorld.SPARK.read().parquet(out.resolve("panel").toString());
    assertThat(rows(again, "2020-03-01")).isEqualTo(march);
    assertThat(again.count()).isEqualTo(count);

    // the company panel: F's two establishments, described by its head office
    Row f = PanelWorld.SPARK.read().parquet(out.resolve("panel_entreprise").toString())
        .where("siren = '666666666' and periode = '2019-01-01'").first();
    assertThat((int) f.getAs(Columns.NB_ETABLISSEMENTS)).isEqualTo(2);
    assertThat(((Number) f.getAs(Columns.EFFECTIF)).intValue()).isEqualTo(25);
    assertThat((String) f.getAs(Columns.DEPARTEMENT)).isEqualTo("21");
    assertThat((Boolean) f.getAs(Columns.DANS_PERIMETRE)).isTrue();
    assertThat(Files.readString(out.resolve("_manifest.json"))).contains("\"period\" : \"2020-03\"").contains("\"rows_entreprise\"");
    // the section is the last run's result, whole: the --period run's calendar ends at its month
    assertThat(full.start()).isEqualTo("2019-01");
    assertThat(full.end()).isEqualTo("2020-06");
    assertThat(full.period()).isNull();
    assertThat(full.rows()).isEqualTo(count);
    assertThat(march2020.end()).isEqualTo("2020-03");
    assertThat(march2020.period()).isEqualTo("2020-03");
    assertThat(march2020.rows()).isEqualTo(march.size());
    assertThat(march2020.rowsEntreprise()).isPositive();
    assertThat(Manifest.read(new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()), PanelResult.class))
        .contains(march2020);
  }

  @Test
  void withoutUrssafSourcesThePanelIsAnInputError() {
    PanelRulesTest.Built.SOURCES.get(SourceName.SIRENE).write().parquet(out.resolve("sources/sirene").toString());
    assertThatThrownBy(() -> PanelJob.run(job(null))).isInstanceOf(InputException.class)
        .hasMessageContaining("cotisations").hasMessageContaining("ingest");
  }

  private static List<Row> rows(Dataset<Row> panel, String periode) {
    return panel.where("periode = '" + periode + "'").orderBy(Columns.SIRET).collectAsList();
  }

  private static List<String> partitions(Path dataset) throws IOException {
    try (Stream<Path> s = Files.list(dataset)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("periode=")).sorted().toList();
    }
  }

  /** partition/file → size and modification time, data files only. */
  private static Map<String, String> listing(Path dataset) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dataset)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".parquet")).toList()) {
        files.put(dataset.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p));
      }
    }
    return files;
  }
}
