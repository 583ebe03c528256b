package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "General rules": URSSAF compte, 18 digits as a string, leading zeros restored. */
class CompteTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "123, 000000000000000123",
      "267000001234567890, 267000001234567890",
      "' 67000001234567890 ', 067000001234567890",
  })
  void decodesComptes(String raw, String expected) {
    assertThat(Compte.decode(raw)).as("compte %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"1234567890123456789", "12A", "123 456", "-123", "12.0"})
  void rejectsLongOrNonDigit(String raw) {
    assertThat(Compte.decode(raw)).as("compte '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_COMPTE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Compte.decode(raw)).as("blank compte").isEqualTo(Decoded.empty());
  }
}
