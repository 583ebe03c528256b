package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.Headcount;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code headcount(raw)} → struct(value int, reason string), by {@link Headcount}. */
public final class HeadcountUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.IntegerType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<Integer> decoded = Headcount.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
