package fr.vigie.spark;

import fr.vigie.codec.UrssafPeriod;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/** {@code urssaf_period_long(raw)}: as {@link UrssafPeriodUdf}, AAAAXY only (débits {@code Periode}). */
public final class UrssafPeriodLongUdf implements UDF1<String, Row> {
  public static final StructType TYPE = UrssafPeriodUdf.TYPE;

  @Override
  public Row call(String raw) {
    return UrssafPeriodUdf.row(UrssafPeriod.decodeLong(raw));
  }
}
