package fr.vigie.config;

import java.time.YearMonth;
import java.util.List;

/** Calendar and feature windows of the monthly panels (panel.md). */
public record PanelConfig(
    YearMonth start,
    YearMonth end,
    List<Integer> debtLags,
    List<Integer> headcountLags,
    int meanWindowMonths,
    double tagDebitThreshold,
    double tagDefaultThreshold,
    int tagDefaultMonths,
    int interessanteUrssafMonths,
    int debtPerHeadDiffMonths,
    int financialUsableFromMonths,
    int financialUsableUntilMonths,
    int financialPastYears,
    double monthlyHours,
    int partitions) implements java.io.Serializable {

  public PanelConfig {
    ConfigException.check(end == null || start == null || !end.isBefore(start), "panel.end", end,
        "is before panel.start " + start);
    debtLags = positiveLags("panel.debt-lags", debtLags);
    headcountLags = positiveLags("panel.headcount-lags", headcountLags);
    ConfigException.check(meanWindowMonths >= 1, "panel.mean-window-months", meanWindowMonths, "must be at least 1");
    ConfigException.check(tagDefaultMonths >= 1, "panel.tag-default-months", tagDefaultMonths, "must be at least 1");
    ConfigException.check(interessanteUrssafMonths >= 1, "panel.interessante-urssaf-months", interessanteUrssafMonths,
        "must be at least 1");
    ConfigException.check(debtPerHeadDiffMonths >= 1, "panel.debt-per-head-diff-months", debtPerHeadDiffMonths,
        "must be at least 1");
    ConfigException.check(financialUsableFromMonths >= 0, "panel.financial-usable-from-months",
        financialUsableFromMonths, "must not be negative");
    ConfigException.check(financialUsableUntilMonths > financialUsableFromMonths, "panel.financial-usable-until-months",
        financialUsableUntilMonths, "must be after panel.financial-usable-from-months");
    ConfigException.check(financialPastYears >= 0, "panel.financial-past-years", financialPastYears,
        "must not be negative");
    ConfigException.check(monthlyHours > 0, "panel.monthly-hours", monthlyHours, "must be positive");
    ConfigException.check(partitions >= 0, "panel.partitions", partitions, "must not be negative");
  }

  private static List<Integer> positiveLags(String key, List<Integer> lags) {
    ConfigException.check(lags != null, key, lags, "must be a list of months");
    for (Integer lag : lags) ConfigException.check(lag != null && lag >= 1, key, lags, "every lag must be at least 1");
    return List.copyOf(lags);
  }
}
