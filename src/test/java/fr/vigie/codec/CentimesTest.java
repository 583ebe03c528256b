package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": integer centimes, kept whole. */
class CentimesTest {

  @ParameterizedTest(name = "{0} → {1} centimes")
  @CsvSource({
      "195907, 195907", "-195907, -195907", "+100, 100", "0, 0", "-0, 0", "5, 5", "' 195907 ', 195907",
      "123456789012345, 123456789012345", "0000123, 123", "999999999999999999, 999999999999999999",
      "000000999999999999999999, 999999999999999999"})
  void keepsWholeCentimes(String raw, long centimes) {
    assertThat(Centimes.decode(raw)).as("centimes %s", raw).isEqualTo(Decoded.ok(centimes));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"1959.07", "1959,07", "12a", "1 959", "-", "+", "--5", "5-", "1000000000000000000",
      "99999999999999999999999"})
  void rejectsNonIntegersAndOverflow(String raw) {
    assertThat(Centimes.decode(raw)).as("centimes '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_AMOUNT, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Centimes.decode(raw)).as("blank amount").isEqualTo(Decoded.empty());
  }
}
