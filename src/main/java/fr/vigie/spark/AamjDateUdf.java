package fr.vigie.spark;

import fr.vigie.codec.AamjDate;
import fr.vigie.codec.Decoded;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code aamj_date(raw)} → struct(value date, reason string), by {@link AamjDate}: (A)AAMMJJ. */
public final class AamjDateUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.DateType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<LocalDate> decoded = AamjDate.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
