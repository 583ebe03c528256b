package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
  private CompanyPanel() {}

  /** Establishment columns that are sums over the company's establishments. */
  static boolean summed(String column) {
    return column.equals(Columns.COTISATION) || column.startsWith(Columns.mean(Columns.COTISATION, 12))
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

  public static Dataset<Row> build(Dataset<Row> panel, Set<String> financial) {
    List<Column> aggregates = new ArrayList<>();
    for (String column : panel.columns()) {
      if (summed(column)) aggregates.add(sum(col(column)).as(column));
      else if (companyLevel(column, financial)) aggregates.add(first(col(column), true).as(column));
    }
    aggregates.add(count(col(Columns.SIRET)).cast("int").as(Columns.NB_ETABLISSEMENTS));
    aggregates.add(max(col(Columns.DANS_PERIMETRE)).as(Columns.DANS_PERIMETRE));
    // the same for every establishment, unless the URSSAF default target counts: then any of them
    aggregates.add(max(col(Labels.OUTCOME)).as(Labels.OUTCOME));
    // the head office wins; among non-head offices (or without Sirene), the smallest siret
    List<Column> office = new ArrayList<>(List.of(coalesce(col(Columns.SIEGE), lit(false)).as("_siege"),
        negate(conv(col(Columns.SIRET), 10, 10).cast("long")).as("_siret")));
    for (String c : HEAD_OFFICE) office.add(col(c).as(c));
    aggregates.add(max(struct(office.toArray(Column[]::new))).as("_office"));
    Dataset<Row> company = panel.groupBy(Columns.SIREN, Columns.PERIODE)
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    for (String c : HEAD_OFFICE) company = company.withColumn(c, col("_office." + c));
    Column debt = col(Columns.DEBT_WORKER).plus(col(Columns.DEBT_EMPLOYER));
    Column mean = col(Columns.mean(Columns.COTISATION, 12));
    return company.drop("_office")
        .withColumn(Columns.RATIO_DETTE, when(mean.gt(0), debt.divide(mean)));
  }

  static List<String> columns(Dataset<Row> data) {
    return Arrays.asList(data.columns());
  }
}
