package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.PanelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The company panel, one row per (siren, periode), aggregated from the establishment panel
 * (panel.md, "Company panel"): sums of contributions, debts (and their lags), headcount (and its
 * lags) and activité partielle hours over the establishments; {@code nb_etablissements}; the ratio
 * of debt to contributions recomputed on the sums; the company-level columns (headcount of the
 * company, legal category, age, balance sheets, regional context) once; the establishment-level
 * descriptors (activity, département, region) of the head office; {@code dans_perimetre} when any
 * establishment is; the labels (per siren), {@code outcome} when any establishment's is.
 */
public final class CompanyPanel {
  private static final String MEAN_UNITS = "_cotisation_somme_12c";

  private CompanyPanel() {}

  /** Establishment columns that are sums over the company's establishments. */
  static boolean summed(String column, String mean) {
    return column.equals(Columns.COTISATION) || column.equals(mean)
        || column.startsWith(Columns.DEBT_WORKER) || column.startsWith(Columns.DEBT_EMPLOYER)
        || column.equals(Columns.EFFECTIF) || column.startsWith(Columns.EFFECTIF + "_past_")
        || column.equals(Columns.APART_AUTORISEES) || column.equals(Columns.APART_CONSOMMEES)
        || column.equals(Columns.APART_CUMULEES);
  }

  /** Company-level columns, equal on every establishment of the company. */
  static boolean companyLevel(String column, Set<String> financial) {
    return financial.contains(column) || column.equals(Columns.EFFECTIF_ENTREPRISE)
        || column.equals(Columns.CATEGORIE_JURIDIQUE) || column.equals(Columns.AGE_ENTREPRISE)
        || (Labels.COLUMNS.contains(column) && !column.equals(Labels.OUTCOME));
  }

  /** Establishment descriptors taken from the head office (else from the smallest siret). */
  static final List<String> HEAD_OFFICE = List.of(Columns.CODE_APE, Columns.CODE_NAF, Columns.CODE_APE_NIVEAU2,
      Columns.DEPARTEMENT, Columns.REGION, Columns.AGE);

  public static Dataset<Row> build(Dataset<Row> panel, PanelConfig config) {
    Set<String> financial = Financials.columns(config);
    String cotisationMean = Columns.mean(Columns.COTISATION, config.meanWindowMonths());
    // sums: a hash aggregation over numeric buffers only (fast); everything taken once comes from
    // one representative row per company and month, the head office (else the smallest siret)
    List<Column> sums = new ArrayList<>();
    List<Column> once = new ArrayList<>(List.of(col(Columns.SIREN), col(Columns.PERIODE)));
    long meanUnit = Exact.TWELFTHS_PER_EURO * config.meanWindowMonths();
    for (String column : panel.columns()) {
      // exact sums, in the units each money column was written from (Exact), so that a company's
      // amounts do not depend on the order its establishments arrive in
      if (column.equals(Columns.COTISATION)) {
        sums.add(Exact.sumOfEuros(column, Exact.TWELFTHS_PER_EURO).as(column));
      } else if (column.equals(cotisationMean)) {
        sums.add(Exact.sumOfEuros(column, meanUnit).as(column));
        sums.add(sum(Exact.units(column, meanUnit)).as(MEAN_UNITS));
      } else if (column.equals(Columns.DEBT_WORKER) || column.equals(Columns.DEBT_EMPLOYER)) {
        sums.add(Exact.sumOfEuros(column, Exact.CENTIMES_PER_EURO).as(column));
        sums.add(sum(Exact.units(column, Exact.CENTIMES_PER_EURO)).as("_c_" + column));
      } else if (column.startsWith(Columns.DEBT_WORKER) || column.startsWith(Columns.DEBT_EMPLOYER)) {
        sums.add(Exact.sumOfEuros(column, Exact.CENTIMES_PER_EURO).as(column));
      } else if (column.startsWith("apart_")) {
        if (summed(column, cotisationMean)) sums.add(Exact.sumOfDoubles(col(column)).as(column));
      } else if (summed(column, cotisationMean)) sums.add(sum(col(column)).as(column));
      else if (companyLevel(column, financial) || HEAD_OFFICE.contains(column)) once.add(col(column));
    }
    sums.add(count(col(Columns.SIRET)).cast("int").as(Columns.NB_ETABLISSEMENTS));
    sums.add(max(col(Columns.DANS_PERIMETRE)).as(Columns.DANS_PERIMETRE));
    // the same for every establishment, unless the URSSAF default target counts: then any of them
    sums.add(max(col(Labels.OUTCOME)).as(Labels.OUTCOME));
    Dataset<Row> aggregated = panel.groupBy(Columns.SIREN, Columns.PERIODE)
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    Dataset<Row> representative = panel
        .withColumn("_rank", row_number().over(Window.partitionBy(Columns.SIREN, Columns.PERIODE)
            .orderBy(coalesce(col(Columns.SIEGE), lit(false)).desc(), col(Columns.SIRET))))
        .where(col("_rank").equalTo(1))
        .select(once.toArray(Column[]::new));
    // the debt ratio of the sums, from the exact sums as on the establishments (DebtRatios)
    Column debtCentimes = col("_c_" + Columns.DEBT_WORKER).plus(col("_c_" + Columns.DEBT_EMPLOYER));
    Column meanSum = col(MEAN_UNITS);
    long twelfthsPerCentime = Exact.TWELFTHS_PER_EURO / Exact.CENTIMES_PER_EURO;
    return aggregated.join(representative, new String[] {Columns.SIREN, Columns.PERIODE})
        .withColumn(Columns.RATIO_DETTE, when(meanSum.gt(0), debtCentimes
            .multiply(twelfthsPerCentime * config.meanWindowMonths()).cast("double").divide(meanSum.cast("double"))))
        .drop(MEAN_UNITS, "_c_" + Columns.DEBT_WORKER, "_c_" + Columns.DEBT_EMPLOYER);
  }

}
