package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import fr.vigie.source.InputException;
import fr.vigie.spark.TestSpark;
import java.time.YearMonth;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The source columns the panel's records read are checked when the plan is built, before any job. */
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
        .hasMessageContaining("enc_direct")
        .hasMessageContaining("cotis_due"); // the columns it does have
    assertThat(SPARK.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobsBefore);
  }

  private static PanelInputs inputs(Dataset<Row> cotisations) {
    return new PanelInputs(SPARK, ConfigLoader.defaultsOnly(), Map.of(SourceName.COTISATIONS, cotisations),
        Months.index(YearMonth.of(2019, 1)), Months.index(YearMonth.of(2019, 12)));
  }
}
