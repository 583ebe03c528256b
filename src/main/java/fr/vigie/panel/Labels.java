package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.LabelConfig;
import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The labels of both panels, per siren from the procédures collectives (panel.md, "Labels"):
 * {@code date_procedure_collective} (first event with a recognised nature), {@code
 * etat_procedure_collective} at the end of each month ({@link ProcedureStates}), {@code
 * en_procedure}, {@code outcome} (the first opening falls in (m, m + H]; null when the data do not
 * reach m + H, the data ending at the latest month delivered) and {@code time_til_outcome} (months
 * from m to the opening, negative afterwards). With labels.urssaf-default-target, a
 * {@code tag_default} of the establishment in (m, m + H] also counts as an outcome.
 */
public final class Labels implements PanelStep {
  public static final String DATE_PROCEDURE = "date_procedure_collective";
  public static final String ETAT = "etat_procedure_collective";
  public static final String EN_PROCEDURE = "en_procedure";
  public static final String OUTCOME = "outcome";
  public static final String TIME_TIL_OUTCOME = "time_til_outcome";
  public static final List<String> COLUMNS = List.of(DATE_PROCEDURE, ETAT, EN_PROCEDURE, OUTCOME, TIME_TIL_OUTCOME);

  private final LabelConfig config;

  public Labels(LabelConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "labels";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.SIREN, Columns.MONTH, Columns.TAG_DEFAULT);
  }

  @Override
  public Set<String> adds() {
    return Set.copyOf(COLUMNS);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    int horizon = config.horizonMonths();
    Dataset<Row> out;
    if (inputs.has(SourceName.PROCOLS)) {
      Dataset<Row> events = Records.once(inputs.source(SourceName.PROCOLS).get())
          .where(col(Columns.SIREN).isNotNull().and(col("date_effet").isNotNull())
              .and(col("action_procol").isNotNull()));
      Dataset<Row> first = events.groupBy(Columns.SIREN).agg(min("date_effet").as(DATE_PROCEDURE));
      Dataset<Row> companies = panel.select(Columns.SIREN, Columns.MONTH).distinct();
      Dataset<Row> states = statesByMonth(companies, changes(events), inputs.start());
      out = panel.join(states, new String[] {Columns.SIREN, Columns.MONTH}, "left")
          .join(first, new String[] {Columns.SIREN}, "left");
    } else {
      out = panel.withColumn(ETAT, lit(null).cast("string")).withColumn(DATE_PROCEDURE, lit(null).cast("date"));
    }
    Column opening = Months.index(col(DATE_PROCEDURE));
    Column month = col(Columns.MONTH);
    Column opens = coalesce(opening.gt(month).and(opening.leq(month.plus(horizon))), lit(false));
    if (config.urssafDefaultTarget()) {
      Column futureDefault = max(when(col(Columns.TAG_DEFAULT), 1).otherwise(0))
          .over(Months.byMonth(Columns.SIRET).rangeBetween(1, horizon));
      opens = opens.or(coalesce(futureDefault.equalTo(1), lit(false)));
    }
    return out
        .withColumn(ETAT, coalesce(col(ETAT), lit(ProcedureStates.IN_BONIS)))
        .withColumn(EN_PROCEDURE, col(ETAT).notEqual(ProcedureStates.IN_BONIS))
        .withColumn(OUTCOME, when(month.plus(horizon).leq(inputs.labelEnd()), opens))
        .withColumn(TIME_TIL_OUTCOME, opening.minus(month).cast("int"));
  }

  /** (siren, _from, etat): the months where each company's state changes. */
  static Dataset<Row> changes(Dataset<Row> events) {
    StructType schema = new StructType()
        .add(Columns.SIREN, DataTypes.StringType)
        .add("_from", DataTypes.IntegerType)
        .add(ETAT, DataTypes.StringType);
    Dataset<Row> ordered = events.select(col(Columns.SIREN), Months.index(col("date_effet")).as("_m"),
        unix_date(col("date_effet").cast("date")).as("_day"), col("file"), col("line"),
        col("action_procol"), col("stade_procol"));
    return ordered
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (siren, rows) -> transitions(siren, rows),
            Encoders.row(schema));
  }

  private static Iterator<Row> transitions(String siren, Iterator<Row> rows) {
    List<Row> sorted = new ArrayList<>();
    rows.forEachRemaining(sorted::add);
    // same day: file then line order, so the machine sees a deterministic sequence
    sorted.sort(java.util.Comparator.<Row>comparingInt(r -> r.getInt(2))
        .thenComparing(r -> r.getString(3)).thenComparingLong(r -> r.getLong(4)));
    List<ProcedureStates.Event> events = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Row r = sorted.get(i);
      events.add(new ProcedureStates.Event(r.getInt(1), i, r.getString(5), r.isNullAt(6) ? null : r.getString(6)));
    }
    List<Row> out = new ArrayList<>();
    for (ProcedureStates.Change change : ProcedureStates.changes(events)) {
      out.add(RowFactory.create(siren, change.month(), change.etat()));
    }
    return out.iterator();
  }

  /** (siren, _mi, etat) on the calendar: the latest change at or before each month. */
  static Dataset<Row> statesByMonth(Dataset<Row> companies, Dataset<Row> changes, int start) {
    // changes before the calendar count at its first month; the latest of them wins
    Dataset<Row> atMonth = changes
        .groupBy(col(Columns.SIREN), greatest(col("_from"), lit(start)).as(Columns.MONTH))
        .agg(max(struct(col("_from"), col(ETAT))).as("_c"));
    return companies.join(atMonth, new String[] {Columns.SIREN, Columns.MONTH}, "left")
        .withColumn(ETAT, last(col("_c." + ETAT), true)
            .over(Months.byMonth(Columns.SIREN).rangeBetween(Window.unboundedPreceding(), 0)))
        .drop("_c");
  }
}
