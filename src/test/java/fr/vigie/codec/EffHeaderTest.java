package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Effectif": one effAAAAXY column per month. */
class EffHeaderTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "eff201011, true", "EFF201631, true", "Eff2, true", "eff, false", "effectif, false", "eff_201011, false",
      "siret, false", "'', false"})
  void recognisesEffColumns(String header, boolean expected) {
    assertThat(EffHeader.isEffColumn(header)).as("is '%s' an eff column", header).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"eff201011, 2010-01", "EFF201631, 2016-07", "eff201843, 2018-12", "eff199912, 1999-02"})
  void decodesTheMonth(String header, YearMonth expected) {
    assertThat(EffHeader.decode(header)).as("month of %s", header).isEqualTo(Decoded.ok(expected));
  }

  @ParameterizedTest(name = "''{0}'' is not one month")
  @ValueSource(strings = {"eff201862", "eff201810", "eff2018", "eff201814", "eff20181", "siret", "eff1011", ""})
  void rejectsAnythingButOneMonth(String header) {
    assertThat(EffHeader.decode(header)).as("header '%s'", header).isEqualTo(Decoded.rejected(Reason.INVALID_PERIOD, header));
  }
}
