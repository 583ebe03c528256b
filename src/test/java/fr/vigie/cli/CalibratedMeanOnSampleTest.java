package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.Metrics;
import fr.vigie.spark.TestSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's target, checked on generated data: the calibrated score's mean on the test months is
 * within 10 % of their observed rate. The sample has the default size, length and seed (12,000
 * establishments, 72 months, seed 1, the default model) but starts in 2014-01, so that the test
 * months' label windows (2018-01 .. 2019-12) end before the generator's 2020 crisis: across a shock
 * nothing observable announces, no calibration can hold its mean (the default sample, whose test
 * windows hold the crisis, is 24 % above its observed rate while the generator's own probabilities
 * fall by a quarter; docs/model.md, "Anchoring, measured"). Measured at eab9c6e: +3.8 % (unanchored +22 %).
 */
@Tag("e2e")
class CalibratedMeanOnSampleTest {
  @TempDir static Path root;
  static Metrics metrics;

  @BeforeAll
  static void run() throws Exception {
    TestSpark.session(); // the jobs join the test JVM's session instead of creating theirs
    String sample = root.resolve("sample").toString();
    String output = root.resolve("output").toString();
    RunOnSampleTest.vigie("sample", "--output", sample, "--start", "2014-01");
    for (String step : new String[] {"ingest", "panel", "train"}) {
      RunOnSampleTest.vigie(step, "--input", sample, "--output", output);
    }
    metrics = Metrics.JSON.readValue(root.resolve("output/model/metrics.json").toFile(), Metrics.class);
  }

  @Test
  void theTestMonthsAreThoseWhoseWindowsEndBeforeTheCrisis() {
    assertThat(metrics.windows().testFirst()).isEqualTo("2018-01");
    assertThat(metrics.windows().testLast()).isEqualTo("2018-06");
  }

  @Test
  void calibratedMeanIsWithinTenPercentOfTheObservedRate() {
    Metrics.Calibrated after = metrics.calibration().after();
    assertThat(after.observedRate()).isPositive();
    assertThat(after.meanPredicted() / after.observedRate()).as("calibrated mean / observed rate")
        .isBetween(0.9, 1.1);
  }

  @Test
  void theAnchoringIsWhatBringsItThere() {
    // without the anchoring the Platt calibration carries the validation months' rate and the trees'
    // drift: +22 % on this sample. Guards against a test that would pass with the anchoring off.
    Metrics.Calibrated unanchored = metrics.calibration().unanchored();
    assertThat(unanchored).isNotNull();
    assertThat(Math.abs(metrics.calibration().after().meanPredicted() / unanchored.observedRate() - 1))
        .isLessThan(Math.abs(unanchored.meanPredicted() / unanchored.observedRate() - 1));
  }
}
