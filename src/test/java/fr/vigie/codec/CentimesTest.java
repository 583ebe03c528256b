package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": integer centimes → euros. */
class CentimesTest {

  @ParameterizedTest(name = "{0} → {1} €")
  @CsvSource({
      "195907, 1959.07", "-195907, -1959.07", "+100, 1.0", "0, 0.0", "5, 0.05", "10, 0.1", "' 195907 ', 1959.07",
      "123456789012345, 1234567890123.45", "0000123, 1.23"})
  void decodesCentimes(String raw, double euros) {
    assertThat(Centimes.decode(raw)).as("centimes %s", raw).isEqualTo(Decoded.ok(euros));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"1959.07", "1959,07", "12a", "1 959", "-", "+", "--5", "5-"})
  void rejectsNonIntegers(String raw) {
    assertThat(Centimes.decode(raw)).as("centimes '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_AMOUNT, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Centimes.decode(raw)).as("blank amount").isEqualTo(Decoded.empty());
  }
}
