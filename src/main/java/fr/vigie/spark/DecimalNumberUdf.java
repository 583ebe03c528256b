package fr.vigie.spark;

import fr.vigie.codec.DecimalNumber;
import fr.vigie.codec.Decoded;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code decimal_number(raw)} → struct(value double, reason string), by {@link DecimalNumber}. */
public final class DecimalNumberUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.DoubleType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<Double> decoded = DecimalNumber.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
