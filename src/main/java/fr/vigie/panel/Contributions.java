package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
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
 * contributions and debts"; a record's cotis_due is spread evenly over the months of its period, and a
 * line delivered twice counts once ({@link Records#once}).
 *
 * <p>Amounts are summed exactly, in twelfths of a centime ({@link Exact#TWELFTHS_PER_EURO}): a month's
 * share of a monthly, quarterly or yearly record is a whole number of them, so sums and means do not
 * depend on the order of their terms. The hidden columns {@value #EXACT} and {@value #EXACT_SUM} keep
 * them for the debt ratios.
 *
 * <p>Point in time: a record is delivered {@code d} months after its period's last month
 * (sources.cotisations.delay-months, 1 by default). The row of month m shows L, the latest month whose
 * monthly or quarterly records had been delivered by the end of m, for as long as its period lasts
 * after delivery (a month for a monthly payer, three for a quarterly one, so that a quarterly payer is
 * not blank two months out of three, and a payer who stops declaring is blank once its last period has
 * run out): for a monthly payer, the row of m shows month m − d. Yearly records ({@code AA62}, a
 * regularisation) add their twelfth to each month of their year once delivered, and never make a month
 * unknown nor keep one alive; a payer with no monthly or quarterly record delivered by m has the months
 * of year Y known together once Y's record is delivered, shown for 12 months. {@code cotisation_moy12m}
 * is the mean of the 12 months ending at L, each with what had been delivered by m, null unless all 12
 * were known (their monthly or quarterly records delivered by the time L's were, or, for a payer with
 * only yearly records, their year's record).
 */
public final class Contributions implements PanelStep {
  /** The contract's name, with the default window of 12 months (panel.mean-window-months). */
  public static final String MEAN = Columns.mean(Columns.COTISATION, 12);
  /** Hidden: the row's cotisation in twelfths of a centime. */
  static final String EXACT = "_cotisation_12c";
  /** Hidden: the sum of the mean's months in twelfths of a centime (null when the mean is). */
  static final String EXACT_SUM = "_cotisation_somme_12c";

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
    return Set.of(Columns.COTISATION, Columns.mean(Columns.COTISATION, config.meanWindowMonths()), EXACT, EXACT_SUM);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    int window = config.meanWindowMonths();
    String mean = Columns.mean(Columns.COTISATION, window);
    return inputs.source(SourceName.COTISATIONS)
        .map(c -> panel.join(knownMonthly(c, inputs.delay(SourceName.COTISATIONS), window, mean),
            new String[] {Columns.SIRET, Columns.MONTH}, "left"))
        .orElse(panel.withColumn(Columns.COTISATION, nullDouble()).withColumn(mean, nullDouble())
            .withColumn(EXACT, nullLong()).withColumn(EXACT_SUM, nullLong()));
  }

  /**
   * (siret, _mi, cotisation, mean and their exact hidden columns): per row month m, the latest own
   * month L shown then (see the class comment), with its amount and the mean of the {@code window}
   * months ending at it, as delivered by m.
   */
  static Dataset<Row> knownMonthly(Dataset<Row> cotisations, int delay, int window, String mean) {
    Column first = Months.index(col("periode_debut"));
    Column last = Months.index(col("periode_fin")).minus(1);
    Column yearly = col("nb_mois").equalTo(12);
    // a month's share, in twelfths of a centime: whole, since nb_mois divides 12
    Column share = col("cotis_due").multiply(lit(Exact.CENTIMES_PER_EURO)).cast("long")
        .multiply(lit(12).divide(col("nb_mois")).cast("long"));
    Column knownAt = last.plus(delay);
    Dataset<Row> perMonth = Records.once(cotisations)
        .where(col(Columns.SIRET).isNotNull())
        .select(col(Columns.SIRET), explode(sequence(first, last)).as("_k"), share.as("_share"),
            knownAt.as("_known_at"), col("nb_mois"), yearly.as("_yearly"))
        .groupBy(Columns.SIRET, "_k")
        .agg(sum(when(col("_yearly").equalTo(false), col("_share"))).as("_base"),
            max(when(col("_yearly").equalTo(false), col("_known_at"))).as("_kb"),
            max(when(col("_yearly").equalTo(false), col("nb_mois"))).as("_mb"),
            sum(when(col("_yearly"), col("_share"))).as("_yr"));
    // a yearly record of year Y is delivered at December of Y + d, whichever month of Y it is spread on
    Column yearlyKnownAt = col("_k").minus(org.apache.spark.sql.functions.pmod(col("_k"), lit(12))).plus(11 + delay);
    WindowSpec bySiret = Window.partitionBy(Columns.SIRET);
    WindowSpec months = Window.partitionBy(Columns.SIRET).orderBy("_k").rangeBetween(-(window - 1), 0);
    // the window's months that fall in k's own year
    WindowSpec sameYearToDate = Window.partitionBy(col(Columns.SIRET), org.apache.spark.sql.functions.floor(
        col("_k").divide(12))).orderBy("_k").rangeBetween(-(window - 1), 0);
    Dataset<Row> withWindows = perMonth
        .withColumn("_ky", yearlyKnownAt)
        .withColumn("_first_regular", min(col("_kb")).over(bySiret))
        .withColumn("_n_base", count(col("_kb")).over(months))
        .withColumn("_max_kb", max(col("_kb")).over(months))
        .withColumn("_sum_base", coalesce(sum(col("_base")).over(months), lit(0L)))
        .withColumn("_n_yr", count(col("_yr")).over(months))
        .withColumn("_sum_yr", coalesce(sum(col("_yr")).over(months), lit(0L)))
        .withColumn("_sum_yr_year", coalesce(sum(col("_yr")).over(sameYearToDate), lit(0L)));
    // the months m at which each own month k is the one shown: after its monthly or quarterly records'
    // delivery for the length of their period; for a payer with no such record delivered yet, after its
    // year's yearly record for 12 months
    Column regularShown = when(col("_kb").isNotNull(),
        sequence(col("_kb"), col("_kb").plus(col("_mb")).minus(1)));
    Column yearlyLast = org.apache.spark.sql.functions.least(col("_ky").plus(11),
        coalesce(col("_first_regular").minus(1), col("_ky").plus(11)));
    Column yearlyShown = when(col("_yr").isNotNull().and(col("_ky").leq(yearlyLast)),
        sequence(col("_ky"), yearlyLast));
    Column candidates = org.apache.spark.sql.functions.array_union(
        coalesce(regularShown, org.apache.spark.sql.functions.array().cast("array<int>")),
        coalesce(yearlyShown, org.apache.spark.sql.functions.array().cast("array<int>")));
    Dataset<Row> shown = withWindows
        .withColumn(Columns.MONTH, explode(candidates))
        .groupBy(Columns.SIRET, Columns.MONTH)
        .agg(max(struct(col("_k"), col("_kb"), col("_ky"), col("_base"), col("_yr"), col("_n_base"), col("_max_kb"),
            col("_sum_base"), col("_n_yr"), col("_sum_yr"), col("_sum_yr_year"))).as("_l"));
    Column m = col(Columns.MONTH);
    // the regular regime: L's monthly or quarterly records are delivered by m
    Column regular = col("_l._kb").isNotNull().and(col("_l._kb").leq(m));
    Column yearDelivered = col("_l._ky").leq(m);
    Column value = when(regular, coalesce(col("_l._base"), lit(0L))
            .plus(when(yearDelivered, coalesce(col("_l._yr"), lit(0L))).otherwise(0L)))
        .otherwise(col("_l._yr"));
    // the years before L's are delivered by m (m ≥ L + d); L's own year only from December + d
    Column regularSum = col("_l._sum_base").plus(col("_l._sum_yr"))
        .minus(when(yearDelivered, 0L).otherwise(col("_l._sum_yr_year")));
    Column complete = when(regular, col("_l._n_base").equalTo(window).and(col("_l._max_kb").leq(col("_l._kb"))))
        .otherwise(col("_l._n_yr").equalTo(window));
    Column meanSum = when(complete, when(regular, regularSum).otherwise(col("_l._sum_yr")));
    return shown
        .select(col(Columns.SIRET), m, value.as(EXACT), meanSum.as(EXACT_SUM))
        .withColumn(Columns.COTISATION, Exact.toEuros(col(EXACT), Exact.TWELFTHS_PER_EURO))
        .withColumn(mean, Exact.toEuros(col(EXACT_SUM), Exact.TWELFTHS_PER_EURO * window));
  }

  static Column nullDouble() {
    return lit(null).cast("double");
  }

  static Column nullLong() {
    return lit(null).cast("long");
  }
}
