package fr.vigie.config;

/**
 * One point of the search: the trees' shape and learning rate, and the rare class's weight. The
 * other GBT settings (subsampling, bins, feature subset) are model.gbt's for every candidate.
 */
public record SearchCandidate(
    int maxDepth,
    int maxIter,
    double stepSize,
    int minInstancesPerNode,
    double positiveWeightFactor) {

  public SearchCandidate {
    ConfigException.check(maxDepth >= 1 && maxDepth <= 30, "model.search.candidates[].max-depth", maxDepth,
        "must be in 1..30");
    ConfigException.check(maxIter >= 1, "model.search.candidates[].max-iter", maxIter, "must be at least 1");
    ConfigException.check(stepSize > 0 && stepSize <= 1, "model.search.candidates[].step-size", stepSize,
        "must be in (0, 1]");
    ConfigException.check(minInstancesPerNode >= 1, "model.search.candidates[].min-instances-per-node",
        minInstancesPerNode, "must be at least 1");
    ConfigException.check(positiveWeightFactor > 0, "model.search.candidates[].positive-weight-factor",
        positiveWeightFactor, "must be positive");
  }

  /** model.gbt with this candidate's depth, iterations, step and leaf size. */
  public GbtConfig applyTo(GbtConfig gbt) {
    return new GbtConfig(maxIter, maxDepth, stepSize, gbt.subsamplingRate(), minInstancesPerNode, gbt.maxBins(),
        gbt.featureSubsetStrategy());
  }
}
