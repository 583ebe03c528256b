package fr.vigie.config;

import java.time.YearMonth;

/** Training, out-of-time evaluation and scoring (panel.md, "Model"). */
public record ModelConfig(
    YearMonth trainEnd,
    int testMonths,
    double validationFraction,
    long maxFitRows,
    int fitPartitions,
    double positiveWeightFactor,
    GbtConfig gbt,
    SearchConfig search,
    LogisticConfig logistic,
    AnchoringConfig anchoring,
    double betaRouge,
    double betaOrange,
    int explanations,
    long seed) {

  public ModelConfig {
    ConfigException.check(testMonths >= 1, "model.test-months", testMonths, "must be at least 1");
    ConfigException.check(validationFraction > 0 && validationFraction < 1, "model.validation-fraction",
        validationFraction, "must be in (0, 1)");
    ConfigException.check(maxFitRows >= 1000, "model.max-fit-rows", maxFitRows, "must be at least 1000");
    ConfigException.check(fitPartitions >= 1, "model.fit-partitions", fitPartitions, "must be at least 1");
    ConfigException.check(positiveWeightFactor > 0, "model.positive-weight-factor", positiveWeightFactor,
        "must be positive");
    ConfigException.check(gbt != null, "model.gbt", null, "is required");
    ConfigException.check(search != null, "model.search", null, "is required");
    ConfigException.check(logistic != null, "model.logistic", null, "is required");
    ConfigException.check(anchoring != null, "model.anchoring", null, "is required");
    ConfigException.check(betaRouge > 0, "model.beta-rouge", betaRouge, "must be positive");
    ConfigException.check(betaOrange > 0, "model.beta-orange", betaOrange, "must be positive");
    ConfigException.check(explanations >= 1, "model.explanations", explanations, "must be at least 1");
  }
}
