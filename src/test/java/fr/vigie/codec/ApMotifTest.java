package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Activité partielle": MOTIF_RECOURS_SE 1–5 from the seed, 6 and 7 occur; anything else invalid. */
class ApMotifTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1, 1", "5, 5", "6, 6", "7, 7", "3.0, 3", "'3,0', 3", "' 2 ', 2", "03, 3"})
  void decodesCodes(String raw, int code) {
    assertThat(ApMotif.decode(raw)).as("motif %s", raw).isEqualTo(Decoded.ok(code));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"0", "8", "-1", "3.5", "abc", "99999999999999999999"})
  void rejectsOtherValues(String raw) {
    assertThat(ApMotif.decode(raw)).as("motif '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_CODE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(ApMotif.decode(raw)).as("blank motif").isEqualTo(Decoded.empty());
  }
}
