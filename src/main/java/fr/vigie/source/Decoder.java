package fr.vigie.source;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns split rows (string fields) into typed columns, in the one shape every reader shares: each
 * codec UDF is called once per cell, its value becomes a column and its reason joins the line's
 * reasons; the first reason (split, then required cells, then codecs in declaration order) is the
 * line's quarantine reason. Warnings mark lines kept with a quality problem.
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

  /** Calls {@code udf} on {@code field} once; returns the name of its (value, reason) struct column. */
  public String call(String udf, String field, boolean required) {
    String tmp = intermediate(field, call_udf(udf, col(field)));
    if (required) required(field);
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

  /** A decoded value as output column {@code out}. */
  public Decoder value(String out, String udf, String field, boolean required) {
    String tmp = call(udf, field, required);
    outputs.add(col(tmp + ".value").as(out));
    return this;
  }

  /** A decoded value whose rejection is not a reason to quarantine: null, and a warning. */
  public Decoder tolerant(String out, String udf, String field) {
    String tmp = intermediate(field, call_udf(udf, col(field)));
    warnings.add(col(tmp + ".reason"));
    outputs.add(col(tmp + ".value").as(out));
    return this;
  }

  /**
   * A required URSSAF period (udf {@code urssaf_period_short} or {@code urssaf_period_long}) as
   * {@code periode_debut} (first month), {@code periode_fin} (month after the last) and {@code nb_mois}.
   */
  public Decoder period(String udf, String field) {
    String tmp = call(udf, field, true);
    outputs.add(col(tmp + ".first").as("periode_debut"));
    outputs.add(col(tmp + ".end").as("periode_fin"));
    outputs.add(col(tmp + ".months").as("nb_mois"));
    return this;
  }

  /** A cell kept as text (trimmed by the split; empty = null). */
  public Decoder text(String out, String field, boolean required) {
    if (required) required(field);
    outputs.add(col(field).as(out));
    return this;
  }

  public Decoder text(String field) {
    return text(field, field, false);
  }

  /** An empty required cell quarantines the line with {@code empty:<field>}. */
  public Decoder required(String field) {
    reasons.add(when(col(field).isNull(), lit("empty:" + field)));
    return this;
  }

  /** Any output expression over the split fields and the struct columns returned by {@link #call}. */
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
