package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": ddMMMyyyy with English or French month abbreviations. */
class TextMonthDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "26MAY2014, 2014-05-26",
      "04OCT2017, 2017-10-04",
      "31DEC2012, 2012-12-31",
      "01févr.2015, 2015-02-01",
      "15Déc2019, 2019-12-15",
      "15DÉC2019, 2019-12-15",
      "1jan2014, 2014-01-01", // one-digit day
      "26-may-2014, 2014-05-26",
      "'26 MAY 2014', 2014-05-26",
      "'01 févr. 2015', 2015-02-01",
      "01-janv.-2015, 2015-01-01",
      "12août2016, 2016-08-12",
      "12AOUT2016, 2016-08-12",
      "03sept2019, 2019-09-03",
      "03SEP2019, 2019-09-03",
      "10avr2018, 2018-04-10",
      "10mai2018, 2018-05-10",
      "10juin2018, 2018-06-10",
      "10juil2018, 2018-07-10",
      "10mars2018, 2018-03-10",
      "10fev2018, 2018-02-10",
      "10fév2018, 2018-02-10",
      "10nov2018, 2018-11-10",
      "29FEB2016, 2016-02-29",
  })
  void decodesValidDates(String raw, LocalDate expected) {
    assertThat(TextMonthDate.decode(raw)).as("ddMMMyyyy %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @Test
  void decodesDecomposedAccent() {
    assertThat(TextMonthDate.decode("15De\u0301c2019")).as("'é' sent as e + combining acute")
        .isEqualTo(Decoded.ok(LocalDate.of(2019, 12, 15)));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "31FEB2014", "29FEB2015", "12XYZ2014", "00JAN2014", "32JAN2014", "123JAN2014", "JAN2014", "26MAY14",
      "26MAY20145", "26..MAY2014", "26  MAY2014", "26/05/2014", "26MAYO2014", "2014-05-26"})
  void rejectsInvalidDates(String raw) {
    assertThat(TextMonthDate.decode(raw)).as("ddMMMyyyy '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(TextMonthDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
