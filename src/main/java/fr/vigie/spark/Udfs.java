package fr.vigie.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The only place the codec UDFs ({@link Codec}) are registered. Each returns a struct carrying the
 * decoded value(s) and a {@code reason} (null when the cell is valid or empty), so a reader splits
 * accepted and quarantined rows in one pass.
 */
public final class Udfs {
  private Udfs() {}

  /**
   * Registers every codec UDF on the session under its snake_case name. Cheap (catalog look-ups, no Spark
   * job) and idempotent: a name the session already knows is left as it is.
   */
  public static void register(SparkSession spark) {
    for (Codec codec : PeriodCodec.values()) registerOnce(spark, codec);
    for (Codec codec : ValueCodec.values()) registerOnce(spark, codec);
    for (Codec codec : EventCodec.values()) registerOnce(spark, codec);
  }

  /** Skips a name already registered, so that a second call neither re-registers nor logs Spark's "replaced" warning. */
  private static void registerOnce(SparkSession spark, Codec codec) {
    if (!spark.catalog().functionExists(codec.udfName())) spark.udf().register(codec.udfName(), codec, codec.type());
  }
}
