package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": yyyy-MM-dd, possibly with a 00:00:00 time part. */
class IsoDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2017-09-09, 2017-09-09",
      "'2017-09-09 00:00:00', 2017-09-09",
      "2017-09-09T13:45:10, 2017-09-09",
      "2017-09-09T13:45:10.123, 2017-09-09",
      "'2017-09-09 13:45', 2017-09-09",
      "2020-12-30, 2020-12-30",
      "2020-02-29, 2020-02-29",
  })
  void decodesValidDates(String raw, LocalDate expected) {
    assertThat(IsoDate.decode(raw)).as("yyyy-MM-dd %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "2017-9-9", "2017-02-30", "2019-02-29", "2017-13-01", "2017-09-09 24:00:00", "2017-09-09 12:60:00",
      "2017-09-09X", "2017/09/09", "09/09/2017", "2017-09-09T13:45:10Z", "2017-09-09 00:00:00.", "20170909"})
  void rejectsInvalidDates(String raw) {
    assertThat(IsoDate.decode(raw)).as("yyyy-MM-dd '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(IsoDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
