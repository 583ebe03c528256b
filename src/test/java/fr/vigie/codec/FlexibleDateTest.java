package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Activité partielle": current exports ISO, older ones dd/MM/yyyy. */
class FlexibleDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2017-09-09, 2017-09-09",
      "'2017-09-09 00:00:00', 2017-09-09",
      "09/09/2017, 2017-09-09",
      "'23/01/2019 00:00:00', 2019-01-23",
  })
  void decodesEitherForm(String raw, LocalDate expected) {
    assertThat(FlexibleDate.decode(raw)).as("ISO or dd/MM/yyyy %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"26MAY2014", "2017-02-30", "30/02/2017", "20170909"})
  void rejectsNeitherForm(String raw) {
    assertThat(FlexibleDate.decode(raw)).as("flexible date '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(FlexibleDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
