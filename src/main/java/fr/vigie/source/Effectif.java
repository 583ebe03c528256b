package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.col;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Headcount per establishment ({@code sigfaible_effectif_siret.csv}), wide by month: one row per
 * (siret, month with a published value). See {@link WideHeadcount}.
 */
public final class Effectif implements SourceReader {
  /** The columns of sources/effectif/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, COMPTE, PERIODE, EFFECTIF, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.EFFECTIF;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.optional("compte"),
      Field.required("siret"),
      Field.optional("rais_soc"),
      Field.optional("ape_ins"),
      Field.optional("dep"));

  @Override
  public SourceName source() {
    return SourceName.EFFECTIF;
  }

  @Override
  public List<Field> fields(Header header) {
    List<Field> fields = new ArrayList<>(FIELDS);
    fields.addAll(WideHeadcount.monthFields(source().folder(), header));
    return fields;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Decoder decoder = Decoder.of(split)
        .value(Out.SIRET, ValueCodec.SIRET, "siret", REQUIRED)
        .tolerant(Out.COMPTE, ValueCodec.COMPTE, "compte");
    return WideHeadcount.months(decoder, WideHeadcount.monthFields(source().folder(), header))
        .build()
        .withColumn(Out.SIREN.column(), substring(Out.SIRET.col(), 1, 9));
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }

  @Override
  public Dataset<Row> output(Dataset<Row> accepted) {
    return WideHeadcount.explodeMonths(accepted, columns(), Out.PERIODE, Out.EFFECTIF);
  }
}
