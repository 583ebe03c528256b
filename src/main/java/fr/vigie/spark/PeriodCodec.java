package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.MonthSpan;
import fr.vigie.codec.UrssafPeriod;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The URSSAF period codecs ({@link UrssafPeriod}): {@code struct(first date, end date, months int,
 * reason string)}. {@code first} is the first day of the first month, {@code end} the first day of the
 * month after the last (exclusive); {@code 1820} → (2018-04-01, 2018-07-01, 3, null). All null but
 * the reason when rejected.
 */
public enum PeriodCodec implements Codec {
  /** AAXY or AAAAXY. */
  URSSAF_PERIOD(UrssafPeriod::decode),
  /** AAXY only (cotisations). */
  URSSAF_PERIOD_SHORT(UrssafPeriod::decodeShort),
  /** AAAAXY only (débits). */
  URSSAF_PERIOD_LONG(UrssafPeriod::decodeLong);

  public static final StructType TYPE = new StructType()
      .add("first", DataTypes.DateType, true)
      .add("end", DataTypes.DateType, true)
      .add("months", DataTypes.IntegerType, true)
      .add("reason", DataTypes.StringType, true);

  private final Function<String, Decoded<MonthSpan>> decode;

  PeriodCodec(Function<String, Decoded<MonthSpan>> decode) {
    this.decode = decode;
  }

  @Override
  public StructType type() {
    return TYPE;
  }

  @Override
  public Row call(String raw) {
    Decoded<MonthSpan> decoded = decode.apply(raw);
    MonthSpan span = decoded.orNull();
    return span == null
        ? RowFactory.create(null, null, null, decoded.reasonCode())
        : RowFactory.create(span.first().atDay(1), span.endExclusive().atDay(1), span.months(), null);
  }
}
