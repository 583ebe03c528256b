package fr.vigie.config;

import java.util.Set;

/** Hyper-parameters of Spark MLlib's GBTClassifier. */
public record GbtConfig(
    int maxIter,
    int maxDepth,
    double stepSize,
    double subsamplingRate,
    int minInstancesPerNode,
    int maxBins,
    String featureSubsetStrategy) {

  private static final Set<String> STRATEGIES = Set.of("auto", "all", "onethird", "sqrt", "log2");

  public GbtConfig {
    ConfigException.check(maxIter >= 1, "model.gbt.max-iter", maxIter, "must be at least 1");
    ConfigException.check(maxDepth >= 1 && maxDepth <= 30, "model.gbt.max-depth", maxDepth, "must be in 1..30");
    ConfigException.check(stepSize > 0 && stepSize <= 1, "model.gbt.step-size", stepSize, "must be in (0, 1]");
    ConfigException.check(subsamplingRate > 0 && subsamplingRate <= 1, "model.gbt.subsampling-rate", subsamplingRate,
        "must be in (0, 1]");
    ConfigException.check(minInstancesPerNode >= 1, "model.gbt.min-instances-per-node", minInstancesPerNode,
        "must be at least 1");
    ConfigException.check(maxBins >= 2, "model.gbt.max-bins", maxBins, "must be at least 2");
    ConfigException.check(STRATEGIES.contains(featureSubsetStrategy), "model.gbt.feature-subset-strategy",
        featureSubsetStrategy, "must be one of " + STRATEGIES);
  }
}
