package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.PeriodCodec;
import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Contributions due ({@code sigfaible_cotisdues.csv}): one row per line, its AAXY period decoded to
 * [periode_debut, periode_fin) with nb_mois months, amounts in euros as exact decimals
 * ({@link fr.vigie.codec.Euros}: a fraction of a centime is rejected), the siret resolved through the
 * account table at the start of the period.
 */
public final class Cotisations implements SourceReader {
  /** The columns of sources/cotisations/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, COMPTE, PERIODE_DEBUT, PERIODE_FIN, NB_MOIS, COTIS_DUE, MER, ENC_DIRECT,
    URSSAF_GESTION, DEP, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.COTISATIONS;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.optional("urssaf_gestion"),
      Field.optional("dep"),
      Field.required("compte"),
      Field.optional("siret"),
      Field.required("periode"),
      Field.optional("mer"),
      Field.optional("enc_direct"),
      Field.required("cotis_due"));

  @Override
  public SourceName source() {
    return SourceName.COTISATIONS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return UrssafIdentity.decode(Decoder.of(split), Out.COMPTE, Out.SIRET, "compte")
        .period(PeriodCodec.URSSAF_PERIOD_SHORT, "periode", Out.PERIODE_DEBUT, Out.PERIODE_FIN, Out.NB_MOIS)
        .value(Out.COTIS_DUE, ValueCodec.EUROS, "cotis_due", REQUIRED)
        .value(Out.MER, ValueCodec.EUROS, "mer", OPTIONAL)
        .value(Out.ENC_DIRECT, ValueCodec.EUROS, "enc_direct", OPTIONAL)
        .text(Out.URSSAF_GESTION, "urssaf_gestion")
        .text(Out.DEP, "dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, Out.COMPTE, Out.SIRET, Out.PERIODE_DEBUT)
        .withColumn(Out.SIREN.column(), UrssafIdentity.sirenOf(Out.SIRET));
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
