package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": euros, decimal comma or dot, decoded exactly into whole centimes. */
class EurosTest {

  @ParameterizedTest(name = "{0} → {1} centimes")
  @CsvSource(delimiter = '|', value = {
      "19237,15|1923715", "5065,79|506579", "-68231|-6823100", "0|0", "0,00|0", "-0,0|0", "12,5|1250",
      "12.5|1250", "1 234,56|123456", "1.234,56|123456", "1,234.56|123456", "12,3400|1234", "+7|700",
      "0,01|1", "-0,01|-1", "9999999999999999,99|999999999999999999", "' 71887,30 '|7188730"})
  void decodesExactly(String raw, long centimes) {
    assertThat(Euros.decode(raw)).as("euros '%s'", raw).isEqualTo(Decoded.ok(centimes));
  }

  @Test
  void thirdsOfACentimeSumExactly() {
    // the reason for integers: 0.1 + 0.2 != 0.3 in doubles, 10 + 20 == 30 in centimes
    long sum = Euros.decode("0,1").orNull() + Euros.decode("0,2").orNull();
    assertThat(sum).isEqualTo(Euros.decode("0,3").orNull());
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"12,345", "0,001", "1,2,3", "12a", "-", "abc", "10000000000000000", "1e5", "NaN",
      "Infinity"})
  void rejectsWhatIsNotAWholeNumberOfCentimes(String raw) {
    assertThat(Euros.decode(raw)).as("euros '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_AMOUNT, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Euros.decode(raw)).as("blank amount").isEqualTo(Decoded.empty());
  }
}
