package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.model.Curves.ScoreCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CurvesTest {
  /** Six rows: 0.9 P, 0.8 N, 0.7 P, 0.7 N, 0.6 P, 0.2 N (a tie at 0.7), given in shuffled order. */
  private static final Curves SIX = Curves.of(List.of(
      new ScoreCount(0.7, 1, 0), new ScoreCount(0.2, 0, 1), new ScoreCount(0.9, 1, 0),
      new ScoreCount(0.6, 1, 0), new ScoreCount(0.7, 0, 1), new ScoreCount(0.8, 0, 1)));

  @Test
  void averagePrecisionIsTheStepArea() {
    // recall steps of 1/3 at 0.9 (P = 1), 0.7 (P = 2/4, the tie counts whole), 0.6 (P = 3/5)
    assertThat(SIX.averagePrecision()).isCloseTo(1 / 3.0 + 1 / 3.0 * 0.5 + 1 / 3.0 * 0.6, within(1e-12));
    assertThat(SIX.baseRate()).isEqualTo(0.5);
  }

  @Test
  void rocAucCountsOrderedPairsAndHalfTies() {
    // positive > negative pairs: 0.9 beats 3, 0.7 beats 0.2 and ties 0.7 (1.5), 0.6 beats 0.2: 5.5 of 9
    assertThat(SIX.rocAuc()).isCloseTo(5.5 / 9, within(1e-12));
  }

  @Test
  void fBetaThresholdsFavourPrecisionOrRecall() {
    // F0.5: 0.714 at 0.9 (P 1, R 1/3) beats 0.652 at 0.6; F1 and F2 take 0.6 (P 0.6, R 1)
    assertThat(SIX.bestThreshold(0.5)).hasValue(0.9);
    assertThat(SIX.bestThreshold(1.0)).hasValue(0.6);
    assertThat(SIX.bestThreshold(2.0)).hasValue(0.6);
    Curves.Cut cut = SIX.at(0.6);
    assertThat(SIX.fScore(cut, 2.0)).isCloseTo(5 * 0.6 / (4 * 0.6 + 1), within(1e-12));
  }

  @Test
  void alertsAtAThresholdIncludeEqualScores() {
    Curves.Cut cut = SIX.at(0.65);
    assertThat(cut.truePositives()).isEqualTo(2);
    assertThat(cut.falsePositives()).isEqualTo(2);
    assertThat(SIX.at(0.7).alerts()).isEqualTo(4);
    assertThat(SIX.at(0.95).alerts()).isZero();
    assertThat(SIX.precision(SIX.at(0.95))).isNaN();
    assertThat(SIX.at(0.0).alerts()).isEqualTo(6);
  }

  @Test
  void curvesStartAndEndWhereTheyShould() {
    List<double[]> roc = SIX.rocPoints(100);
    assertThat(roc.get(0)).containsExactly(0, 0);
    assertThat(roc.get(roc.size() - 1)).containsExactly(1, 1);
    List<double[]> pr = SIX.precisionRecallPoints(100);
    assertThat(pr).hasSize(5);
    assertThat(pr.get(0)).containsExactly(1 / 3.0, 1.0);
    assertThat(pr.get(4)).containsExactly(1.0, 0.5);
    assertThat(Curves.thin(roc, 3)).hasSize(3);
    assertThat(Curves.thin(roc, 3).get(2)).containsExactly(1, 1);
  }

  @Test
  void undefinedWithoutBothClasses() {
    Curves negativesOnly = Curves.of(List.of(new ScoreCount(0.3, 0, 4), new ScoreCount(0.1, 0, 2)));
    assertThat(negativesOnly.averagePrecision()).isNaN();
    assertThat(negativesOnly.rocAuc()).isNaN();
    assertThat(negativesOnly.bestThreshold(0.5)).isEmpty();
    assertThat(Curves.of(List.of()).baseRate()).isNaN();
  }

  @Test
  void matchesPairwiseAndRowByRowDefinitionsOnRandomData() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(60);
      double[] scores = new double[n];
      boolean[] labels = new boolean[n];
      List<ScoreCount> counts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(12) / 12.0; // many ties
        labels[i] = random.nextDouble() < 0.3;
        counts.add(new ScoreCount(scores[i], labels[i] ? 1 : 0, labels[i] ? 0 : 1));
      }
      Curves curves = Curves.of(counts);
      long pos = 0;
      long neg = 0;
      double pairs = 0;
      for (int i = 0; i < n; i++) {
        if (labels[i]) pos++;
        else neg++;
        for (int j = 0; j < n; j++) {
          if (labels[i] && !labels[j]) pairs += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
      if (pos > 0 && neg > 0) assertThat(curves.rocAuc()).isCloseTo(pairs / (pos * neg), within(1e-12));
      // average precision: mean over positive rows of the precision at their score (ties included)
      if (pos > 0) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (!labels[i]) continue;
          int alerts = 0;
          int hits = 0;
          for (int j = 0; j < n; j++) {
            if (scores[j] >= scores[i]) {
              alerts++;
              if (labels[j]) hits++;
            }
          }
          sum += (double) hits / alerts;
        }
        assertThat(curves.averagePrecision()).isCloseTo(sum / pos, within(1e-12));
      }
    }
  }
}
