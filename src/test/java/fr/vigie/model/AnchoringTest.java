package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.model.Curves.ScoreCount;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Anchoring}: training figures, windows, targets and offsets computed by hand. */
class AnchoringTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  /** rows (in scope, not in procedure) and openings the next month, January .. May 2020. */
  static final List<Anchoring.Month> MONTHS = List.of(
      new Anchoring.Month(JAN, 100, 1),
      new Anchoring.Month(JAN.plusMonths(1), 200, 2),
      new Anchoring.Month(JAN.plusMonths(2), 300, 0),
      new Anchoring.Month(JAN.plusMonths(3), 400, 4),
      new Anchoring.Month(JAN.plusMonths(4), 500, 5));

  static Anchoring anchoring(int window, int delay, int minOpenings) {
    // training months January and February, horizon 2; calibrated on 1,000 validation rows, 20 positive
    return Anchoring.fit(MONTHS, JAN, JAN.plusMonths(1), 2, 1000, 20, window, delay, minOpenings);
  }

  @Test
  void theTrainingHazardCountsEachMonthOncePerLabelWindowThatHoldsIt() {
    Anchoring a = anchoring(2, 0, 1);
    // January's window (Jan, Mar]: rows of Jan and Feb, openings 1 + 2; February's (Feb, Apr]: Feb and Mar, 2 + 0
    assertThat(a.trainingOpenings()).isEqualTo(3 + 2);
    assertThat(a.trainingExposures()).isEqualTo(300 + 500);
    assertThat(a.trainingHazard()).isEqualTo(5.0 / 800);
    assertThat(a.calibrationRate()).isEqualTo(0.02);
  }

  @Test
  void theRecentHazardIsThatOfTheLatestMonthsKnownAtTheScoredMonth() {
    YearMonth june = JAN.plusMonths(5);
    Anchoring a = anchoring(2, 0, 1);
    // scored at the end of June, without delay: the openings of May and June are known, among the rows of
    // April and May
    Anchoring.Target t = a.target(MONTHS, june);
    assertThat(t.windowFirst()).isEqualTo(JAN.plusMonths(3));
    assertThat(t.windowLast()).isEqualTo(JAN.plusMonths(4));
    assertThat(t.openings()).isEqualTo(9);
    assertThat(t.exposures()).isEqualTo(900);
    assertThat(t.ratio()).isCloseTo(0.01 / 0.00625, within(1e-15)); // 1.6
    assertThat(t.rate()).isCloseTo(0.032, within(1e-15));

    // scored in May: the rows of March and April, 4 openings among 700
    Anchoring.Target may = a.target(MONTHS, JAN.plusMonths(4));
    assertThat(may.openings()).isEqualTo(4);
    assertThat(may.exposures()).isEqualTo(700);
    assertThat(may.ratio()).isCloseTo(4.0 / 700 / (5.0 / 800), within(1e-15));
    assertThat(may.rate()).isCloseTo(0.02 * (4.0 / 700) / (5.0 / 800), within(1e-15));

    // a window past the panel's last month (scored in July): May alone, 5 openings among 500 rows
    Anchoring.Target july = a.target(MONTHS, june.plusMonths(1));
    assertThat(july.openings()).isEqualTo(5);
    assertThat(july.exposures()).isEqualTo(500);
    assertThat(july.rate()).isCloseTo(0.032, within(1e-15));

    // a publication delay of one month: scored in July, openings up to June are known, those of April's
    // and May's rows
    Anchoring late = anchoring(2, 1, 1);
    Anchoring.Target t2 = late.target(MONTHS, june.plusMonths(1));
    assertThat(t2.windowFirst()).isEqualTo(JAN.plusMonths(3));
    assertThat(t2.windowLast()).isEqualTo(JAN.plusMonths(4));
    assertThat(t2.openings()).isEqualTo(9);
    assertThat(t2.exposures()).isEqualTo(900);
  }

  @Test
  void tooFewOpeningsLeaveTheCalibrationRate() {
    // 9 openings in June's window, 10 needed: ratio 1
    Anchoring.Target t = anchoring(2, 0, 10).target(MONTHS, JAN.plusMonths(5));
    assertThat(t.openings()).isEqualTo(9);
    assertThat(t.ratio()).isEqualTo(1.0);
    assertThat(t.rate()).isEqualTo(0.02);
    // a window before the panel: nothing known, ratio 1
    Anchoring.Target before = anchoring(2, 0, 1).target(MONTHS, JAN);
    assertThat(before.exposures()).isZero();
    assertThat(before.rate()).isEqualTo(0.02);
  }

  @Test
  void theOffsetBringsTheMeanToTheTarget() {
    // 0.2 and 0.5 with odds × 2: 1/3 and 2/3, mean 1/2
    List<ScoreCount> rows = List.of(new ScoreCount(0.2, 0, 1), new ScoreCount(0.5, 1, 0));
    double offset = Anchoring.offset(rows, 0.5);
    assertThat(offset).isCloseTo(Math.log(2), within(1e-12));
    assertThat(Anchoring.shift(0.2, offset)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Anchoring.shift(0.5, offset)).isCloseTo(2.0 / 3, within(1e-12));
    // weighted: 3 rows at 0.1, 1 at 0.5; odds ÷ 3: 1/28 and 1/4, mean (3/28 + 1/4) / 4 = 5/56
    double down = Anchoring.offset(List.of(new ScoreCount(0.1, 1, 2), new ScoreCount(0.5, 0, 1)), 5.0 / 56);
    assertThat(down).isCloseTo(-Math.log(3), within(1e-12));
  }

  @Test
  void theOffsetIsTheSameBitsForAnyOrderOrGroupingOfTheRows() {
    List<ScoreCount> one = List.of(new ScoreCount(0.013, 0, 7), new ScoreCount(0.2, 1, 2), new ScoreCount(0.07, 0, 5),
        new ScoreCount(0.2, 0, 4), new ScoreCount(0.41, 2, 1));
    // the same rows, unlabelled (as vigie score counts them), another order, the tie at 0.2 merged
    List<ScoreCount> other = List.of(new ScoreCount(0.41, 0, 3), new ScoreCount(0.2, 0, 7), new ScoreCount(0.07, 0, 5),
        new ScoreCount(0.013, 0, 7));
    assertThat(Double.doubleToRawLongBits(Anchoring.offset(one, 0.05)))
        .isEqualTo(Double.doubleToRawLongBits(Anchoring.offset(other, 0.05)));
  }

  @Test
  void shiftKeepsTheEndsAndTheOrder() {
    assertThat(Anchoring.shift(0.2, 0)).isEqualTo(0.2);
    assertThat(Anchoring.shift(0, 5)).isZero();
    assertThat(Anchoring.shift(1, -5)).isEqualTo(1.0);
    assertThat(Anchoring.shift(0.2, Math.log(3))).isCloseTo(3.0 / 7, within(1e-15)); // odds 1/4 × 3
    double previous = 0;
    for (double p = 0.001; p < 1; p += 0.001) {
      double shifted = Anchoring.shift(p, -1.3);
      assertThat(shifted).isGreaterThan(previous).isLessThan(p);
      previous = shifted;
    }
  }

  @Test
  void outOfReachRatesAndEmptyMonthsGiveNoOrAnExtremeOffset() {
    assertThat(Anchoring.offset(List.of(), 0.02)).isZero();
    assertThat(Anchoring.offset(List.of(new ScoreCount(0.3, 0, 1)), 0)).isZero();
    assertThat(Anchoring.offset(List.of(new ScoreCount(0.3, 0, 1)), 1)).isZero();
    // every probability 0: no offset reaches 2 %, the search ends at its bound
    assertThat(Anchoring.offset(List.of(new ScoreCount(0, 0, 4)), 0.02)).isCloseTo(Anchoring.BOUND, within(1e-9));
  }

  @Test
  void aCalibratorKeepsItsAnchoringThroughJson() throws Exception {
    Calibrator platt = new Calibrator(Calibrator.PLATT, new double[0], new double[0], -1.1, 0.4, 900, 30, null)
        .withAnchoring(anchoring(24, 0, 10));
    Calibrator read = Metrics.JSON.readValue(Metrics.JSON.writeValueAsString(platt), Calibrator.class);
    assertThat(read.anchoring()).isEqualTo(platt.anchoring());
    assertThat(read.apply(0.3, 0.7)).isEqualTo(platt.apply(0.3, 0.7))
        .isEqualTo(Anchoring.shift(Platt.apply(-1.1, 0.4, 0.3), 0.7));
    // a calibration saved before the anchoring existed reads as not anchored
    String old = Metrics.JSON.writeValueAsString(platt.withAnchoring(null))
        .replaceAll(",\\s*\"anchoring\"\\s*:\\s*null", "");
    assertThat(old).doesNotContain("anchoring");
    assertThat(Metrics.JSON.readValue(old, Calibrator.class).anchoring()).isNull();
  }
}
