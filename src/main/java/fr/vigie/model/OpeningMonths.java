package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.panel.Columns;
import fr.vigie.panel.Labels;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark glue for {@link Anchoring}: per panel month, the in-scope establishments not in procedure and
 * those whose company's first procedure opens the next month ({@code time_til_outcome} = 1), counted
 * over the whole panel (every siren, labelled or not), in month order.
 */
final class OpeningMonths {
  private OpeningMonths() {}

  /** The panel months first .. last (null: unbounded). */
  static List<Anchoring.Month> of(Dataset<Row> panel, YearMonth first, YearMonth last) {
    Column periode = col(Columns.PERIODE);
    Column rows = col(Columns.DANS_PERIMETRE).equalTo(true).and(not(col(Labels.EN_PROCEDURE)));
    if (first != null) rows = rows.and(periode.geq(lit(Date.valueOf(first.atDay(1)))));
    if (last != null) rows = rows.and(periode.leq(lit(Date.valueOf(last.atDay(1)))));
    List<Anchoring.Month> months = new ArrayList<>();
    for (Row r : panel.where(rows).groupBy(periode)
        .agg(count(lit(1)), sum(when(col(Labels.TIME_TIL_OUTCOME).equalTo(1), 1L).otherwise(0L)))
        .collectAsList()) {
      months.add(new Anchoring.Month(YearMonth.from(r.getDate(0).toLocalDate()), r.getLong(1), r.getLong(2)));
    }
    months.sort(Comparator.comparing(Anchoring.Month::month));
    return months;
  }
}
