package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A space inside a number is accepted only as a thousands separator (issue 17): {@code 12 34} is two
 * cells run together or a slip, never 1234. Checked on every numeric codec that reads spaces.
 */
class SpacesInNumbersTest {

  @ParameterizedTest(name = "''{0}'' is not a number")
  @ValueSource(strings = {"12 34", "1 2", "1234 567", "1 23", "1 2345", "12 345 67", "1 234 5678", "12\u00A034",
      "1  2", "- 12 34"})
  void spacesThatDoNotSeparateThousandsAreRejected(String raw) {
    assertThat(Spaces.withoutThousandsSeparators(raw)).as("'%s'", raw).isNull();
    assertThat(DecimalNumber.decode(raw).reasonCode()).as("amount '%s'", raw).startsWith("invalid_amount");
    assertThat(WholeNumber.decode(raw).reasonCode()).as("whole number '%s'", raw).startsWith("invalid_number");
    assertThat(Headcount.decode(raw).reasonCode()).as("headcount '%s'", raw).startsWith("invalid_headcount");
  }

  @ParameterizedTest(name = "''{0}'' keeps its thousands")
  @ValueSource(strings = {"1 234", "12 345", "123 456 789", "1\u00A0234", "1\u202F234\u202F567", " 1 234 ", "- 1 234",
      "1234", "1   234"})
  void thousandsSeparatorsAreDropped(String raw) {
    String digits = raw.replaceAll("[^0-9]", "");
    assertThat(Spaces.withoutThousandsSeparators(raw)).as("'%s'", raw).endsWith(digits);
    assertThat(WholeNumber.decode(raw).orNull()).as("whole number '%s'", raw)
        .isEqualTo(Long.parseLong(digits) * (raw.strip().startsWith("-") ? -1 : 1));
  }

  @ParameterizedTest(name = "''{0}'' is a decimal")
  @ValueSource(strings = {"1 234,5", "1 234 567,89", "-1 234.25", "12,5"})
  void decimalsWithThousandsSeparatorsAreRead(String raw) {
    assertThat(DecimalNumber.decode(raw).isOk()).as("amount '%s'", raw).isTrue();
  }
}
