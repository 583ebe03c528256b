package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact truth recursion on chains small enough to check by hand. */
class TruthTest {

  /** A constant chain. */
  private static Chain chain(double[][] p, double[] h) {
    return new Chain() {
      @Override
      public int states() {
        return h.length;
      }

      @Override
      public double[][] transition(int u) {
        return p;
      }

      @Override
      public double[] hazard(int u) {
        return h;
      }
    };
  }

  @Test
  void oneStateWithConstantHazardIsOneMinusSurvival() {
    double[] g = Truth.openingWithin(chain(new double[][] {{1}}, new double[] {0.01}), 5, 18);
    assertThat(g[0]).isCloseTo(1 - Math.pow(0.99, 18), within(1e-12));
  }

  @Test
  void twoStatesOverTwoMonthsByHand() {
    // A never opens and moves to B with p = 0.3; B opens at once (h = 1)
    double[][] p = {{0.7, 0.3}, {0, 1}};
    double[] h = {0, 1};
    double[] g = Truth.openingWithin(chain(p, h), 0, 2);
    assertThat(g[0]).as("0.3 in month 1, then 0.7 × 0.3 in month 2").isCloseTo(0.3 + 0.7 * 0.3, within(1e-12));
    assertThat(g[1]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void threeStatesOverOneMonthIsTheNextMonthsMixture() {
    double[][] p = {{0.9, 0.1, 0}, {0.2, 0.7, 0.1}, {0, 0.3, 0.7}};
    double[] h = {0.001, 0.01, 0.1};
    double[] g = Truth.openingWithin(chain(p, h), 3, 1);
    assertThat(g[1]).isCloseTo(0.2 * 0.001 + 0.7 * 0.01 + 0.1 * 0.1, within(1e-15));
  }

  @Test
  void horizonZeroIsZeroAndProbabilitiesGrowWithTheHorizon() {
    Chain c = RiskModel.chain(YearMonth.of(2015, 1), 72, 1.0);
    assertThat(Truth.openingWithin(c, 10, 0)).containsExactly(0, 0, 0);
    double[] six = Truth.openingWithin(c, 10, 6);
    double[] eighteen = Truth.openingWithin(c, 10, 18);
    for (int s = 0; s < 3; s++) assertThat(eighteen[s]).isGreaterThan(six[s]);
    assertThat(eighteen[0]).isLessThan(eighteen[1]).isLessThan(eighteen[2]);
  }

  @Test
  void recursionAgreesWithASimulationOfTheSameChain() {
    YearMonth start = YearMonth.of(2019, 1);
    double risk = 1.7;
    Chain c = RiskModel.chain(start, 30, risk);
    double exact = Truth.openingWithin(c, 2, 18)[RiskModel.FRAGILE];
    SplittableRandom rng = new SplittableRandom(3);
    int runs = 400_000;
    int opened = 0;
    for (int r = 0; r < runs; r++) {
      int s = RiskModel.FRAGILE;
      for (int u = 3; u <= 20; u++) {
        s = History.draw(c.transition(u)[s], rng);
        if (rng.nextDouble() < c.hazard(u)[s]) {
          opened++;
          break;
        }
      }
    }
    double simulated = (double) opened / runs;
    double se = Math.sqrt(exact * (1 - exact) / runs);
    assertThat(simulated).as("exact %s", exact).isCloseTo(exact, within(4 * se));
  }
}
