package fr.vigie.config;

import java.time.YearMonth;

/**
 * Defaults of the built-in sample generator ({@code vigie sample}; docs/sample.md). The
 * command's options override establishments, months, start and seed.
 *
 * @param establishments     establishments to generate (companies have one or more)
 * @param months             calendar months from {@code start}
 * @param seed               everything generated is a function of (seed, company)
 * @param corruptedLineRate  share of URSSAF compte-file lines corrupted on purpose (truncated, stray quote)
 * @param duplicateLineRate  share of lines delivered twice (exact duplicates, kept at read time)
 * @param missingCellRate    share of published effectif cells left empty
 */
public record SampleConfig(int establishments, int months, YearMonth start, long seed, double corruptedLineRate,
    double duplicateLineRate, double missingCellRate) implements java.io.Serializable {
  public SampleConfig {
    ConfigException.check(establishments >= 1, "sample.establishments", establishments, "must be at least 1");
    ConfigException.check(months >= 1 && months <= 600, "sample.months", months, "must be in [1, 600]");
    ConfigException.check(start != null, "sample.start", start, "must be a month yyyy-MM");
    ConfigException.check(start.getYear() >= 1951 && start.plusMonths(months).getYear() <= 2049, "sample.start",
        start, "the window must stay within 1951-2049 (two-digit URSSAF years)");
    ConfigException.check(corruptedLineRate >= 0 && corruptedLineRate < 0.5, "sample.corrupted-line-rate",
        corruptedLineRate, "must be in [0, 0.5)");
    ConfigException.check(duplicateLineRate >= 0 && duplicateLineRate < 0.5, "sample.duplicate-line-rate",
        duplicateLineRate, "must be in [0, 0.5)");
    ConfigException.check(missingCellRate >= 0 && missingCellRate < 0.5, "sample.missing-cell-rate",
        missingCellRate, "must be in [0, 0.5)");
  }

  /** The same defaults with the command's options applied (null = keep). */
  public SampleConfig with(Integer establishments, Integer months, YearMonth start, Long seed) {
    return new SampleConfig(establishments != null ? establishments : this.establishments,
        months != null ? months : this.months, start != null ? start : this.start, seed != null ? seed : this.seed,
        corruptedLineRate, duplicateLineRate, missingCellRate);
  }

  /** The first month after the window. */
  public YearMonth end() {
    return start.plusMonths(months);
  }
}
