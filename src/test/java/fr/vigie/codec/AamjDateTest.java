package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": (A)AAMMJJ = integer + 19000000 read as yyyyMMdd. */
class AamjDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "1180203, 2018-02-03",
      "1160318, 2016-03-18",
      "990612, 1999-06-12", // no leading (A): 20th century
      "0990612, 1999-06-12", // leading (A) = 0
      "000101, 1900-01-01",
      "1200229, 2020-02-29", // leap year
      "1000229, 2000-02-29", // 2000 is a leap year
      "1991231, 2099-12-31",
      "' 1180203 ', 2018-02-03",
  })
  void decodesValidDates(String raw, LocalDate expected) {
    assertThat(AamjDate.decode(raw)).as("(A)AAMMJJ %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "1190229", // 29 Feb of a common year
      "0000000", "000000", // month 0
      "1180151", "1180231", "1181301",
      "11802", "11802030", // 5 and 8 digits
      "118O203", "-180203", "+180203", "1 80203", "2018-02-03",
  })
  void rejectsInvalidDates(String raw) {
    assertThat(AamjDate.decode(raw)).as("(A)AAMMJJ '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void blankIsEmpty(String raw) {
    assertThat(AamjDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
