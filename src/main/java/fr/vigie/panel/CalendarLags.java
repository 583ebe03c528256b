package fr.vigie.panel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Adds {@code <column>_past_<k>}: the value exactly k calendar months earlier for the same key
 * (a range frame over the month index, so a missing month never shifts a lag), null when that
 * month is before the calendar.
 */
public final class CalendarLags implements PanelStep {
  private final String name;
  private final String key;
  private final List<String> columns;
  private final List<Integer> lags;

  public CalendarLags(String name, String key, List<String> columns, List<Integer> lags) {
    this.name = name;
    this.key = key;
    this.columns = List.copyOf(columns);
    this.lags = List.copyOf(lags);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> requires() {
    Set<String> requires = new LinkedHashSet<>(columns);
    requires.add(key);
    requires.add(Columns.MONTH);
    return requires;
  }

  @Override
  public Set<String> adds() {
    Set<String> adds = new LinkedHashSet<>();
    for (String column : columns) for (int lag : lags) adds.add(Columns.past(column, lag));
    return adds;
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> out = panel;
    for (String column : columns) {
      for (int lag : lags) out = out.withColumn(Columns.past(column, lag), Months.past(key, out.col(column), lag));
    }
    return out;
  }
}
