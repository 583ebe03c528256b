package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.model.Curves.ScoreCount;
import fr.vigie.model.Evaluations.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Isotonic and Platt calibration, the rule between them, and the calibration figures of metrics.json. */
class CalibratorTest {
  private static final double EPS = 1e-12;

  /** Rates 0, .2, .1, .5, .4, .9 at scores .1 … .6, 10 rows each. */
  static List<ScoreCount> violators() {
    return List.of(new ScoreCount(0.1, 0, 10), new ScoreCount(0.2, 2, 8), new ScoreCount(0.3, 1, 9),
        new ScoreCount(0.4, 5, 5), new ScoreCount(0.5, 4, 6), new ScoreCount(0.6, 9, 1));
  }

  /*
   * Pool adjacent violators by hand: .2 > .1 pools scores .2 and .3 (3 of 20 = .15), .5 > .4 pools
   * .4 and .5 (9 of 20 = .45). Knots (.1, 0) (.2, .15) (.3, .15) (.4, .45) (.5, .45) (.6, .9).
   */
  @Test
  void isotonicPoolsAdjacentViolatorsAsComputedByHand() {
    Calibrator iso = Calibrator.isotonic(violators());
    assertThat(iso.method()).isEqualTo(Calibrator.ISOTONIC);
    assertThat(iso.scores()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    assertThat(iso.probabilities()).containsExactly(new double[] {0, 0.15, 0.15, 0.45, 0.45, 0.9}, within(EPS));
    assertThat(iso.rows()).isEqualTo(60);
    assertThat(iso.positives()).isEqualTo(21);
  }

  @Test
  void isotonicIsFlatWithinABlockLinearBetweenBlocksAndClipped() {
    Calibrator iso = Calibrator.isotonic(violators());
    assertThat(iso.apply(0.25)).as("within the block .2–.3: a tie").isCloseTo(0.15, within(EPS));
    assertThat(iso.apply(0.2)).isCloseTo(iso.apply(0.3), within(EPS));
    assertThat(iso.apply(0.35)).as("halfway between blocks").isCloseTo(0.30, within(EPS));
    assertThat(iso.apply(0.55)).isCloseTo(0.675, within(EPS));
    assertThat(iso.apply(0.01)).as("below the lowest score").isEqualTo(0.0);
    assertThat(iso.apply(0.99)).as("above the highest score").isCloseTo(0.9, within(EPS));
  }

  @Test
  void isotonicMergesOneScoreSeenInSeveralMonthsAndKeepsTheFittedRowsRate() {
    List<ScoreCount> split = new ArrayList<>();
    for (ScoreCount c : violators()) { // the same rows, delivered as two months
      split.add(new ScoreCount(c.score(), c.positives() / 2, c.negatives() / 2));
      split.add(new ScoreCount(c.score(), c.positives() - c.positives() / 2, c.negatives() - c.negatives() / 2));
    }
    Calibrator iso = Calibrator.isotonic(split);
    assertThat(iso.scores()).containsExactly(Calibrator.isotonic(violators()).scores());
    double sum = 0;
    for (ScoreCount c : violators()) sum += iso.apply(c.score()) * (c.positives() + c.negatives());
    assertThat(sum / 60).as("mean of the calibrated fitted rows = their positive rate").isCloseTo(21.0 / 60, within(EPS));
  }

  @Test
  void bothMethodsNeverReverseTheOrderOfScores() {
    Random random = new Random(3);
    List<ScoreCount> counts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double s = random.nextDouble();
      long n = 1 + random.nextInt(40);
      long positives = Math.round(n * s * s * random.nextDouble() * 2);
      counts.add(new ScoreCount(s, Math.min(n, positives), n - Math.min(n, positives)));
    }
    for (Calibrator c : List.of(Calibrator.isotonic(counts), Calibrator.platt(counts))) {
      double previous = -1;
      for (double s = 0; s <= 1.0; s += 0.001) {
        double p = c.apply(s);
        assertThat(p).as(c.method() + " at " + s).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
        previous = p;
      }
    }
    Calibrator platt = Calibrator.platt(counts);
    assertThat(platt.apply(0.6)).as("Platt is strictly increasing: no tie").isGreaterThan(platt.apply(0.5999));
  }

  @Test
  void plattRecoversALogisticFunctionOfTheLogOdds() {
    // the observed rate is 1 / (1 + exp(-1.5·logit(s) + 2)): Platt must find A = -1.5, B = 2
    List<ScoreCount> counts = new ArrayList<>();
    for (int i = 1; i < 100; i++) {
      double s = i / 100.0;
      double p = 1 / (1 + Math.exp(-1.5 * Platt.logit(s) + 2));
      long n = 100_000;
      long positives = Math.round(n * p);
      counts.add(new ScoreCount(s, positives, n - positives));
    }
    Calibrator platt = Calibrator.platt(counts);
    assertThat(platt.method()).isEqualTo(Calibrator.PLATT);
    assertThat(platt.a()).isCloseTo(-1.5, within(0.01));
    assertThat(platt.b()).isCloseTo(2.0, within(0.01));
  }

  @Test
  void plattsMeanIsItsRegularisedTargetsMean() {
    // at the optimum the gradient in B is 0: Σ p = N+ (N+ + 1)/(N+ + 2) + N- / (N- + 2)
    List<ScoreCount> counts = violators();
    Calibrator platt = Calibrator.platt(counts);
    double sum = 0;
    for (ScoreCount c : counts) sum += platt.apply(c.score()) * (c.positives() + c.negatives());
    double targets = 21 * 22.0 / 23 + 39 * 1.0 / 41;
    assertThat(sum).isCloseTo(targets, within(1e-4));
  }

  @Test
  void theRuleChoosesIsotonicFromEnoughPositiveValidationRows() {
    long min = Calibrator.ISOTONIC_MIN_POSITIVES;
    List<ScoreCount> few = List.of(new ScoreCount(0.1, 1, 5_000), new ScoreCount(0.6, min - 2, 500));
    List<ScoreCount> enough = List.of(new ScoreCount(0.1, 1, 5_000), new ScoreCount(0.6, min - 1, 500));
    assertThat(Calibrator.fit(few).method()).isEqualTo(Calibrator.PLATT);
    assertThat(Calibrator.fit(enough).method()).isEqualTo(Calibrator.ISOTONIC);
    assertThat(Calibrator.alternative(Calibrator.fit(few), few).method()).isEqualTo(Calibrator.ISOTONIC);
    assertThat(Calibrator.RULE).contains(Long.toString(min));
  }

  @Test
  void aCalibrationReadsBackFromJsonAsItWasWritten() throws Exception {
    for (Calibrator c : List.of(Calibrator.isotonic(violators()), Calibrator.platt(violators()))) {
      Calibrator read = Metrics.JSON.readValue(Metrics.JSON.writeValueAsString(c), Calibrator.class);
      assertThat(read.method()).isEqualTo(c.method());
      assertThat(read.scores()).containsExactly(c.scores());
      assertThat(read.probabilities()).containsExactly(c.probabilities());
      for (double s : new double[] {0.05, 0.25, 0.33, 0.6, 0.8}) assertThat(read.apply(s)).isEqualTo(c.apply(s));
    }
  }

  /*
   * 10 rows at .2 (1 positive) and 10 at .5 (5 positive). Brier: (1 × .8² + 9 × .2² + 5 × .5² + 5 × .5²) / 20
   * = 3.5 / 20 = .175. Deciles: the two scores fall into two bins (ties are never split), means .2 and .5,
   * observed .1 and .5: ECE = ½ × .1 + ½ × 0 = .05.
   */
  @Test
  void brierScoreAndCalibrationErrorAsComputedByHand() {
    List<Counted> rows = List.of(new Counted("2019-01", 0.2, 1, 9), new Counted("2019-02", 0.5, 5, 5));
    Metrics.Calibrated c = Evaluations.calibration("raw", rows);
    assertThat(c.scores()).isEqualTo("raw");
    assertThat(c.brier()).isCloseTo(0.175, within(EPS));
    assertThat(c.ece()).isCloseTo(0.05, within(EPS));
    assertThat(c.meanPredicted()).isCloseTo(0.35, within(EPS));
    assertThat(c.observedRate()).isCloseTo(0.3, within(EPS));
    assertThat(c.reliability()).containsExactly(new Metrics.ReliabilityBin(10, 1, 0.2, 0.1),
        new Metrics.ReliabilityBin(10, 5, 0.5, 0.5));
  }

  @Test
  void reliabilityBinsAreDecilesThatNeverSplitATie() {
    List<ScoreCount> sorted = new ArrayList<>();
    for (int i = 0; i < 100; i++) sorted.add(new ScoreCount(i / 100.0, i % 10 == 0 ? 1 : 0, i % 10 == 0 ? 0 : 1));
    assertThat(Evaluations.reliability(sorted, 100)).hasSize(10).allSatisfy(b -> assertThat(b.rows()).isEqualTo(10));

    List<ScoreCount> tied = new ArrayList<>();
    tied.add(new ScoreCount(0.01, 2, 48)); // half of the rows share one score
    for (int i = 1; i <= 50; i++) tied.add(new ScoreCount(0.01 + i / 100.0, 1, 0));
    List<Metrics.ReliabilityBin> bins = Evaluations.reliability(tied, 100);
    assertThat(bins.get(0).rows()).as("the tie stays whole").isEqualTo(50);
    assertThat(bins).hasSize(6).allSatisfy(b -> assertThat(b.rows()).isGreaterThanOrEqualTo(10));
    assertThat(bins.stream().mapToLong(Metrics.ReliabilityBin::rows).sum()).isEqualTo(100);
  }
}
