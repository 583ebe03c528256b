package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "General rules": siren 9 digits as a string, spaces dropped, leading zeros restored. */
class SirenTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "123456789, 123456789",
      "'000 111 222', 000111222", // Banque de France D1
      "1234567, 001234567", // lost leading zeros
      "1, 000000001",
      "' 123 45 6789 ', 123456789",
  })
  void decodesSirens(String raw, String expected) {
    assertThat(Siren.decode(raw)).as("siren %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @Test
  void noBreakSpacesAreDropped() {
    assertThat(Siren.decode("000\u00A0111\u202F222")).as("no-break spaces").isEqualTo(Decoded.ok("000111222"));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"1234567890", "12345678A", "12-345", "123.456", "+12345"})
  void rejectsLongOrNonDigit(String raw) {
    assertThat(Siren.decode(raw)).as("siren '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_SIREN, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Siren.decode(raw)).as("blank siren").isEqualTo(Decoded.empty());
  }
}
