package fr.vigie.config;

import java.util.Map;

/** Spark settings for runs that are not launched by spark-submit, plus free-form spark.* settings. */
public record SparkConfig(String master, String appName, int shufflePartitions, Map<String, String> conf) {
  public SparkConfig {
    ConfigException.check(shufflePartitions >= 1, "spark.shuffle-partitions", shufflePartitions, "must be at least 1");
    conf = conf == null ? Map.of() : Map.copyOf(conf);
    for (String key : conf.keySet()) {
      ConfigException.check(key.startsWith("spark."), "spark.conf." + key, conf.get(key), "keys must start with spark.");
    }
  }
}
