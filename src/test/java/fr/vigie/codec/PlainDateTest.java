package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Débits": Dt_immat is yyyyMMdd. */
class PlainDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"20180203, 2018-02-03", "20200229, 2020-02-29", "19991231, 1999-12-31", "' 20180203', 2018-02-03"})
  void decodesValidDates(String raw, LocalDate expected) {
    assertThat(PlainDate.decode(raw)).as("yyyyMMdd %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"20190229", "20181301", "20180100", "00000000", "2018023", "201802031", "2018-02-03", "2018O203"})
  void rejectsInvalidDates(String raw) {
    assertThat(PlainDate.decode(raw)).as("yyyyMMdd '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(PlainDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
