package fr.vigie.spark;

import fr.vigie.codec.Decoded;
import fr.vigie.codec.ProcolEvent;
import fr.vigie.codec.ProcolLabel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The codec of a procédure collective label ({@link ProcolLabel}): {@code struct(nature string, stage
 * string, reason string)}; a null nature with no reason is a label that names no nature (kept with a
 * warning by the reader).
 */
public enum EventCodec implements Codec {
  PROCOL_LABEL;

  public static final StructType TYPE = new StructType()
      .add("nature", DataTypes.StringType, true)
      .add("stage", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  @Override
  public StructType type() {
    return TYPE;
  }

  @Override
  public Row call(String lib) {
    Decoded<ProcolEvent> decoded = ProcolLabel.decode(lib);
    ProcolEvent event = decoded.orNull();
    return event == null
        ? RowFactory.create(null, null, decoded.reasonCode())
        : RowFactory.create(event.nature(), event.stage(), null);
  }
}
