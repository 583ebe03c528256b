package fr.vigie.spark;

import fr.vigie.codec.ApMotif;
import fr.vigie.codec.Decoded;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code ap_motif(raw)} → struct(value int 1–7, reason string), by {@link ApMotif}. */
public final class ApMotifUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.IntegerType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String raw) {
    Decoded<Integer> decoded = ApMotif.decode(raw);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
