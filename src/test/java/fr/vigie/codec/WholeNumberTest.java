package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Activité partielle": integers may be written as floats (559.0). */
class WholeNumberTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "559, 559", "559.0, 559", "'559,00', 559", "-12, -12", "'-12,0', -12", "'1 234', 1234", "0, 0", "-0.0, 0",
      "'1.234,0', 1234", "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808"})
  void decodesWholeNumbers(String raw, long expected) {
    assertThat(WholeNumber.decode(raw)).as("whole number %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"559.5", "559,5", "1.234", "abc", "12a", "9223372036854775808", "-9223372036854775809", "-"})
  void rejectsFractionsAndNonNumbers(String raw) {
    assertThat(WholeNumber.decode(raw)).as("whole number '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_NUMBER, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(WholeNumber.decode(raw)).as("blank number").isEqualTo(Decoded.empty());
  }
}
