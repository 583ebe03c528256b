package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigException;
import fr.vigie.error.InputException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OutOfTimeTest {
  private static final YearMonth START = YearMonth.of(2015, 1);

  @Test
  void defaultTrainEndLeavesTheTestMonthsAfterAFullHorizonGap() {
    // the sample: 2015-01 .. 2020-12, H = 18: labels known up to 2019-06; 6 test months 2019-01 .. 2019-06
    OutOfTime split = OutOfTime.of(START, YearMonth.of(2019, 6), 18, null, 6);
    assertThat(split.trainLast()).isEqualTo(YearMonth.of(2017, 6));
    assertThat(split.testFirst()).isEqualTo(YearMonth.of(2019, 1));
    assertThat(split.testLast()).isEqualTo(YearMonth.of(2019, 6));
    assertThat(split.testMonthCount()).isEqualTo(6);
    // the last training label window (2017-06, 2018-12] ends the month before the first test month
    assertThat(split.trainLast().plusMonths(18)).isEqualTo(split.testFirst().minusMonths(1));
  }

  @Test
  void explicitTrainEndKeepsEveryLabelledMonthAfterTheGap() {
    OutOfTime split = OutOfTime.of(START, YearMonth.of(2019, 6), 12, YearMonth.of(2016, 12), 6);
    assertThat(split.testFirst()).isEqualTo(YearMonth.of(2018, 1));
    assertThat(split.testLast()).isEqualTo(YearMonth.of(2019, 6));
    assertThat(split.testMonthCount()).isEqualTo(18);
  }

  @Test
  void theShortestPossibleHistoryHasOneTrainingMonth() {
    // 1 training month + 18 gap months + 6 test months = 25 labelled months
    OutOfTime split = OutOfTime.of(START, START.plusMonths(24), 18, null, 6);
    assertThat(split.trainLast()).isEqualTo(START);
    assertThatThrownBy(() -> OutOfTime.of(START, START.plusMonths(23), 18, null, 6))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("need at least 25 labelled months")
        .hasMessageContaining("2015-01 .. 2016-12");
  }

  @Test
  void aTrainEndWithoutATestMonthIsAConfigurationError() {
    assertThatThrownBy(() -> OutOfTime.of(START, YearMonth.of(2019, 6), 18, YearMonth.of(2018, 1), 6))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("model.train-end")
        .hasMessageContaining("start at 2019-08")
        .hasMessageContaining("latest usable value is 2017-11");
    assertThatThrownBy(() -> OutOfTime.of(START, YearMonth.of(2019, 6), 18, YearMonth.of(2014, 1), 6))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("before the first month");
  }
}
