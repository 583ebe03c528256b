package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Outstanding debt per (siret, periode), employee and employer shares, and their calendar lags.
 * Rule: panel.md, "URSSAF contributions and debts". The state of an ECN (compte, period, num_ecn)
 * at month m is its row with the highest num_hist_ecn among rows accounted at or before m (ties:
 * later dt_trt_ecn, then later file and line); a row is accounted in the month of dt_trt_ecn if its
 * day is ≤ 20, else the next month. The debt of a month is the sum of the states of its ECNs.
 *
 * <p>Amounts stay exact decimals (centimes) through every change and running sum, so a repaid debt is
 * exactly 0 and the sums do not depend on the order of their terms; they become euros at the end.
 *
 * <p>No ECN × month explosion: each ECN contributes the change of its state at the months its state
 * changes, and the debt is the running sum of those changes over the calendar.
 */
public final class DebtStates implements PanelStep {
  static final String ECN_COMPTE = "compte";
  /** Hidden: the debt of the row (both shares) in whole centimes, for the ratios. */
  static final String EXACT = "_dette_c";
  private static final List<String> ECN = List.of(ECN_COMPTE, "periode_debut", "num_ecn");

  @Override
  public String name() {
    return "debt-states";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.MONTH);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.DEBT_WORKER, Columns.DEBT_EMPLOYER, EXACT);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> withDebt;
    if (inputs.has(SourceName.DEBITS)) {
      Dataset<Row> changes = changesPerSiretMonth(
          stateChanges(accounted(inputs.source(SourceName.DEBITS).get(), inputs.delay(SourceName.DEBITS))), inputs);
      WindowSpec toDate = Months.byMonth(Columns.SIRET).rangeBetween(Window.unboundedPreceding(), 0);
      // exact: running sums of decimal(18,2) changes, in euros only once summed
      withDebt = panel.join(changes, new String[] {Columns.SIRET, Columns.MONTH}, "left")
          .withColumn("_po", sum(coalesce(col("_d_po"), lit(0))).over(toDate))
          .withColumn("_pp", sum(coalesce(col("_d_pp"), lit(0))).over(toDate))
          .withColumn(EXACT, col("_po").plus(col("_pp")).multiply(Exact.CENTIMES_PER_EURO).cast("long"))
          .withColumn(Columns.DEBT_WORKER, col("_po").cast("double"))
          .withColumn(Columns.DEBT_EMPLOYER, col("_pp").cast("double"))
          .drop("_d_po", "_d_pp", "_po", "_pp");
    } else {
      withDebt = panel.withColumn(Columns.DEBT_WORKER, Contributions.nullDouble())
          .withColumn(Columns.DEBT_EMPLOYER, Contributions.nullDouble())
          .withColumn(EXACT, Contributions.nullLong());
    }
    return withDebt;
  }

  /**
   * Débit rows with {@code _t}, the month index at which each becomes known: its accounting month
   * (20th-of-month rule) plus the source's delay.
   */
  static Dataset<Row> accounted(Dataset<Row> debits, int delay) {
    Column accountingMonth = Months.index(col("dt_trt_ecn"))
        .plus(when(dayofmonth(col("dt_trt_ecn")).gt(20), 1).otherwise(0)); // delivered around the 20th
    return debits.where(col(Columns.SIRET).isNotNull()).withColumn("_t", accountingMonth.plus(delay));
  }

  /**
   * One row per (ECN, month where its state changes): the state (mt_po, mt_pp of the best row known
   * so far) and its change since the previous state, as {@code _d_po}, {@code _d_pp}.
   */
  static Dataset<Row> stateChanges(Dataset<Row> accounted) {
    // order of preference among rows: num_hist_ecn, then dt_trt_ecn, then file and line
    Column rank = struct(col("num_hist_ecn"), col("dt_trt_ecn"), col("file"), col("line"), col("mt_po"),
        col("mt_pp")).as("_best");
    Column[] ecnKey = java.util.stream.Stream.concat(java.util.stream.Stream.of(Columns.SIRET), ECN.stream())
        .map(c -> col(c)).toArray(Column[]::new);
    WindowSpec byTime = Window.partitionBy(ecnKey).orderBy(col("_t"));
    return accounted
        .groupBy(col(Columns.SIRET), col(ECN_COMPTE), col("periode_debut"), col("num_ecn"), col("_t"))
        .agg(max(rank).as("_best_month"))
        .withColumn("_state", max(col("_best_month")).over(byTime.rowsBetween(Window.unboundedPreceding(), 0)))
        .withColumn("_d_po", col("_state.mt_po").minus(coalesce(lag(col("_state.mt_po"), 1).over(byTime), lit(0))))
        .withColumn("_d_pp", col("_state.mt_pp").minus(coalesce(lag(col("_state.mt_pp"), 1).over(byTime), lit(0))))
        .select(col(Columns.SIRET), col(ECN_COMPTE), col("periode_debut"), col("num_ecn"), col("_t"),
            col("_state.mt_po").as("mt_po"), col("_state.mt_pp").as("mt_pp"), col("_d_po"), col("_d_pp"));
  }

  /** Changes summed per (siret, month); changes before the calendar start count in its first month. */
  static Dataset<Row> changesPerSiretMonth(Dataset<Row> changes, PanelInputs inputs) {
    return changes
        .where(col("_t").leq(inputs.end()))
        .withColumn(Columns.MONTH, greatest(col("_t"), lit(inputs.start())))
        .groupBy(Columns.SIRET, Columns.MONTH)
        .agg(sum("_d_po").as("_d_po"), sum("_d_pp").as("_d_pp"));
  }
}
