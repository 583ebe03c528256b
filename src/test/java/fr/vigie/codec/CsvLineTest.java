package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "General rules": ';' separator, quotes on any field, unreadable lines quarantined. */
class CsvLineTest {

  /** Expected fields are written joined by '|'; lines use '\'' nowhere so the table quotes with it. */
  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiterString = "=>", value = {
      "a;b;c => a|b|c",
      "' a ; b ;c ' => a|b|c", // unquoted fields are trimmed
      "a;;c => a||c",
      "a;b; => a|b|",
      "; => |",
      ";; => ||",
      "x => x",
      "\"a;b\";c => a;b|c",
      "\"he said \"\"hi\"\"\";x => he said \"hi\"|x", // doubled quotes
      "\"\"\"\" => \"",
      "\"\";x => |x",
      "'\" padded \";x' => ' padded |x'", // quoted fields keep their spaces
      "'\"a\" ;b' => a|b", // spaces after the closing quote
      "' \"a\";b' => a|b", // spaces before the opening quote
      "\"\" => ''",
      "a;\"\" => a|",
      "1;\"2018-01-01\";3,5 => 1|2018-01-01|3,5",
  })
  void splitsSemicolonLines(String line, String expected) {
    String[] fields = CsvLine.split(line, ';').orNull();
    assertThat(fields).as("fields of [%s]", line).isNotNull();
    assertThat(String.join("|", fields)).as("fields of [%s]", line).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] has {1} fields")
  @CsvSource(delimiterString = "=>", value = {"a;b;c;d => 4", "a => 1", "; => 2", "a;\"b;c\";d => 3", "a;b;;; => 5"})
  void countsFields(String line, int count) {
    assertThat(CsvLine.split(line, ';').orNull()).as("field count of [%s]", line).hasSize(count);
  }

  @Test
  void splitsCommaLines() {
    assertThat(CsvLine.split("1,\"x,y\",3", ',').orNull()).as("activité partielle, comma-separated")
        .containsExactly("1", "x,y", "3");
    assertThat(CsvLine.split("a;b,c", ',').orNull()).as("';' is plain text with ','").containsExactly("a;b", "c");
  }

  @Test
  void splitsTabLinesKeepingEmptyFields() {
    assertThat(CsvLine.split("a\t\tc", '\t').orNull()).as("tab separator").containsExactly("a", "", "c");
  }

  @Test
  void dropsTrailingCarriageReturn() {
    assertThat(CsvLine.split("a;b\r", ';').orNull()).as("CRLF line").containsExactly("a", "b");
    assertThat(CsvLine.split("a;\"b\"\r", ';').orNull()).as("CRLF after a quoted field").containsExactly("a", "b");
    assertThat(CsvLine.split("a;\r", ';').orNull()).as("CRLF after a separator").containsExactly("a", "");
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiterString = "=>", value = {
      "a;\"b => unterminated_quote:column 2",
      "\"a => unterminated_quote:column 1",
      "\"a\"\" => unterminated_quote:column 1", // an escaped quote, then the end
      "a;\"b\"c;d => bare_quote:column 2", // text after the closing quote
      "a;b\"c => bare_quote:column 2", // quote inside an unquoted field
      "a;b;c\" => bare_quote:column 3",
      "a;b;\"c\" \"d\" => bare_quote:column 3",
  })
  void rejectsBadQuotes(String line, String reasonCode) {
    assertThat(CsvLine.split(line, ';').reasonCode()).as("reason for [%s]", line).isEqualTo(reasonCode);
  }

  @ParameterizedTest(name = "[{0}] is empty")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void blankLineIsEmpty(String line) {
    assertThat(CsvLine.split(line, ';')).as("blank line").isEqualTo(Decoded.empty());
  }
}
