package fr.vigie.source;

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
    return UrssafIdentity.decode(Decoder.of(split), "compte")
        .period("urssaf_period_short", "periode")
        .value("cotis_due", "euros", "cotis_due", true)
        .value("mer", "euros", "mer", false)
        .value("enc_direct", "euros", "enc_direct", false)
        .text("urssaf_gestion")
        .text("dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, "periode_debut").withColumn("siren", UrssafIdentity.sirenOfSiret());
  }

  @Override
  public List<String> columns() {
    return List.of("siret", "siren", "compte", "periode_debut", "periode_fin", "nb_mois", "cotis_due", "mer",
        "enc_direct", "urssaf_gestion", "dep", "file", "line");
  }
}
