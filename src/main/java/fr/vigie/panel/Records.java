package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A line delivered twice is one record (panel.md): the readers keep every accepted line, with its
 * {@code file} and {@code line}, and the feature families that sum or count records read them through
 * {@link #once}, which keeps one row per distinct content.
 */
public final class Records {
  static final String FILE = "file";
  static final String LINE = "line";

  private Records() {}

  /**
   * One row per distinct record: rows equal in every decoded field are one, and keep the first place
   * they were delivered at (smallest file, then line), so the result does not depend on how the rows
   * were spread over tasks.
   */
  public static Dataset<Row> once(Dataset<Row> records) {
    List<Column> content = new ArrayList<>();
    for (String c : records.columns()) if (!c.equals(FILE) && !c.equals(LINE)) content.add(col(c));
    if (content.size() == records.columns().length) return records.distinct();
    List<Column> out = new ArrayList<>(content);
    out.add(col("_first." + FILE).as(FILE));
    out.add(col("_first." + LINE).as(LINE));
    return records.groupBy(content.toArray(Column[]::new))
        .agg(min(struct(col(FILE), col(LINE))).as("_first"))
        .select(out.toArray(Column[]::new))
        .select(Arrays.stream(records.columns()).map(c -> col(c)).toArray(Column[]::new));
  }
}
