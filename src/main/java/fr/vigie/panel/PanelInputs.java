package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the panel steps read: the typed sources (absent when not delivered), the configuration, the
 * calendar [start, end] as month indexes (see {@link Months}) and the latest month of the data,
 * {@code labelEnd}, up to which labels are known (it may be after {@code end} when a --period run
 * stops the calendar early).
 */
public record PanelInputs(SparkSession spark, VigieConfig config, Map<SourceName, Dataset<Row>> sources, int start,
    int end, int labelEnd) {

  /** Labels known up to the end of the calendar. */
  public PanelInputs(SparkSession spark, VigieConfig config, Map<SourceName, Dataset<Row>> sources, int start,
      int end) {
    this(spark, config, sources, start, end, end);
  }

  public Optional<Dataset<Row>> source(SourceName name) {
    return Optional.ofNullable(sources.get(name));
  }

  public boolean has(SourceName name) {
    return sources.containsKey(name);
  }

  public PanelConfig panel() {
    return config.panel();
  }

  /** The publication delay of a source, in months (conf/vigie.yaml, sources.*.delay-months). */
  public int delay(SourceName name) {
    return config.source(name).delayMonths();
  }

  /** One row per calendar month: {@code _mi}, {@code periode}. */
  public Dataset<Row> months() {
    List<Row> rows = new ArrayList<>();
    for (int m = start; m <= end; m++) rows.add(RowFactory.create(m, java.sql.Date.valueOf(Months.month(m).atDay(1))));
    StructType schema = new StructType()
        .add(Columns.MONTH, DataTypes.IntegerType, false)
        .add(Columns.PERIODE, DataTypes.DateType, false);
    return spark.createDataFrame(rows, schema);
  }

  /** Keeps rows whose month index column lies in the calendar. */
  public Dataset<Row> inCalendar(Dataset<Row> data, String monthColumn) {
    return data.where(col(monthColumn).between(start, end));
  }
}
