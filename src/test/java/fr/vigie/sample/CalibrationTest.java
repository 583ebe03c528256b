package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The generating model's calibration (docs/sample.md, "The truth"): pure Java, no Spark. */
class CalibrationTest {
  static final YearMonth START = YearMonth.of(2015, 1);
  static final int MONTHS = 72;

  @Test
  void yearlyOpeningRateOfCompaniesWithTenEmployeesOrMoreIsBetweenOneAndTwoPercent() {
    Population population = new Population(7, START, MONTHS);
    Calibration calibration = new Calibration();
    for (int i = 0; i < 80_000; i++) calibration.add(population.company(i, Integer.MAX_VALUE), START, MONTHS);
    System.out.println("yearly opening rate of 10+ companies: " + calibration.rate() + " by year "
        + calibration.rateByYear());
    assertThat(calibration.rate()).as("pooled over 2015-2019").isBetween(0.01, 0.02);
    double before = calibration.rateByYear().entrySet().stream().filter(e -> e.getKey() < 2020)
        .mapToDouble(java.util.Map.Entry::getValue).average().orElseThrow();
    assertThat(calibration.rateByYear().get(2020)).as("the crisis year has fewer openings than 2015-2019")
        .isLessThan(before);
  }
}
