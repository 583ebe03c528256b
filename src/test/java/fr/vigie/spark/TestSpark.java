package fr.vigie.spark;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of the test JVM, with every codec UDF registered. */
public final class TestSpark {
  private TestSpark() {}

  /** The shared session: local[2], UI off, 2 shuffle partitions, UTC; created on first use. */
  public static SparkSession session() {
    return Holder.SESSION;
  }

  /** Initialised by the JVM on first access to {@link #session()}, once, thread-safely. */
  private static final class Holder {
    static final SparkSession SESSION = create();

    private static SparkSession create() {
      SparkSession spark = SparkSession.builder()
          .appName("vigie-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
          .config("spark.sql.debug.maxToStringFields", "2000")
          .getOrCreate();
      Udfs.register(spark);
      return spark;
    }
  }
}
