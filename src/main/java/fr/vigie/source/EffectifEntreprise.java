package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Headcount per company ({@code sigfaible_effectif_siren.csv}), wide by month: one row per
 * (siren, month with a published value). See {@link WideHeadcount}.
 */
public final class EffectifEntreprise implements SourceReader {
  /** The columns of sources/effectif_entreprise/, in the order written. */
  public enum Out implements SourceColumn {
    SIREN, PERIODE, EFFECTIF, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.EFFECTIF_ENTREPRISE;
    }
  }

  static final List<Field> FIELDS = List.of(Field.required("siren"), Field.optional("rais_soc"));

  @Override
  public SourceName source() {
    return SourceName.EFFECTIF_ENTREPRISE;
  }

  @Override
  public List<Field> fields(Header header) {
    List<Field> fields = new ArrayList<>(FIELDS);
    fields.addAll(WideHeadcount.monthFields(source().folder(), header));
    return fields;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Decoder decoder = Decoder.of(split).value(Out.SIREN, ValueCodec.SIREN, "siren", REQUIRED);
    return WideHeadcount.months(decoder, WideHeadcount.monthFields(source().folder(), header)).build();
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
