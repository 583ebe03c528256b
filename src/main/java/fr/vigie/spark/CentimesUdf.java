package fr.vigie.spark;

import fr.vigie.codec.Centimes;
import fr.vigie.codec.Decoded;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code centimes(raw)} → struct(value decimal(18,2) euros, reason string), by {@link Centimes}. */
public final class CentimesUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", Money.TYPE, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<Long> decoded = Centimes.decode(raw);
    return RowFactory.create(Money.decimal(decoded.orNull()), decoded.reasonCode());
  }
}
