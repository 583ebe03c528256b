package fr.vigie.spark;

import fr.vigie.config.SparkConfig;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration for the file-system checks made before Spark starts (input root, sample
 * folder): what {@code sparkContext().hadoopConfiguration()} will hold, so that an {@code s3a://} or
 * {@code hdfs://} path is reached the same way before and after. A bare {@code new Configuration()}
 * would miss the {@code spark.hadoop.*} settings given to spark-submit ({@code --conf
 * spark.hadoop.fs.s3a.endpoint=...}, credentials) and to {@code spark.conf} in the configuration file.
 */
public final class HadoopSettings {
  static final String PREFIX = "spark.hadoop.";

  private HadoopSettings() {}

  /** core-site.xml and friends, then spark-submit's spark.hadoop.* settings, then the configuration file's. */
  public static Configuration beforeSpark(SparkConfig config) {
    Configuration hadoop = new Configuration();
    // spark-submit passes its --conf settings to the driver as system properties, which SparkConf reads
    for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix(PREFIX)) {
      hadoop.set(setting._1(), setting._2());
    }
    // Sessions.create gives the file's spark.conf precedence over the system properties: same here
    for (Map.Entry<String, String> setting : config.conf().entrySet()) {
      if (setting.getKey().startsWith(PREFIX)) hadoop.set(setting.getKey().substring(PREFIX.length()), setting.getValue());
    }
    return hadoop;
  }
}
