package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import fr.vigie.error.InputException;
import fr.vigie.spark.TestSpark;
import fr.vigie.source.Debits;
import fr.vigie.source.Readers;
import fr.vigie.source.SourceColumn;
import fr.vigie.source.SourceReader;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The source columns the panel reads are declared per step through the readers' constants and checked
 * when the plan is built, before any job.
 */
class PanelRecordsTest {
  static final SparkSession SPARK = TestSpark.session();

  /** sources/cotisations as written by ingest, less the columns named. */
  private static Dataset<Row> cotisations(String select) {
    return SPARK.sql("SELECT '11007922500014' AS siret, '110079225' AS siren, '530000000000000100' AS compte,"
        + " DATE'2019-04-01' AS periode_debut, DATE'2019-07-01' AS periode_fin, 3 AS nb_mois,"
        + " CAST(19237.15 AS DECIMAL(18,2)) AS cotis_due, CAST(19237.15 AS DECIMAL(18,2)) AS enc_direct,"
        + " 'f' AS file, 1L AS line").selectExpr(select.split(","));
  }

  @Test
  void aSourceWithTheColumnsItNeedsGivesOneRecordPerLine() {
    Dataset<Row> records = PanelRecords.of(inputs(cotisations("*")), null, null);
    assertThat(records.count()).isEqualTo(1);
  }

  @Test
  void aMissingColumnFailsNamingTheRecordsAndTheColumnBeforeAnyJob() {
    Dataset<Row> old = cotisations("siret,siren,compte,periode_debut,periode_fin,nb_mois,cotis_due,file,line");
    long jobsBefore = SPARK.sparkContext().statusTracker().getJobIdsForGroup(null).length;
    assertThatThrownBy(() -> PanelRecords.of(inputs(old), null, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("COTISATION records")
        .hasMessageContaining("cotisations.enc_direct")
        .hasMessageContaining("cotis_due"); // the columns it does have
    assertThat(SPARK.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobsBefore);
  }

  @Test
  void everyDeclaredReadIsAColumnItsReaderWrites() {
    Map<SourceName, Set<String>> written = new EnumMap<>(SourceName.class);
    for (SourceReader reader : Readers.all()) {
      written.put(reader.source(), reader.columns().stream().map(SourceColumn::column).collect(Collectors.toSet()));
    }
    List<SourceReads> reads = PanelBuilder.reads();
    assertThat(reads).extracting(SourceReads::step).as("every step that reads a source declares it")
        .contains("calendar", "regional context", "departmental context", "Banque de France sheets", "Diane sheets",
            "SIRENE_UL records", "PROCOL records", "EFFECTIF_ENTREPRISE records", "EFFECTIF records", "SIRENE records",
            "COTISATION records", "DEBIT records", "DELAI records", "CCSF records", "AP_DEMANDE records",
            "AP_CONSOMMATION records");
    for (SourceReads step : reads) {
      for (SourceColumn column : step.columns()) {
        assertThat(written.get(column.source())).as(step.step() + " reads " + column.qualified())
            .contains(column.column());
      }
    }
  }

  @Test
  void theDebitRecordsDeclareTheColumnsTheyRead() {
    SourceReads debits = PanelRecords.reads().stream().filter(r -> r.step().equals("DEBIT records")).findFirst()
        .orElseThrow();
    assertThat(debits.columns()).as("key, place, compte, period, ECN numbers, processing date, the two shares")
        .containsExactly(Debits.Out.SIRET, Debits.Out.FILE, Debits.Out.LINE, Debits.Out.COMPTE,
            Debits.Out.PERIODE_DEBUT, Debits.Out.NUM_ECN, Debits.Out.NUM_HIST_ECN, Debits.Out.DT_TRT_ECN,
            Debits.Out.MT_PO, Debits.Out.MT_PP);
  }

  @Test
  void aStepOutsideTheRecordsFailsTooBeforeItsFirstJob() {
    // procols_region without its count of procedures: the regional context would fail in its first job
    Dataset<Row> region = SPARK.sql("SELECT '11' AS code_region, 'liquidation' AS nature, 2019L AS annee,"
        + " 1L AS trimestre, 'f' AS file, 1L AS line");
    PanelInputs inputs = new PanelInputs(SPARK, ConfigLoader.defaultsOnly(),
        Map.of(SourceName.COTISATIONS, cotisations("*"), SourceName.PROCOLS_REGION, region),
        Months.index(YearMonth.of(2019, 1)), Months.index(YearMonth.of(2019, 12)));
    long jobsBefore = SPARK.sparkContext().statusTracker().getJobIdsForGroup(null).length;
    assertThatThrownBy(() -> PanelBuilder.plan(inputs, false))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("regional context")
        .hasMessageContaining("procols_region.nombre_de_procedures_brut");
    assertThat(SPARK.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobsBefore);
  }

  private static PanelInputs inputs(Dataset<Row> cotisations) {
    return new PanelInputs(SPARK, ConfigLoader.defaultsOnly(), Map.of(SourceName.COTISATIONS, cotisations),
        Months.index(YearMonth.of(2019, 1)), Months.index(YearMonth.of(2019, 12)));
  }
}
