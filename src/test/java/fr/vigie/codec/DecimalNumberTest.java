package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": euros with a decimal comma or dot, possibly negative. */
class DecimalNumberTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "-68231, -68231.0",
      "'5065,79', 5065.79",
      "5065.79, 5065.79",
      "'1 234,5', 1234.5",
      "'1.234,56', 1234.56", // both: the last is the decimal separator
      "'1,234.56', 1234.56",
      "'1 234 567,89', 1234567.89",
      "'1.234.567', 1234567.0", // one kind several times: thousands
      "'1.234.567,5', 1234567.5",
      "'1,234', 1.234", // one separator once: decimal
      "+12.5, 12.5",
      "'- 12,5', -12.5",
      "0, 0.0",
      "'-0,5', -0.5",
      "',5', 0.5",
      "'5.', 5.0",
      "' 42 ', 42.0",
  })
  void decodesNumbers(String raw, double expected) {
    assertThat(DecimalNumber.decode(raw)).as("decimal %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @Test
  void noBreakSpacesSeparateThousands() {
    assertThat(DecimalNumber.decode("1\u00A0234,5")).as("no-break space").isEqualTo(Decoded.ok(1234.5));
    assertThat(DecimalNumber.decode("-1\u202F234\u202F567,25")).as("narrow no-break space")
        .isEqualTo(Decoded.ok(-1234567.25));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "12a", "1e5", "NaN", "Infinity", "-", "+", ",", "--1", "1-", "1,234.5,6", "1.23.4", "12.34.56", "1.,5",
      "€12", "12 €", "0x1F"})
  void rejectsNonNumbers(String raw) {
    assertThat(DecimalNumber.decode(raw)).as("decimal '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_AMOUNT, raw));
  }

  @Test
  void rejectsNumbersBeyondDouble() {
    String huge = "1" + "0".repeat(400);
    assertThat(DecimalNumber.decode(huge).isRejected()).as("10^400 is not a finite double").isTrue();
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(DecimalNumber.decode(raw)).as("blank amount").isEqualTo(Decoded.empty());
  }
}
