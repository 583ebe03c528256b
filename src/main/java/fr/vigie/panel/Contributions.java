package fr.vigie.panel;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.SourceName;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code cotisation} and {@code cotisation_moy12m} per (siret, periode). Rule: panel.md, "URSSAF
 * contributions and debts"; a record's cotis_due is spread evenly over the months of its period.
 *
 * <p>Point in time: a period is delivered {@code d} months after its last month (sources.cotisations
 * .delay-months, 1 by default): the months of a quarter become known together, at the quarter's end
 * + d. The row of month m carries the latest month known at m, for as long as its period lasts (a
 * month for a monthly payer, three for a quarterly one, so that a quarterly payer is not blank two
 * months out of three, and a payer who stops declaring is blank once its last period has run out):
 * for a monthly payer, the row of m carries month m − d. {@code cotisation_moy12m} is the mean of
 * the 12 months ending at that month, null unless all 12 were known at m.
 */
public final class Contributions implements PanelStep {
  /** The contract's name, with the default window of 12 months (panel.mean-window-months). */
  public static final String MEAN = Columns.mean(Columns.COTISATION, 12);

  private final PanelConfig config;

  public Contributions(PanelConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "contributions";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.MONTH);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.COTISATION, Columns.mean(Columns.COTISATION, config.meanWindowMonths()));
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    int window = config.meanWindowMonths();
    String mean = Columns.mean(Columns.COTISATION, window);
    return inputs.source(SourceName.COTISATIONS)
        .map(c -> panel.join(knownMonthly(c, inputs.delay(SourceName.COTISATIONS), window, mean),
            new String[] {Columns.SIRET, Columns.MONTH}, "left"))
        .orElse(panel.withColumn(Columns.COTISATION, nullDouble()).withColumn(mean, nullDouble()));
  }

  /**
   * (siret, _mi, cotisation, mean): per row month, the latest own month known then, with its value
   * and the mean of the {@code window} months ending at it.
   */
  static Dataset<Row> knownMonthly(Dataset<Row> cotisations, int delay, int window, String mean) {
    Column first = Months.index(col("periode_debut"));
    Column last = Months.index(col("periode_fin")).minus(1);
    Dataset<Row> perMonth = cotisations
        .where(col(Columns.SIRET).isNotNull())
        .select(col(Columns.SIRET), explode(sequence(first, last)).as("_k"),
            col("cotis_due").divide(col("nb_mois")).as("_share"), last.plus(delay).as("_known_at"),
            col("nb_mois"))
        .groupBy(Columns.SIRET, "_k")
        .agg(sum("_share").as("_value"), max("_known_at").as("_known_at"), max("nb_mois").as("_months"));
    WindowSpec months = Window.partitionBy(Columns.SIRET).orderBy("_k").rangeBetween(-(window - 1), 0);
    // the mean counts only when its 12 months were all known by the time its last month is
    Column complete = count(col("_value")).over(months).equalTo(window)
        .and(max(col("_known_at")).over(months).leq(col("_known_at")));
    return perMonth
        .withColumn("_mean", when(complete, avg(col("_value")).over(months)))
        .withColumn(Columns.MONTH, explode(sequence(col("_known_at"), col("_known_at").plus(col("_months")).minus(1))))
        .groupBy(Columns.SIRET, Columns.MONTH)
        .agg(max(struct(col("_k"), col("_value"), col("_mean"))).as("_latest"))
        .select(col(Columns.SIRET), col(Columns.MONTH), col("_latest._value").as(Columns.COTISATION),
            col("_latest._mean").as(mean));
  }

  static Column nullDouble() {
    return org.apache.spark.sql.functions.lit(null).cast("double");
  }
}
