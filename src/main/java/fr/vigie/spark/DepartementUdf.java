package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.Departement;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code departement(codeCommune)} → struct(value string, reason string), by {@link Departement#fromCommune}. */
public final class DepartementUdf implements UDF1<String, Row> {
  public static final StructType TYPE = new StructType()
      .add("value", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public Row call(String codeCommune) {
    Decoded<String> decoded = Departement.fromCommune(codeCommune);
    return RowFactory.create(decoded.orNull(), decoded.reasonCode());
  }
}
