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
    // the progress bar helps someone watching a terminal and litters a scheduler's log: on only
    // when the JVM has a console, unless spark-submit --conf or the configuration says otherwise
    if (System.getProperty("spark.ui.showConsoleProgress") == null) {
      builder.config("spark.ui.showConsoleProgress", Boolean.toString(System.console() != null));
    }
    config.conf().forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    Udfs.register(spark);
    return spark;
  }
}
