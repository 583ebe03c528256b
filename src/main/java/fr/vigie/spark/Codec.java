package fr.vigie.spark;

import static org.apache.spark.sql.functions.call_udf;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/**
 * A codec of {@link fr.vigie.codec} as Spark calls it on one cell: a UDF from the raw text to a struct
 * that carries the decoded value(s) and a {@code reason} (null when the cell is valid or empty). Readers
 * name codecs by these constants, never by their UDF name, so that a misspelt codec is a compile
 * error and {@link fr.vigie.source.Decoder} can tell a value from a period by its type.
 *
 * <p>Each kind is an enum, so its UDF is serialised to the executors by name and no codec needs a
 * class of its own; {@link Udfs} registers them all.
 */
public sealed interface Codec extends UDF1<String, Row> permits ValueCodec, PeriodCodec, EventCodec {

  /** The enum constant's name. */
  String name();

  /** The struct the UDF returns, declared, never inferred. */
  StructType type();

  /** The name the UDF is registered under: the constant in snake case ({@code CENTIMES} → {@code centimes}). */
  default String udfName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The codec applied to one cell: its struct. */
  default Column on(Column cell) {
    return call_udf(udfName(), cell);
  }
}
