package fr.vigie.source;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.EffHeader;
import fr.vigie.error.InputException;
import fr.vigie.spark.ValueCodec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The wide headcount layout shared by {@link Effectif} and {@link EffectifEntreprise}: one
 * {@code effAAAAXY} column per month, the column name carrying the month. A line becomes one row per
 * month with a value; empty cells (unknown, or not yet published) are not rows, a {@code 0} is.
 */
final class WideHeadcount {
  static final String MONTHS = "_mois";

  private WideHeadcount() {}

  /**
   * The month columns of a header, as optional fields; fails (exit 3, naming the file and the column)
   * when there is none, when one is not a month, or when a month has two columns (which one holds the
   * headcount cannot be told).
   */
  static List<Field> monthFields(String source, Header header) {
    List<Field> fields = new ArrayList<>();
    Map<YearMonth, Integer> columnOfMonth = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.canonical().get(i);
      if (!EffHeader.isEffColumn(name)) continue;
      if (!(EffHeader.decode(name) instanceof Decoded.Ok<YearMonth> month)) {
        throw new InputException("Cannot read " + source + ": file " + header.file() + " has column '" + name
            + "' that is not a month effAAAAXY");
      }
      Integer first = columnOfMonth.putIfAbsent(month.value(), i);
      if (first != null) {
        throw new InputException("Cannot read " + source + ": file " + header.file() + " has two columns for "
            + month.value() + ": '" + header.cells().get(first) + "' (column " + (first + 1) + ") and '"
            + header.cells().get(i) + "' (column " + (i + 1) + "): remove one copy from the delivery");
      }
      fields.add(Field.optional(name));
    }
    if (fields.isEmpty()) {
      throw new InputException("Cannot read " + source + ": file " + header.file() + " has no effAAAAXY column"
          + " (found: " + header.cells() + ")");
    }
    return fields;
  }

  /** Decodes every month cell; the line's months become an array of (periode, effectif). */
  static Decoder months(Decoder decoder, List<Field> monthFields) {
    List<Column> months = new ArrayList<>();
    for (Field field : monthFields) {
      YearMonth month = EffHeader.decode(field.name()).orNull();
      String tmp = decoder.call(ValueCodec.HEADCOUNT, field.name(), Presence.OPTIONAL);
      months.add(struct(lit(month.atDay(1)).as("periode"), col(tmp + ".value").as("effectif")));
    }
    return decoder.column(MONTHS, filter(array(months.toArray(Column[]::new)), m -> m.getField("effectif").isNotNull()));
  }

  /**
   * One row per (line, month with a value), as {@code columns}: {@code periode} and {@code effectif}
   * from the month, every other column (the keys, file, line) from the line.
   */
  static Dataset<Row> explodeMonths(Dataset<Row> accepted, List<? extends SourceColumn> columns,
      SourceColumn periode, SourceColumn effectif) {
    List<Column> perLine = new ArrayList<>();
    List<Column> out = new ArrayList<>();
    for (SourceColumn c : columns) {
      if (c.equals(periode)) out.add(col("_m.periode").as(c.column()));
      else if (c.equals(effectif)) out.add(col("_m.effectif").as(c.column()));
      else {
        perLine.add(c.col());
        out.add(c.col());
      }
    }
    perLine.add(explode(col(MONTHS)).as("_m"));
    return accepted.select(perLine.toArray(Column[]::new)).select(out.toArray(Column[]::new));
  }
}
