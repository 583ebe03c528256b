package fr.vigie.source;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.vigie.spark.Codec;
import fr.vigie.spark.PeriodCodec;
import fr.vigie.spark.ValueCodec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns split rows (string fields) into typed columns, in the one shape every reader shares: each
 * codec ({@link Codec}, named by type, never by string) is called once per cell, its value becomes a
 * column and its reason joins the line's reasons; the first reason (split, then required cells, then
 * codecs in declaration order) is the line's quarantine reason. Warnings mark lines kept with a quality problem.
 */
public final class Decoder {
  public static final String WARNING = "_warning";

  private final Dataset<Row> split;
  private final List<Column> calls = new ArrayList<>();
  private final List<Column> outputs = new ArrayList<>();
  private final List<Column> reasons = new ArrayList<>();
  private final List<Column> warnings = new ArrayList<>();

  private Decoder(Dataset<Row> split) {
    this.split = split;
    reasons.add(col(SplitLines.REASON));
  }

  public static Decoder of(Dataset<Row> split) {
    return new Decoder(split);
  }

  /** Calls {@code codec} on {@code field} once; returns the name of its struct column (value(s), reason). */
  public String call(Codec codec, String field, Presence presence) {
    String tmp = intermediate(field, codec.on(col(field)));
    if (presence == Presence.REQUIRED) required(field);
    reasons.add(col(tmp + ".reason"));
    return tmp;
  }

  /**
   * An intermediate column computed once per line next to the codec calls, for outputs and
   * reasons that read it more than once (a Spark projection may evaluate a repeated expression
   * as many times as it appears); returns its name.
   */
  public String intermediate(String name, Column expression) {
    String tmp = "_d" + calls.size() + "_" + name;
    calls.add(expression.as(tmp));
    return tmp;
  }

  /** A decoded value as the source column {@code out}; a rejected cell quarantines the line. */
  public Decoder value(SourceColumn out, ValueCodec codec, String field, Presence presence) {
    return value(out.column(), codec, field, presence);
  }

  /** A decoded value as a temporary column {@code out}, which the reader turns into source columns. */
  public Decoder value(String out, ValueCodec codec, String field, Presence presence) {
    String tmp = call(codec, field, presence);
    outputs.add(col(tmp + ".value").as(out));
    return this;
  }

  /** A decoded value whose rejection is not a reason to quarantine: null, and a warning. */
  public Decoder tolerant(SourceColumn out, ValueCodec codec, String field) {
    String tmp = intermediate(field, codec.on(col(field)));
    warnings.add(col(tmp + ".reason"));
    outputs.add(col(tmp + ".value").as(out.column()));
    return this;
  }

  /**
   * A required URSSAF period as {@code first} (first day of the first month), {@code end} (first day of
   * the month after the last) and {@code months} (the number of months; null: not kept).
   */
  public Decoder period(PeriodCodec codec, String field, SourceColumn first, SourceColumn end, SourceColumn months) {
    String tmp = call(codec, field, Presence.REQUIRED);
    outputs.add(col(tmp + ".first").as(first.column()));
    outputs.add(col(tmp + ".end").as(end.column()));
    if (months != null) outputs.add(col(tmp + ".months").as(months.column()));
    return this;
  }

  /** A cell kept as text (trimmed by the split; empty = null). */
  public Decoder text(SourceColumn out, String field, Presence presence) {
    if (presence == Presence.REQUIRED) required(field);
    outputs.add(col(field).as(out.column()));
    return this;
  }

  /** An optional cell kept as text. */
  public Decoder text(SourceColumn out, String field) {
    return text(out, field, Presence.OPTIONAL);
  }

  /** An empty required cell quarantines the line with {@code empty:<field>}. */
  public Decoder required(String field) {
    reasons.add(when(col(field).isNull(), lit("empty:" + field)));
    return this;
  }

  /** Any output expression over the split fields and the struct columns returned by {@link #call}. */
  public Decoder column(SourceColumn out, Column expression) {
    return column(out.column(), expression);
  }

  /** A temporary output column, which the reader turns into source columns. */
  public Decoder column(String out, Column expression) {
    outputs.add(expression.as(out));
    return this;
  }

  /** An extra quarantine reason (null when the line is fine). */
  public Decoder reason(Column reason) {
    reasons.add(reason);
    return this;
  }

  /** A quality warning (null when none): the line is kept and the warning counted. */
  public Decoder warning(Column warning) {
    warnings.add(warning);
    return this;
  }

  public Dataset<Row> build() {
    List<Column> stage1 = new ArrayList<>();
    for (String name : split.columns()) stage1.add(col(name));
    stage1.addAll(calls);
    List<Column> stage2 = new ArrayList<>(List.of(
        col(SplitLines.FILE), col(SplitLines.LINE), col(SplitLines.SPLIT), col(SplitLines.RAW), col(SplitLines.BLANK),
        coalesce(reasons.toArray(Column[]::new)).as(SplitLines.REASON),
        (warnings.isEmpty() ? lit(null).cast(DataTypes.StringType) : coalesce(warnings.toArray(Column[]::new)))
            .as(WARNING)));
    stage2.addAll(outputs);
    return split.select(stage1.toArray(Column[]::new)).select(stage2.toArray(Column[]::new));
  }
}
