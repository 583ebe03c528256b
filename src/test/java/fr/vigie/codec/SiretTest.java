package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "General rules": siret 14 digits; a siret with letters is provisional, never joined. */
class SiretTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "12345678900012, 12345678900012",
      "1234567890123, 01234567890123",
      "'123 456 789 00012', 12345678900012",
      "1, 00000000000001",
  })
  void decodesSirets(String raw, String expected) {
    assertThat(Siret.decode(raw)).as("siret %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is provisional")
  @ValueSource(strings = {"1234567890ABCD", "A", "P1234567890123", "12345678900ab"})
  void lettersMakeAProvisionalSiret(String raw) {
    assertThat(Siret.decode(raw)).as("siret '%s'", raw).isEqualTo(Decoded.rejected(Reason.PROVISIONAL_SIRET, raw));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"123456789012345", "12345678901234A", "1234-5678", "123.456", "12345678900012É"})
  void rejectsLongOrOtherCharacters(String raw) {
    assertThat(Siret.decode(raw)).as("siret '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_SIRET, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(Siret.decode(raw)).as("blank siret").isEqualTo(Decoded.empty());
  }

  @Test
  void sirenIsTheFirstNineCharacters() {
    assertThat(Siret.siren("12345678900012")).as("siren of a siret").isEqualTo("123456789");
    assertThat(Siret.siren(null)).as("siren of no siret").isNull();
    assertThatIllegalArgumentException().as("too short to hold a siren").isThrownBy(() -> Siret.siren("1234"));
  }
}
