package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.Siren;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code siren(raw)} → struct(value string of 9 digits, reason string), by {@link Siren}. */
public final class SirenUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<String> decoded = Siren.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
