package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "URSSAF encodings": dd/MM/yyyy (délais, Diane), optionally with a time of day. */
class SlashDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "23/01/2019, 2019-01-23",
      "1/2/2019, 2019-02-01",
      "'23/01/2019 00:00:00', 2019-01-23",
      "'23/01/2019 8:05', 2019-01-23",
      "'23/01/2019 23:59:59.999', 2019-01-23",
      "29/02/2020, 2020-02-29",
  })
  void decodesValidDates(String raw, LocalDate expected) {
    assertThat(SlashDate.decode(raw)).as("dd/MM/yyyy %s", raw).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "31/02/2019", "29/02/2019", "23-01-2019", "23/01/19", "123/01/2019", "23/123/2019", "/01/2019",
      "23/01/2019 25:00:00", "23/01/2019 garbage", "23/01/2019 12", "23/1/2019x", "2019-01-23"})
  void rejectsInvalidDates(String raw) {
    assertThat(SlashDate.decode(raw)).as("dd/MM/yyyy '%s'", raw).isEqualTo(Decoded.rejected(Reason.INVALID_DATE, raw));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankIsEmpty(String raw) {
    assertThat(SlashDate.decode(raw)).as("blank date").isEqualTo(Decoded.empty());
  }
}
