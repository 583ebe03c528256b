package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthSpanTest {
  private final MonthSpan q2 = new MonthSpan(YearMonth.of(2018, 4), YearMonth.of(2018, 7));

  @Test
  void quarterHasThreeMonthsInOrder() {
    assertThat(q2.months()).as("months of Q2 2018").isEqualTo(3);
    assertThat(q2.monthList()).as("month list of Q2 2018")
        .containsExactly(YearMonth.of(2018, 4), YearMonth.of(2018, 5), YearMonth.of(2018, 6));
  }

  @Test
  void containsIsHalfOpen() {
    assertThat(q2.contains(YearMonth.of(2018, 3))).as("month before the span").isFalse();
    assertThat(q2.contains(YearMonth.of(2018, 4))).as("first month").isTrue();
    assertThat(q2.contains(YearMonth.of(2018, 6))).as("last month").isTrue();
    assertThat(q2.contains(YearMonth.of(2018, 7))).as("end is exclusive").isFalse();
  }

  @Test
  void spanAcrossYearEnd() {
    MonthSpan span = MonthSpan.of(YearMonth.of(2018, 11), 3);
    assertThat(span.endExclusive()).as("end of Nov 2018 + 3 months").isEqualTo(YearMonth.of(2019, 2));
    assertThat(span.monthList()).as("months across the year end").hasSize(3).endsWith(YearMonth.of(2019, 1));
  }

  @Test
  void emptyOrReversedSpanIsAProgrammingError() {
    assertThatIllegalArgumentException().as("first == end")
        .isThrownBy(() -> new MonthSpan(YearMonth.of(2018, 4), YearMonth.of(2018, 4)));
    assertThatIllegalArgumentException().as("first after end")
        .isThrownBy(() -> new MonthSpan(YearMonth.of(2018, 5), YearMonth.of(2018, 4)));
  }
}
