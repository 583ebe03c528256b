package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads one source folder. Every reader has the same shape: it names the fields it takes (found by
 * header name), decodes them with the typed codecs ({@link Decoder}), and says which columns of an
 * accepted line are written to {@code sources/<source>/}. {@link SourceRead} splits accepted and
 * quarantined lines and counts them.
 */
public interface SourceReader {

  SourceName source();

  /** The fields to take from a file with this header (most readers ignore the header). */
  List<Field> fields(Header header);

  /**
   * Warnings about the header itself, written to the file's manifest entry ({@code column_warnings}),
   * e.g. {@code unknown_column:<label>} for a Diane column with a year that names no item.
   */
  default List<String> columnWarnings(Header header) {
    return List.of();
  }

  /** Fewest fields a line may have; missing trailing fields are null. Default: every header field. */
  default int minFields() {
    return Integer.MAX_VALUE;
  }

  /**
   * Decodes the split rows of the files whose headers give the same {@link #fields}. The result keeps
   * {@code file, line, raw, _blank, reason, _warning} and adds typed columns; its schema must not
   * depend on the file. It may depend on {@code header} only through {@code fields(header)}: files
   * with equal fields are decoded together, with the first one's header ({@link SourceRead#read}).
   */
  Dataset<Row> decode(Dataset<Row> split, Header header);

  /** Steps across lines or sources, after the files are unioned (compte → siret resolution). */
  default Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return decoded;
  }

  /** The columns written to sources/ for accepted lines, in order: the reader's {@code Out} constants. */
  List<? extends SourceColumn> columns();

  /** Accepted lines as rows of sources/ (one line may give several rows, or none). */
  default Dataset<Row> output(Dataset<Row> accepted) {
    return accepted.select(columns().stream().map(SourceColumn::col).toArray(Column[]::new));
  }
}
