package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.WholeNumber;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code whole_number(raw)} → struct(value bigint, reason string), by {@link WholeNumber}. */
public final class WholeNumberUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.LongType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<Long> decoded = WholeNumber.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
