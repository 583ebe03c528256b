package fr.vigie.config;

import java.time.YearMonth;

/** Defaults of the built-in sample generator. */
public record SampleConfig(int establishments, int months, YearMonth start, long seed, double corruptedLineRate) {
  public SampleConfig {
    ConfigException.check(establishments >= 1, "sample.establishments", establishments, "must be at least 1");
    ConfigException.check(months >= 1, "sample.months", months, "must be at least 1");
    ConfigException.check(start != null, "sample.start", start, "must be a month yyyy-MM");
    ConfigException.check(corruptedLineRate >= 0 && corruptedLineRate < 0.5, "sample.corrupted-line-rate",
        corruptedLineRate, "must be in [0, 0.5)");
  }
}
