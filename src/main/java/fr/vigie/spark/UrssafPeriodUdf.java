package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.MonthSpan;
import fr.vigie.codec.UrssafPeriod;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code urssaf_period(raw)} → struct(first date, end date, months int, reason string), by
 * {@link UrssafPeriod#decode} (AAXY or AAAAXY). {@code first} is the first day of the first month,
 * {@code end} the first day of the month after the last (exclusive); {@code 1820} → (2018-04-01,
 * 2018-07-01, 3, null).
 */
public final class UrssafPeriodUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("first", DataTypes.DateType, true)
      .add("end", DataTypes.DateType, true)
      .add("months", DataTypes.IntegerType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    return row(UrssafPeriod.decode(raw));
  }

  /** The {@link #TYPE} row of a decoded period: all null but the reason when rejected. */
  static Row row(Decoded<MonthSpan> decoded) {
    MonthSpan span = decoded.orNull();
    return span == null
        ? RowFactory.create(null, null, null, decoded.reasonCode())
        : RowFactory.create(span.first().atDay(1), span.endExclusive().atDay(1), span.months(), null);
  }
}
