package fr.vigie.source;

import fr.vigie.codec.CsvLine;
import fr.vigie.codec.Decoded;
import fr.vigie.codec.Reason;
import fr.vigie.codec.TextLine;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple3;

/**
 * Splits one numbered line into the reader's fields (as strings, empty = null), or gives the reason
 * it cannot be read: binary garbage, bare or unterminated quote, wrong field count. Blank lines are
 * flagged, not read. The header (line 1 of split 0) is dropped by the caller.
 */
final class SplitLines implements Function<Tuple3<String, Integer, Long>, Row> {
  private static final long serialVersionUID = 1L;

  /** The columns every split row starts with, before the fields. */
  static final String FILE = "file";
  static final String LINE = "line";
  /** The split a line was read in; with {@code line} numbered within it until {@link SourceRead} numbers the file. */
  static final String SPLIT = "_split";
  static final String RAW = "raw";
  static final String BLANK = "_blank";
  static final String REASON = "reason";

  private final String file;
  private final char separator;
  private final int headerSize;
  private final int minFields;
  private final int[] indexes;

  SplitLines(String file, char separator, int headerSize, int minFields, int[] indexes) {
    this.file = file;
    this.separator = separator;
    this.headerSize = headerSize;
    this.minFields = minFields;
    this.indexes = indexes.clone();
  }

  static StructType schema(List<Field> fields) {
    StructType schema = new StructType()
        .add(FILE, DataTypes.StringType, false)
        .add(LINE, DataTypes.LongType, false)
        .add(SPLIT, DataTypes.IntegerType, false)
        .add(RAW, DataTypes.StringType, true)
        .add(BLANK, DataTypes.BooleanType, false)
        .add(REASON, DataTypes.StringType, true);
    for (Field field : fields) schema = schema.add(field.name(), DataTypes.StringType, true);
    return schema;
  }

  @Override
  public Row call(Tuple3<String, Integer, Long> numbered) {
    String text = numbered._1();
    Place at = new Place(numbered._2(), numbered._3());
    if (TextLine.isBlank(text)) return row(at, text, true, null, null);
    if (TextLine.isBinaryGarbage(text)) return row(at, text, false, Reason.BINARY_GARBAGE.code() + ":", null);
    Decoded<String[]> split = CsvLine.split(text, separator);
    if (!(split instanceof Decoded.Ok<String[]> ok)) return row(at, text, false, split.reasonCode(), null);
    String[] cells = ok.value();
    int n = cells.length;
    if (n > headerSize && !onlyEmptyAfter(cells, headerSize)) return wrongCount(at, text, n);
    if (n < headerSize && n < minFields) return wrongCount(at, text, n);
    return row(at, text, false, null, cells);
  }

  /** Where a line was read: its split and its number within the split. */
  private record Place(int split, long line) {}

  private Row wrongCount(Place at, String text, int n) {
    return row(at, text, false, Reason.WRONG_FIELD_COUNT.code() + ":expected " + headerSize + " got " + n, null);
  }

  /** Some exports end every line with a separator: trailing empty cells are not extra fields. */
  private static boolean onlyEmptyAfter(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) if (!cells[i].isEmpty()) return false;
    return true;
  }

  private Row row(Place at, String text, boolean blank, String reason, String[] cells) {
    List<Object> values = new ArrayList<>(6 + indexes.length);
    values.add(file);
    values.add(at.line());
    values.add(at.split());
    values.add(text);
    values.add(blank);
    values.add(reason);
    for (int index : indexes) {
      String value = cells == null || index < 0 || index >= cells.length ? null : cells[index];
      values.add(value == null || value.isEmpty() ? null : value);
    }
    return RowFactory.create(values.toArray());
  }
}
