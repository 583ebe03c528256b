package fr.vigie.spark;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The codec UDFs as Spark sees them: declared struct types, values, reasons, null input. */
class UdfsTest {
  private final SparkSession spark = TestSpark.session();

  /** One string column "raw", in the given order, with an "i" column to sort on. */
  private Dataset<Row> raws(String... values) {
    return spark.createDataset(Arrays.asList(values), Encoders.STRING()).toDF("raw")
        .withColumn("i", monotonically_increasing_id());
  }

  /** The rows of the UDF applied to "raw", each flattened to a list of its struct's fields, in input order. */
  private List<List<Object>> apply(String udf, String... values) {
    Column decoded = call_udf(udf, col("raw"));
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : raws(values).select(decoded.as("d"), col("i")).orderBy("i").collectAsList()) {
      Row d = r.getStruct(0);
      List<Object> fields = new ArrayList<>();
      for (int k = 0; k < d.size(); k++) fields.add(d.get(k) instanceof Date date ? date.toLocalDate() : d.get(k));
      rows.add(fields);
    }
    return rows;
  }

  @Test
  void urssafPeriodGivesFirstDayEndDayAndMonths() {
    assertThat(apply("urssaf_period", "1820", "201712", "1862", "199904", null)).as("urssaf_period on AAXY, AAAAXY, bad, null")
        .containsExactly(
            Arrays.asList(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 7, 1), 3, null),
            Arrays.asList(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 1), 1, null),
            Arrays.asList(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1), 12, null),
            Arrays.asList(null, null, null, "invalid_period:199904"),
            Arrays.asList(null, null, null, "invalid_period:"));
  }

  @Test
  void shortAndLongPeriodsTakeOneFormEach() {
    assertThat(apply("urssaf_period_short", "1031", "201011")).as("urssaf_period_short")
        .extracting(row -> row.get(3)).containsExactly(null, "invalid_period:201011");
    assertThat(apply("urssaf_period_long", "201011", "1031")).as("urssaf_period_long")
        .extracting(row -> row.get(3)).containsExactly(null, "invalid_period:1031");
  }

  @Test
  void dateUdfsReturnDatesOrReasons() {
    assertThat(apply("aamj_date", "1180203", "1180151", "", null)).as("aamj_date: valid, invalid, empty, null")
        .containsExactly(
            Arrays.asList(LocalDate.of(2018, 2, 3), null),
            Arrays.asList(null, "invalid_date:1180151"),
            Arrays.asList(null, null),
            Arrays.asList(null, null));
    assertThat(apply("plain_date", "20180203")).as("plain_date").containsExactly(Arrays.asList(LocalDate.of(2018, 2, 3), null));
    assertThat(apply("text_month_date", "26MAY2014", "31FEB2014")).as("text_month_date").containsExactly(
        Arrays.asList(LocalDate.of(2014, 5, 26), null), Arrays.asList(null, "invalid_date:31FEB2014"));
    assertThat(apply("slash_date", "23/01/2019 00:00:00")).as("slash_date")
        .containsExactly(Arrays.asList(LocalDate.of(2019, 1, 23), null));
    assertThat(apply("iso_date", "2017-09-09 00:00:00")).as("iso_date")
        .containsExactly(Arrays.asList(LocalDate.of(2017, 9, 9), null));
    assertThat(apply("flexible_date", "2017-09-09", "09/09/2017")).as("flexible_date").containsExactly(
        Arrays.asList(LocalDate.of(2017, 9, 9), null), Arrays.asList(LocalDate.of(2017, 9, 9), null));
  }

  @Test
  void numberUdfsReturnTypedValues() {
    assertThat(apply("decimal_number", "5065,79", "12a")).as("decimal_number").containsExactly(
        Arrays.asList(5065.79, null), Arrays.asList(null, "invalid_amount:12a"));
    assertThat(apply("whole_number", "559.0", "559.5")).as("whole_number").containsExactly(
        Arrays.asList(559L, null), Arrays.asList(null, "invalid_number:559.5"));
    assertThat(apply("centimes", "195907")).as("centimes: exact euros").containsExactly(
        Arrays.asList(new java.math.BigDecimal("1959.07"), null));
    assertThat(apply("euros", "5065,79", "12,345")).as("euros: exact, no fraction of a centime").containsExactly(
        Arrays.asList(new java.math.BigDecimal("5065.79"), null), Arrays.asList(null, "invalid_amount:12,345"));
    assertThat(apply("headcount", "089", "0", "", "n/a")).as("headcount: value, real zero, unknown, invalid")
        .containsExactly(
            Arrays.asList(89, null), Arrays.asList(0, null), Arrays.asList(null, null),
            Arrays.asList(null, "invalid_headcount:n/a"));
    assertThat(apply("ap_motif", "3.0", "8")).as("ap_motif").containsExactly(
        Arrays.asList(3, null), Arrays.asList(null, "invalid_code:8"));
  }

  @Test
  void identifierUdfsPadAndFlagProvisionalSirets() {
    assertThat(apply("siren", "000 111 222", "1234567")).as("siren").containsExactly(
        Arrays.asList("000111222", null), Arrays.asList("001234567", null));
    assertThat(apply("siret", "1234567890123", "1234567890ABCD")).as("siret").containsExactly(
        Arrays.asList("01234567890123", null), Arrays.asList(null, "provisional_siret:1234567890ABCD"));
    assertThat(apply("compte", "123")).as("compte").containsExactly(Arrays.asList("000000000000000123", null));
    assertThat(apply("departement", "2a004", "97105", "7505")).as("departement").containsExactly(
        Arrays.asList("2A", null), Arrays.asList("971", null), Arrays.asList(null, "invalid_code:7505"));
  }

  @Test
  void procolLabelGivesNatureAndStage() {
    assertThat(apply("procol_label", "Solde_procedure_redressement", "Ouverture", "")).as("procol_label")
        .containsExactly(
            Arrays.asList("redressement", "solde_procedure", null),
            Arrays.asList(null, "ouverture", null),
            Arrays.asList(null, null, "empty:"));
  }

  @Test
  void declaredTypesAreTheSchema() {
    StructType schema = raws("1820").select(call_udf("urssaf_period", col("raw")).as("p"),
        call_udf("headcount", col("raw")).as("h")).schema();
    assertThat(schema.apply("p").dataType()).as("urssaf_period type").isEqualTo(PeriodCodec.URSSAF_PERIOD.type());
    assertThat(schema.apply("h").dataType()).as("headcount type").isEqualTo(ValueCodec.HEADCOUNT.type());
    assertThat(PeriodCodec.TYPE.apply("first").dataType()).as("first is a date").isEqualTo(DataTypes.DateType);
    assertThat(ValueCodec.CENTIMES.type().apply("value").dataType()).as("money is exact").isEqualTo(Money.TYPE);
  }

  @Test
  void registeringTwiceIsHarmless() {
    Udfs.register(spark);
    Udfs.register(spark);
    List<String> names = List.of("urssaf_period", "urssaf_period_short", "urssaf_period_long", "aamj_date",
        "plain_date", "text_month_date", "slash_date", "iso_date", "flexible_date", "decimal_number", "whole_number",
        "centimes", "euros", "headcount", "siren", "siret", "compte", "departement", "ap_motif", "procol_label");
    assertThat(names).as("every codec UDF is registered").allMatch(name -> spark.catalog().functionExists(name));
    List<String> typed = new ArrayList<>();
    for (Codec[] kind : new Codec[][] {PeriodCodec.values(), ValueCodec.values(), EventCodec.values()}) {
      for (Codec codec : kind) typed.add(codec.udfName());
    }
    assertThat(typed).as("the typed codecs keep the UDF names").containsExactlyInAnyOrderElementsOf(names);
    assertThat(apply("centimes", "100")).as("centimes after registering again")
        .containsExactly(Arrays.asList(new java.math.BigDecimal("1.00"), null));
  }
}
