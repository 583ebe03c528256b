package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import fr.vigie.spark.TestSpark;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A national retailer: one company of 20,000 establishments, each with a cotisation and a headcount
 * every month for 6 years, all in one task (panel.partitions = 1). The pass holds one establishment's
 * records and the company's months at a time, so the task completes in the test JVM's heap; the
 * company's row sums its establishments exactly.
 */
@Tag("e2e")
class LargeCompanyTest {
  static final SparkSession SPARK = TestSpark.session();
  static final int ESTABLISHMENTS = 20_000;
  static final YearMonth START = YearMonth.of(2015, 1);
  static final int MONTHS = 72;

  @Test
  void aCompanyOfTwentyThousandEstablishmentsFitsInOneTask() {
    VigieConfig config = ConfigLoader.load(null, List.of("panel.partitions=1", "panel.start=" + START,
        "panel.end=" + START.plusMonths(MONTHS - 1)), Map.of()).config();
    // establishment e: siret 999999999 + 5-digit nic; 100.00 € due every month; 10 + e % 7 people
    Dataset<Row> cells = SPARK.range((long) ESTABLISHMENTS * MONTHS)
        .select(col("id").divide(MONTHS).cast("long").as("e"), col("id").mod(MONTHS).cast("int").as("k"))
        .withColumn("siret", concat(lit("999999999"), lpad(col("e").cast("string"), 5, "0")))
        .withColumn("siren", lit("999999999"))
        .withColumn("periode_debut", expr("add_months(date'" + START.atDay(1) + "', k)"))
        .cache();
    Dataset<Row> cotisations = cells.select(col("siret"), col("siren"), lit("117").as("compte"),
        col("periode_debut"), expr("add_months(periode_debut, 1)").as("periode_fin"), lit(1).as("nb_mois"),
        expr("cast(100.00 as decimal(18,2))").as("cotis_due"),
        expr("cast(100.00 as decimal(18,2))").as("enc_direct"), lit("f").as("file"), col("k").cast("long").as("line"));
    Dataset<Row> effectif = cells.select(col("siret"), col("siren"), col("periode_debut").as("periode"),
        expr("cast(10 + e % 7 as int)").as("effectif"), lit("f").as("file"), col("k").cast("long").as("line"));
    Map<SourceName, Dataset<Row>> sources = new EnumMap<>(SourceName.class);
    sources.put(SourceName.COTISATIONS, cotisations);
    sources.put(SourceName.EFFECTIF, effectif);
    int start = Months.index(START);
    PanelBuilder.Plan plan = PanelBuilder.plan(new PanelInputs(SPARK, config, sources, start, start + MONTHS - 1),
        false);

    assertThat(plan.pass().establishments(SPARK, null).count()).isEqualTo((long) ESTABLISHMENTS * MONTHS);
    List<Row> company = plan.pass().companies(SPARK, null).where(col(Columns.PERIODE).equalTo(
        lit(java.sql.Date.valueOf(START.plusMonths(24).atDay(1))))).collectAsList();
    assertThat(company).hasSize(1);
    Row row = company.get(0);
    assertThat((Integer) row.getAs(Columns.NB_ETABLISSEMENTS)).isEqualTo(ESTABLISHMENTS);
    assertThat((Double) row.getAs(Columns.COTISATION)).isEqualTo(100.0 * ESTABLISHMENTS);
    // headcount published 3 months late: 10 + e % 7 summed over the establishments
    long people = 0;
    for (int e = 0; e < ESTABLISHMENTS; e++) people += 10 + e % 7;
    assertThat((Long) row.getAs(Columns.EFFECTIF)).isEqualTo(people);
    cells.unpersist();
  }
}
