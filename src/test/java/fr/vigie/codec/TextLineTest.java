package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "General rules": binary garbage is quarantined, blank lines are skipped. */
class TextLineTest {

  @ParameterizedTest(name = "garbage: {index}")
  @ValueSource(strings = {"abc\uFFFDdef", "a\u0000b", "a;\u0001", "\u007F", "a\nb", "\u001Bx",
      "\u0000\u0000\u0000\u0000", "\u0000"}) // a zero-filled block (crashed copy) is garbage, not blank
  void malformedBytesAndControlsAreGarbage(String line) {
    assertThat(TextLine.isBinaryGarbage(line)).as("is garbage").isTrue();
  }

  @ParameterizedTest(name = "not garbage: {0}")
  @ValueSource(strings = {"a\tb", "a;b\r", "héllo;Île-de-France", "", "\u00A0;\uFEFF", "7188\r7,30"})
  void textTabAndCarriageReturnsAreNotGarbage(String line) {
    // a lone CR belongs to its line (only LF and CRLF end one): the codec of its field rejects the value
    assertThat(TextLine.isBinaryGarbage(line)).as("is garbage").isFalse();
  }

  @ParameterizedTest(name = "blank: {index}")
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t", "\r", "\uFEFF", "\u00A0 "})
  void blankLines(String line) {
    assertThat(TextLine.isBlank(line)).as("is blank").isTrue();
  }

  @ParameterizedTest(name = "not blank: {0}")
  @ValueSource(strings = {"a", ";", " ; ", "\"\"", "\u0000\u0000"})
  void nonBlankLines(String line) {
    assertThat(TextLine.isBlank(line)).as("is blank").isFalse();
  }
}
