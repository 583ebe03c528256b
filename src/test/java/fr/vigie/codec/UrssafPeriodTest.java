package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": periods AAXY and AAAAXY. */
class UrssafPeriodTest {

  @ParameterizedTest(name = "{0} → {1} + {2} month(s)")
  @CsvSource({
      // examples of inputs.md
      "1031, 2010-07, 1",
      "1022, 2010-05, 1",
      "0232, 2002-08, 1",
      "1862, 2018-01, 12",
      "1820, 2018-04, 3",
      "6331, 1963-07, 1",
      "201712, 2017-02, 1",
      "201913, 2019-03, 1",
      "201011, 2010-01, 1",
      // century pivot: 49 → 2049, 50 → 1950
      "4962, 2049-01, 12",
      "5062, 1950-01, 12",
      "4911, 2049-01, 1",
      "5043, 1950-12, 1",
      "0010, 2000-01, 3",
      "9943, 1999-12, 1",
      // each quarter, whole or by month
      "1810, 2018-01, 3",
      "1830, 2018-07, 3",
      "1840, 2018-10, 3",
      "1843, 2018-12, 1",
      "201862, 2018-01, 12",
      "201740, 2017-10, 3",
      "' 1031 ', 2010-07, 1",
      "'201011\t', 2010-01, 1",
  })
  void decodesValidPeriods(String raw, YearMonth first, int months) {
    assertThat(UrssafPeriod.decode(raw)).as("period %s", raw).isEqualTo(Decoded.ok(MonthSpan.of(first, months)));
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @ValueSource(strings = {
      "199904", // quarter 0, month 4
      "56331", // 5 chars
      "56a1", // non-digit
      "", "   ", // a period is always required
      "1801", "201801", // quarter 0
      "1851", "201851", // quarter 5
      "1814", "201814", // month 4 of a quarter
      "1863", "1861", "1852", // 6x other than 62
      "103", "10311", "2018123", // wrong length
      "+031", "-031", "1 31", "2018 1", "20-811", // signs and spaces inside
      "１０３１", // full-width digits
  })
  void rejectsInvalidPeriods(String raw) {
    assertThat(UrssafPeriod.decode(raw)).as("period '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_PERIOD, raw));
  }

  @Test
  void nullIsRejectedNotEmpty() {
    Decoded<MonthSpan> decoded = UrssafPeriod.decode(null);
    assertThat(decoded.isRejected()).as("null period").isTrue();
    assertThat(decoded.reasonCode()).as("reason code of a null period").isEqualTo("invalid_period:");
  }

  @Test
  void reasonCodeCarriesTheRawValue() {
    assertThat(UrssafPeriod.decode("199904").reasonCode()).as("quarantine code").isEqualTo("invalid_period:199904");
  }

  @ParameterizedTest(name = "short form: {0} → {1}")
  @CsvSource({"1031, true", "201011, false", "10311, false", "'', false"})
  void shortFormTakesFourCharactersOnly(String raw, boolean ok) {
    assertThat(UrssafPeriod.decodeShort(raw).isOk()).as("decodeShort(%s)", raw).isEqualTo(ok);
  }

  @ParameterizedTest(name = "long form: {0} → {1}")
  @CsvSource({"201011, true", "1031, false", "2010111, false", "'', false"})
  void longFormTakesSixCharactersOnly(String raw, boolean ok) {
    assertThat(UrssafPeriod.decodeLong(raw).isOk()).as("decodeLong(%s)", raw).isEqualTo(ok);
  }
}
