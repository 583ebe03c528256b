package fr.vigie.model;

import fr.vigie.config.ConfigException;
import fr.vigie.error.InputException;
import java.time.YearMonth;

/**
 * The out-of-time split (panel.md, "Model"): training months [trainFirst, T], test months
 * [T + H + 1, testLast]. A training row of month T has its label window (T, T + H], so no training
 * label sees a test month; testLast is the last month whose label is known (the latest data month
 * minus H).
 */
public record OutOfTime(YearMonth trainFirst, YearMonth trainLast, YearMonth testFirst, YearMonth testLast) {

  /**
   * @param firstLabelled first month with a known label (the panel's first month)
   * @param lastLabelled  last month with a known label
   * @param trainEnd      model.train-end, or null for the latest T that leaves testMonths test months
   */
  public static OutOfTime of(YearMonth firstLabelled, YearMonth lastLabelled, int horizon, YearMonth trainEnd,
      int testMonths) {
    if (trainEnd == null) {
      YearMonth t = lastLabelled.minusMonths(testMonths + horizon);
      if (t.isBefore(firstLabelled)) {
        throw new InputException(String.format(
            "Cannot split the panel out of time: its labelled months %s .. %s are too few for a training month,"
                + " a gap of %d months (labels.horizon-months) and %d test months (model.test-months); they need"
                + " at least %d labelled months", firstLabelled, lastLabelled, horizon, testMonths,
            testMonths + horizon + 1));
      }
      trainEnd = t;
    }
    YearMonth testFirst = trainEnd.plusMonths(horizon + 1L);
    if (trainEnd.isBefore(firstLabelled)) {
      throw ConfigException.badValue("model.train-end", trainEnd, "it is before the first month of the panel, "
          + firstLabelled);
    }
    if (testFirst.isAfter(lastLabelled)) {
      throw ConfigException.badValue("model.train-end", trainEnd, String.format(
          "the test months would start at %s (T + %d + 1), after the last month whose label is known, %s;"
              + " the latest usable value is %s", testFirst, horizon, lastLabelled,
          lastLabelled.minusMonths(horizon + 1L)));
    }
    return new OutOfTime(firstLabelled, trainEnd, testFirst, lastLabelled);
  }

  public long testMonthCount() {
    return testFirst.until(testLast, java.time.temporal.ChronoUnit.MONTHS) + 1;
  }
}
