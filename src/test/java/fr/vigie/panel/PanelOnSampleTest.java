package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SampleConfig;
import fr.vigie.job.Job;
import fr.vigie.sample.SampleGenerator;
import fr.vigie.source.Ingest;
import fr.vigie.spark.TableDiff;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on a generated sample (raw files → ingest → panel): every column of panel.md,
 * plausible coverage where the sources have data, Hive partitions readable by a plain Parquet reader.
 */
@Tag("e2e")
class PanelOnSampleTest {
  static final SparkSession SPARK = TestSpark.session();
  /** The columns panel.md names for panel/ (the financial families are checked by a few members). */
  static final List<String> CONTRACT = List.of("siret", "siren", "periode", "cotisation", "montant_part_ouvriere",
      "montant_part_patronale", "montant_part_ouvriere_past_1", "montant_part_ouvriere_past_2",
      "montant_part_ouvriere_past_3", "montant_part_ouvriere_past_6", "montant_part_ouvriere_past_12",
      "montant_part_patronale_past_1", "montant_part_patronale_past_2", "montant_part_patronale_past_3",
      "montant_part_patronale_past_6", "montant_part_patronale_past_12", "cotisation_moy12m", "ratio_dette",
      "ratio_dette_moy12m", "tag_debit", "tag_default", "interessante_urssaf", "dette_par_effectif",
      "dette_par_effectif_diff3m", "effectif", "effectif_reporte", "effectif_past_6", "effectif_past_12",
      "effectif_past_18", "effectif_past_24", "effectif_variation_12m", "effectif_entreprise",
      "apart_heures_autorisees", "apart_heures_consommees", "apart_heures_consommees_cumulees",
      "apart_motif_recours", "ratio_apart", "delai_nb_jours_total", "delai_montant_echeancier",
      "delai_nb_jours_restants", "delai_deviation_remboursement", "ccsf_mois_depuis", "code_ape", "code_naf",
      "code_ape_niveau2", "departement", "region", "siege", "age", "age_entreprise", "categorie_juridique",
      "poids_frng", "taux_marge", "delai_fournisseur", "dette_fiscale", "financier_court_terme", "frais_financier",
      "poids_frng_past_1", "poids_frng_past_2", "ca", "valeur_ajoutee", "excedent_brut_d_exploitation",
      "liquidite_reduite", "endettement", "rentabilite_nette", "ca_past_1", "ca_past_2",
      "region_procol_liquidation", "region_procol_redressement", "region_procol_sauvegarde",
      "region_procol_variation_annuelle", "departement_ae_immatriculations", "departement_ae_radiations",
      "departement_ae_part_actifs_economiques", "departement_ae_ca_moyen", "departement_ae_variation_annuelle",
      "dans_perimetre", "date_procedure_collective", "etat_procedure_collective", "en_procedure", "outcome",
      "time_til_outcome");

  @TempDir static Path dir;
  static Dataset<Row> panel;
  /** panel ⋈ bilans: every balance-sheet item of the sheet in force. */
  static Dataset<Row> wide;
  static Dataset<Row> companies;

  @BeforeAll
  static void run() {
    Path sample = dir.resolve("sample");
    Path output = dir.resolve("output");
    // 2018-01 .. 2020-12: two years of history before the crisis
    SampleGenerator.generate(SPARK, new SampleConfig(400, 36, YearMonth.of(2018, 1), 3, 0.001, 0.01, 0.015),
        sample.toString());
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of(),
        Map.of("input.root", sample.toString(), "output.root", output.toString()));
    try (Job job = new Job(loaded, null, SPARK)) {
      Ingest.run(job);
      PanelJob.run(job);
    }
    panel = SPARK.read().parquet(output.resolve("panel").toString()).cache();
    wide = BalanceSheets.wide(panel, SPARK.read().parquet(output.resolve("bilans").toString()),
        ConfigLoader.defaultsOnly().panel()).cache();
    companies = SPARK.read().parquet(output.resolve("panel_entreprise").toString()).cache();
  }

  @Test
  void holdsEveryColumnOfTheContract() {
    assertThat(wide.columns()).contains(CONTRACT.toArray(String[]::new));
    assertThat(panel.columns()).as("the balance sheets are in bilans/, the panel carries their keys")
        .contains("exercice_bdf", "exercice_diane", "poids_frng", "frais_financier")
        .doesNotContain("poids_frng_past_1", "ca", "ca_past_1");
    assertThat(companies.columns()).contains("siren", "periode", "cotisation", "effectif", "nb_etablissements",
        "montant_part_ouvriere", "apart_heures_consommees", "outcome", "dans_perimetre");
  }

  @Test
  void isCalendarCompleteOverTheSampleWindow() {
    Row shape = panel.agg(count("*"), countDistinct(col("siret")), countDistinct(col("periode"))).first();
    assertThat(shape.getLong(2)).isEqualTo(36);
    assertThat(shape.getLong(0)).isEqualTo(shape.getLong(1) * 36);
    assertThat(companies.agg(countDistinct(col("periode"))).first().getLong(0)).isEqualTo(36);
  }

  /** Share of non-null values of each column over the rows matching {@code where}. */
  static double coverage(String column, String where) {
    Row r = wide.where(where).agg(count(col(column)), count("*")).first();
    return (double) r.getLong(0) / r.getLong(1);
  }

  @Test
  void featuresAreFilledWhereTheSourcesHaveData() {
    String established = "periode >= '2019-01-01'"; // a year of history behind every window
    assertThat(coverage("montant_part_ouvriere", "true")).isEqualTo(1.0);
    assertThat(coverage("cotisation", established)).isGreaterThan(0.8);
    assertThat(coverage("cotisation_moy12m", established)).isGreaterThan(0.7);
    assertThat(coverage("ratio_dette", established)).isGreaterThan(0.7);
    assertThat(coverage("effectif", established)).isGreaterThan(0.8); // closed establishments stop declaring
    // the calendar's first three months have no headcount yet (published 3 months late), so the
    // lag of 12 is null on 2019-01 .. 2019-03 by construction
    assertThat(coverage("effectif_past_12", established)).isGreaterThan(0.65);
    assertThat(coverage("code_ape", "true")).isGreaterThan(0.95);
    assertThat(coverage("region", "true")).isGreaterThan(0.95);
    assertThat(coverage("age_entreprise", "true")).isGreaterThan(0.95);
    assertThat(coverage("region_procol_liquidation", established)).isGreaterThan(0.95);
    assertThat(coverage("departement_ae_immatriculations", "periode >= '2019-06-01'")).isGreaterThan(0.9);
    assertThat(coverage("poids_frng", "periode >= '2019-09-01' and effectif >= 10")).isGreaterThan(0.3);
    assertThat(coverage("ca", "periode >= '2019-09-01' and effectif >= 10")).isGreaterThan(0.3);
    assertThat(coverage("apart_heures_autorisees", "periode = '2020-04-01'")).isGreaterThan(0.1);
    assertThat(coverage("apart_heures_consommees", "periode = '2020-05-01'")).isGreaterThan(0.1);
    assertThat(coverage("delai_montant_echeancier", established)).isGreaterThan(0.0);
    assertThat(coverage("ccsf_mois_depuis", established)).isGreaterThan(0.0);
    // labels: known up to 18 months before the end of the data
    assertThat(coverage("outcome", "periode <= '2019-06-01'")).isEqualTo(1.0);
    assertThat(coverage("outcome", "periode > '2019-06-01'")).isEqualTo(0.0);
    long positives = panel.where("outcome and dans_perimetre").count();
    long labelled = panel.where("outcome is not null and dans_perimetre and not en_procedure").count();
    assertThat(labelled).isPositive();
    assertThat((double) positives / labelled).as("18-month base rate in scope").isBetween(0.002, 0.15);
    // some debts, some defaults, some procedures: the sample's economy shows through
    assertThat(panel.where("tag_debit").count()).isPositive();
    assertThat(panel.where("en_procedure").count()).isPositive();
  }

  /**
   * Two runs of the same inputs write the same values bit for bit whatever the partitioning
   * (panel.md, exact money): here ingest and panel again with 7 shuffle partitions instead of 2.
   */
  @Test
  void anotherPartitioningWritesTheSameValues() {
    Path output = dir.resolve("output-7");
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, List.of(),
        Map.of("input.root", dir.resolve("sample").toString(), "output.root", output.toString()));
    String partitions = SPARK.conf().get("spark.sql.shuffle.partitions");
    SPARK.conf().set("spark.sql.shuffle.partitions", "7");
    try (Job job = new Job(loaded, null, SPARK)) {
      Ingest.run(job);
      PanelJob.run(job);
    } finally {
      SPARK.conf().set("spark.sql.shuffle.partitions", partitions);
    }
    TableDiff.Result establishments = TableDiff.compare(panel,
        SPARK.read().parquet(output.resolve("panel").toString()), List.of("siret", "periode"), 5);
    assertThat(establishments.equal()).as(establishments.report()).isTrue();
    TableDiff.Result perCompany = TableDiff.compare(companies,
        SPARK.read().parquet(output.resolve("panel_entreprise").toString()), List.of("siren", "periode"), 5);
    assertThat(perCompany.equal()).as(perCompany.report()).isTrue();
  }

  @Test
  void partitionsAreHiveStyleAndReadableByAPlainParquetReader() throws IOException {
    Path root = dir.resolve("output/panel");
    List<Path> partitions;
    try (Stream<Path> s = Files.list(root)) {
      partitions = s.filter(p -> p.getFileName().toString().startsWith("periode=")).sorted().toList();
    }
    assertThat(partitions).hasSize(36);
    assertThat(partitions.get(0).getFileName().toString()).isEqualTo("periode=2018-01-01");
    long rows = 0;
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(partitions.get(12))) {
      s.filter(p -> p.toString().endsWith(".parquet")).forEach(files::add);
    }
    for (Path file : files) {
      try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
          new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
        rows += reader.getRecordCount();
        assertThat(reader.getFooter().getFileMetaData().getSchema().containsField("siret")).isTrue();
      }
    }
    assertThat(rows).isEqualTo(panel.where("periode = '2019-01-01'").count());
  }
}
