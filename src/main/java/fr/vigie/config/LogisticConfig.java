package fr.vigie.config;

/** The baseline logistic regression. */
public record LogisticConfig(int maxIter, double regParam, double elasticNetParam) {
  public LogisticConfig {
    ConfigException.check(maxIter >= 1, "model.logistic.max-iter", maxIter, "must be at least 1");
    ConfigException.check(regParam >= 0, "model.logistic.reg-param", regParam, "must not be negative");
    ConfigException.check(elasticNetParam >= 0 && elasticNetParam <= 1, "model.logistic.elastic-net-param",
        elasticNetParam, "must be in [0, 1]");
  }
}
