package fr.vigie.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/**
 * The only place the codec UDFs are registered. Each returns a struct carrying the decoded value(s) and a
 * {@code reason} (null when the cell is valid or empty), so a reader splits accepted and quarantined rows
 * in one pass.
 */
public final class Udfs {
  private Udfs() {}

  /**
   * Registers every codec UDF on the session under its snake_case name. Cheap (catalog look-ups, no Spark
   * job) and idempotent: a name the session already knows is left as it is.
   */
  public static void register(SparkSession spark) {
    registerOnce(spark, "urssaf_period", new UrssafPeriodUdf(), UrssafPeriodUdf.TYPE);
    registerOnce(spark, "urssaf_period_short", new UrssafPeriodShortUdf(), UrssafPeriodShortUdf.TYPE);
    registerOnce(spark, "urssaf_period_long", new UrssafPeriodLongUdf(), UrssafPeriodLongUdf.TYPE);
    registerOnce(spark, "aamj_date", new AamjDateUdf(), AamjDateUdf.TYPE);
    registerOnce(spark, "plain_date", new PlainDateUdf(), PlainDateUdf.TYPE);
    registerOnce(spark, "text_month_date", new TextMonthDateUdf(), TextMonthDateUdf.TYPE);
    registerOnce(spark, "slash_date", new SlashDateUdf(), SlashDateUdf.TYPE);
    registerOnce(spark, "iso_date", new IsoDateUdf(), IsoDateUdf.TYPE);
    registerOnce(spark, "flexible_date", new FlexibleDateUdf(), FlexibleDateUdf.TYPE);
    registerOnce(spark, "decimal_number", new DecimalNumberUdf(), DecimalNumberUdf.TYPE);
    registerOnce(spark, "whole_number", new WholeNumberUdf(), WholeNumberUdf.TYPE);
    registerOnce(spark, "centimes", new CentimesUdf(), CentimesUdf.TYPE);
    registerOnce(spark, "euros", new EurosUdf(), EurosUdf.TYPE);
    registerOnce(spark, "headcount", new HeadcountUdf(), HeadcountUdf.TYPE);
    registerOnce(spark, "siren", new SirenUdf(), SirenUdf.TYPE);
    registerOnce(spark, "siret", new SiretUdf(), SiretUdf.TYPE);
    registerOnce(spark, "compte", new CompteUdf(), CompteUdf.TYPE);
    registerOnce(spark, "departement", new DepartementUdf(), DepartementUdf.TYPE);
    registerOnce(spark, "ap_motif", new ApMotifUdf(), ApMotifUdf.TYPE);
    registerOnce(spark, "procol_label", new ProcolLabelUdf(), ProcolLabelUdf.TYPE);
  }

  /** Skips a name already registered, so that a second call neither re-registers nor logs Spark's "replaced" warning. */
  private static void registerOnce(SparkSession spark, String name, UDF1<String, Row> udf, StructType type) {
    if (!spark.catalog().functionExists(name)) spark.udf().register(name, udf, type);
  }
}
