package fr.vigie.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.panel.Columns;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.ThemeShare;
import fr.vigie.report.ReportData.TopAlert;
import fr.vigie.error.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The scored month of scores/ (partitioned by periode): its alert counts and its top rows by rang
 * (1 = highest score of the month), with their themed explanations and sentences.
 */
final class ScoredAlerts {
  static final String PARTITION = Columns.PERIODE + "=";

  private ScoredAlerts() {}

  /**
   * {@code period} when given (its partition must exist), else the latest periode partition of
   * scores/, found by listing the folder rather than reading the data.
   */
  static YearMonth month(YearMonth period, String scores, Configuration hadoop) {
    List<YearMonth> months = partitions(scores, hadoop);
    if (period != null) {
      if (!months.contains(period)) {
        throw new InputException("Cannot write the report: " + scores + " has no partition " + PARTITION
            + period.atDay(1) + " (run vigie score --period " + period + " first)");
      }
      return period;
    }
    if (months.isEmpty()) {
      throw new InputException("Cannot write the report: " + scores + " holds no " + PARTITION
          + "yyyy-MM-01 partition (run vigie score first)");
    }
    return months.get(months.size() - 1);
  }

  private static List<YearMonth> partitions(String scores, Configuration hadoop) {
    Path root = new Path(scores);
    List<YearMonth> months = new ArrayList<>();
    try {
      for (FileStatus s : root.getFileSystem(hadoop).listStatus(root)) {
        String name = s.getPath().getName();
        if (!s.isDirectory() || !name.startsWith(PARTITION)) continue;
        try {
          months.add(YearMonth.from(LocalDate.parse(name.substring(PARTITION.length()))));
        } catch (DateTimeParseException e) {
          // __HIVE_DEFAULT_PARTITION__ or a foreign folder: not a scored month
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + scores, e);
    }
    months.sort(null);
    return months;
  }

  static Dataset<Row> ofMonth(Dataset<Row> scores, YearMonth month) {
    return scores.where(col(Columns.PERIODE).equalTo(lit(Date.valueOf(month.atDay(1)))));
  }

  static ScoredMonth counts(Dataset<Row> monthScores, YearMonth month) {
    Row r = monthScores.agg(count(lit(1)),
        sum(when(col("alerte").equalTo("rouge"), 1).otherwise(0)),
        sum(when(col("alerte").equalTo("orange"), 1).otherwise(0))).first();
    return new ScoredMonth(month.toString(), r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1),
        r.isNullAt(2) ? 0 : r.getLong(2));
  }

  /**
   * The rows an agent may look for: the month's {@code national} highest scores, and each
   * département's {@code perDepartement} highest (so that the page's département filter shows a full
   * list for every département, not only its share of the national top), by rang.
   */
  static List<TopAlert> top(Dataset<Row> monthScores, int national, int perDepartement) {
    Dataset<Row> ranked = monthScores.withColumn("_rang_departement",
        row_number().over(Window.partitionBy(col(Columns.DEPARTEMENT)).orderBy(col("rang"), col(Columns.SIRET))));
    List<TopAlert> alerts = new ArrayList<>();
    for (Row r : ranked.where(col("rang").leq(national).or(col("_rang_departement").leq(perDepartement)))
        .orderBy(col("rang"), col(Columns.SIRET)).collectAsList()) {
      Number effectif = r.getAs(Columns.EFFECTIF);
      int rang = r.<Number>getAs("rang").intValue();
      alerts.add(new TopAlert(r.getAs(Columns.SIRET), r.getAs(Columns.SIREN), text(r, "raison_sociale"),
          r.<Number>getAs("score").doubleValue(), r.getAs("alerte"), rang, r.getAs(Columns.DEPARTEMENT),
          r.getAs(Columns.CODE_NAF), effectif == null ? null : effectif.intValue(), themes(r),
          text(r, "explication_texte"), rang <= national));
    }
    return alerts;
  }

  private static String text(Row r, String column) {
    return List.of(r.schema().fieldNames()).contains(column) ? r.getAs(column) : null;
  }

  private static List<ThemeShare> themes(Row r) {
    List<ThemeShare> out = new ArrayList<>();
    if (!List.of(r.schema().fieldNames()).contains("explications_themes")) return out;
    int i = r.fieldIndex("explications_themes");
    if (r.isNullAt(i)) return out;
    for (Row t : r.<Row>getList(i)) {
      if (t == null) continue;
      Number share = t.getAs("part");
      out.add(new ThemeShare(t.getAs("libelle_theme"), share == null ? Double.NaN : share.doubleValue(),
          t.getAs("libelle")));
    }
    return out;
  }
}
