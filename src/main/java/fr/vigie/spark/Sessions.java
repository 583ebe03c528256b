package fr.vigie.spark;

import fr.vigie.config.SparkConfig;
import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession from the configuration. */
public final class Sessions {
  private Sessions() {}

  /**
   * Under spark-submit the master and the submitted settings are already in the system properties
   * and win; the configured master only applies to a plain local run.
   */
  public static SparkSession create(SparkConfig config) {
    SparkSession.Builder builder = SparkSession.builder().appName(config.appName());
    if (System.getProperty("spark.master") == null) builder.master(config.master());
    builder.config("spark.sql.shuffle.partitions", Integer.toString(config.shufflePartitions()));
    // re-running a month replaces that month's partitions and nothing else (panel.md, layout)
    builder.config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    config.conf().forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    Udfs.register(spark);
    return spark;
  }
}
