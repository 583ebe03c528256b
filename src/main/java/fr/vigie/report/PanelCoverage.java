package fr.vigie.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import fr.vigie.panel.Columns;
import fr.vigie.report.ReportData.Coverage;
import fr.vigie.report.ReportData.FamilyCoverage;
import fr.vigie.error.InputException;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The "taux de couverture": per month, the share of in-scope rows of panel/ ({@code dans_perimetre})
 * where each {@link CoverageFamily}'s column is known. One aggregation grouped by periode; a column
 * absent from the panel gives null shares.
 */
final class PanelCoverage {
  private PanelCoverage() {}

  static Coverage compute(Dataset<Row> panel, List<CoverageFamily> families, String path) {
    Set<String> present = Set.copyOf(Arrays.asList(panel.columns()));
    if (!present.contains(Columns.DANS_PERIMETRE)) {
      throw new InputException("Cannot write the report: " + path + " has no column " + Columns.DANS_PERIMETRE
          + " (rebuild it with vigie panel)");
    }
    List<Column> known = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      String column = families.get(i).column();
      if (present.contains(column)) known.add(count(col(column)).as("_known" + i));
    }
    List<Row> months = panel
        .where(col(Columns.DANS_PERIMETRE).equalTo(lit(true)))
        .groupBy(col(Columns.PERIODE))
        .agg(count(lit(1)).as("_rows"), known.toArray(Column[]::new))
        .orderBy(Columns.PERIODE)
        .collectAsList(); // one row per month: a few hundred at most
    List<String> labels = new ArrayList<>();
    List<Long> inScope = new ArrayList<>();
    List<List<Double>> shares = new ArrayList<>();
    families.forEach(f -> shares.add(new ArrayList<>()));
    for (Row month : months) {
      labels.add(YearMonth.from(((Date) month.getAs(Columns.PERIODE)).toLocalDate()).toString());
      long rows = month.getAs("_rows");
      inScope.add(rows);
      for (int i = 0; i < families.size(); i++) {
        boolean measured = present.contains(families.get(i).column());
        shares.get(i).add(measured ? ((Long) month.getAs("_known" + i)).doubleValue() / rows : null);
      }
    }
    List<FamilyCoverage> coverage = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      CoverageFamily f = families.get(i);
      coverage.add(new FamilyCoverage(f.family(), f.column(), f.event(), shares.get(i)));
    }
    return new Coverage(labels, inScope, coverage);
  }
}
