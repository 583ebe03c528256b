package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * A column of {@code sources/<source>/}, as its reader declares it. Every reader lists its output
 * columns as an enum implementing this interface ({@code Debits.Out.MT_PP}), in the order they are
 * written; whoever reads a source (the panel, the scores) names its columns through these constants,
 * so renaming a source column is one edit, checked by the compiler wherever the column is read.
 */
public interface SourceColumn {
  /** The file an accepted line came from: the last-but-one column of every source. */
  String FILE = "file";
  /** The line's number in its file: the last column of every source. */
  String LINE = "line";

  /** The source whose dataset holds the column. */
  SourceName source();

  /**
   * The column's name in the Parquet dataset. For an enum of columns, the constant's name in lower case
   * ({@code MT_PP} → {@code mt_pp}): the constant is the one place the name is written.
   */
  default String column() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /** The column in a Spark expression. */
  default Column col() {
    return functions.col(column());
  }

  /** {@code debits.mt_pp}: for messages. */
  default String qualified() {
    return source().folder() + "." + column();
  }
}
