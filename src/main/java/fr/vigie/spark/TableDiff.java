package fr.vigie.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Compares two tables cell by cell on a key: every value must be equal, doubles bit for bit (Spark's
 * null-safe equality, NaN equal to NaN). Reports the columns only one side has, the keys only one
 * side has, and per column the number of differing rows with a few differing cells (key, expected,
 * actual). Used by the tests that hold two runs to the same values and by {@code vigie diff}.
 */
public final class TableDiff {
  /** One differing cell: the row's key, the column, the left (expected) and right (actual) values. */
  public record Cell(String key, String column, String expected, String actual) {
    @Override
    public String toString() {
      return key + " " + column + ": expected " + expected + ", actual " + actual;
    }
  }

  /** The comparison; {@link #equal()} when nothing differs. */
  public record Result(long leftRows, long rightRows, Set<String> onlyLeftColumns, Set<String> onlyRightColumns,
      long onlyLeftKeys, long onlyRightKeys, Map<String, Long> differingRows, List<Cell> examples) {
    public boolean equal() {
      return leftRows == rightRows && onlyLeftColumns.isEmpty() && onlyRightColumns.isEmpty() && onlyLeftKeys == 0
          && onlyRightKeys == 0 && differingRows.isEmpty();
    }

    /** A report a person reads: every difference, one line each, with its examples. */
    public String report() {
      if (equal()) return "equal: " + leftRows + " rows";
      StringBuilder out = new StringBuilder();
      out.append("rows: ").append(leftRows).append(" expected, ").append(rightRows).append(" actual\n");
      if (!onlyLeftColumns.isEmpty()) out.append("columns only expected: ").append(onlyLeftColumns).append('\n');
      if (!onlyRightColumns.isEmpty()) out.append("columns only actual: ").append(onlyRightColumns).append('\n');
      if (onlyLeftKeys > 0) out.append("keys only expected: ").append(onlyLeftKeys).append('\n');
      if (onlyRightKeys > 0) out.append("keys only actual: ").append(onlyRightKeys).append('\n');
      differingRows.forEach((c, n) -> out.append("column ").append(c).append(": ").append(n).append(" rows differ\n"));
      examples.forEach(cell -> out.append("  ").append(cell).append('\n'));
      return out.toString();
    }
  }

  private TableDiff() {}

  /** Compares {@code expected} with {@code actual} on {@code key}, with up to {@code examplesPerColumn} cells each. */
  public static Result compare(Dataset<Row> expected, Dataset<Row> actual, List<String> key, int examplesPerColumn) {
    Set<String> left = new TreeSet<>(Arrays.asList(expected.columns()));
    Set<String> right = new TreeSet<>(Arrays.asList(actual.columns()));
    Set<String> onlyLeft = new TreeSet<>(left);
    onlyLeft.removeAll(right);
    Set<String> onlyRight = new TreeSet<>(right);
    onlyRight.removeAll(left);
    List<String> common = new ArrayList<>();
    for (String c : expected.columns()) if (right.contains(c) && !key.contains(c)) common.add(c);

    Dataset<Row> l = expected.select(prefixed(expected.columns(), "l_"));
    Dataset<Row> r = actual.select(prefixed(actual.columns(), "r_"));
    Column on = lit(true);
    for (String k : key) on = on.and(col("l_" + k).eqNullSafe(col("r_" + k)));
    Dataset<Row> pairs = l.join(r, on, "full_outer").cache();
    try {
      Column leftMissing = col("l_" + key.get(0)).isNull();
      Column rightMissing = col("r_" + key.get(0)).isNull();
      List<Column> aggregates = new ArrayList<>(List.of(
          functions.sum(when(rightMissing, 1).otherwise(0)).as("_only_left"),
          functions.sum(when(leftMissing, 1).otherwise(0)).as("_only_right")));
      Column both = leftMissing.or(rightMissing).equalTo(false);
      // one flat aggregation: a chain of hundreds of and()s would overflow the stack
      for (String c : common) aggregates.add(functions.sum(when(both.and(differs(c)), 1).otherwise(0)).as(c));
      Row counts = pairs.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
      Map<String, Long> differing = new LinkedHashMap<>();
      List<Cell> examples = new ArrayList<>();
      for (int i = 0; i < common.size(); i++) {
        long n = counts.isNullAt(i + 2) ? 0 : counts.getLong(i + 2);
        if (n == 0) continue;
        String c = common.get(i);
        differing.put(c, n);
        for (Row row : pairs.where(both.and(differs(c)))
            .select(keyText(key), col("l_" + c).cast("string"), col("r_" + c).cast("string"))
            .orderBy("_key").limit(examplesPerColumn).collectAsList()) {
          examples.add(new Cell(row.getString(0), c, row.getString(1), row.getString(2)));
        }
      }
      return new Result(expected.count(), actual.count(), onlyLeft, onlyRight,
          counts.isNullAt(0) ? 0 : counts.getLong(0), counts.isNullAt(1) ? 0 : counts.getLong(1), differing, examples);
    } finally {
      pairs.unpersist();
    }
  }

  /**
   * A digest of each column of a table keyed by {@code key}: the XOR over its rows of a hash of (key,
   * value), so it does not depend on the order of the rows, and two tables whose digests all agree hold
   * the same values (up to a 64-bit hash collision). Lets a test hold a table to one written long ago
   * without keeping the table: {@code column → hex digest}, in column order.
   */
  public static Map<String, String> digests(Dataset<Row> table, List<String> key) {
    Column[] keyColumns = key.stream().map(k -> col(k)).toArray(Column[]::new);
    List<Column> aggregates = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (String c : table.columns()) {
      if (key.contains(c)) continue;
      columns.add(c);
      Column[] hashed = java.util.stream.Stream.concat(java.util.Arrays.stream(keyColumns), java.util.stream.Stream.of(
          functions.coalesce(col(c).cast("string"), lit("\u0000null")))).toArray(Column[]::new);
      aggregates.add(functions.bit_xor(functions.xxhash64(hashed)).as(c));
    }
    Row row = table.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      out.put(columns.get(i), row.isNullAt(i) ? "empty" : String.format("%016x", row.getLong(i)));
    }
    return out;
  }

  private static Column differs(String column) {
    return coalesce(col("l_" + column).eqNullSafe(col("r_" + column)), lit(false)).equalTo(false);
  }

  private static Column keyText(List<String> key) {
    List<Column> parts = new ArrayList<>();
    for (String k : key) parts.add(coalesce(col("l_" + k).cast("string"), col("r_" + k).cast("string")));
    return functions.concat_ws("|", parts.toArray(Column[]::new)).as("_key");
  }

  private static Column[] prefixed(String[] columns, String prefix) {
    return Arrays.stream(columns).map(c -> col(c).as(prefix + c)).toArray(Column[]::new);
  }
}
