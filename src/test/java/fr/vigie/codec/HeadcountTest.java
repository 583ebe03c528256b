package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": headcount, every non-digit stripped, 0 a real zero, empty unknown. */
class HeadcountTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "089, 89", "'1 234', 1234", "1.234, 1234", "'1,234', 1234", "0, 0", "000, 0", "12.0, 12", "'12,00', 12",
      "'1 234,00', 1234", "12.000, 12000", "' 7 ', 7", "12., 12", "2147483647, 2147483647"})
  void decodesHeadcounts(String raw, int expected) {
    assertThat(Headcount.decode(raw)).as("headcount %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @Test
  void noBreakSpaceIsDropped() {
    assertThat(Headcount.decode("1\u00A0234")).as("no-break space as thousands separator").isEqualTo(Decoded.ok(1234));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"n/a", ".", "-", "12.5", "12,50", "-5", "2147483648", "99999999999"})
  void rejectsNoDigitSignOrFraction(String raw) {
    assertThat(Headcount.decode(raw)).as("headcount '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_HEADCOUNT, raw));
  }

  @ParameterizedTest(name = "''{0}'' is unknown")
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void blankIsUnknown(String raw) {
    assertThat(Headcount.decode(raw)).as("blank headcount").isEqualTo(Decoded.empty());
  }
}
