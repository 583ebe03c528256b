package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trunc;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Activité partielle consumption ({@code consommation_ap.csv}, comma-separated): one row per
 * (request, month). {@code MOIS} is any date inside the month, normalised to its first day; the
 * request is the demande whose ID_DA shares the first 9 characters ({@code id_demande}).
 */
public final class ApConsommations implements SourceReader {
  /** The columns of sources/ap_consommations/, in the order written. */
  public enum Out implements SourceColumn {
    ID_DA, ID_DEMANDE, SIRET, SIREN, MOIS, HEURES, MONTANTS, EFFECTIFS, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.AP_CONSOMMATIONS;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.required("id_da"),
      Field.required("etab_siret"),
      Field.required("heures", "heures", "s_heure_consom_tot"),
      Field.optional("montants", "montants", "s_montant_consom_tot"),
      Field.optional("effectifs", "effectifs", "s_eff_consom_tot"),
      Field.required("mois"));

  @Override
  public SourceName source() {
    return SourceName.AP_CONSOMMATIONS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return Decoder.of(split)
        .text(Out.ID_DA, "id_da", REQUIRED)
        .value(Out.SIRET, ValueCodec.SIRET, "etab_siret", REQUIRED)
        .value("_mois", ValueCodec.FLEXIBLE_DATE, "mois", REQUIRED)
        .value(Out.HEURES, ValueCodec.DECIMAL_NUMBER, "heures", REQUIRED)
        .tolerant(Out.MONTANTS, ValueCodec.DECIMAL_NUMBER, "montants")
        .tolerant(Out.EFFECTIFS, ValueCodec.DECIMAL_NUMBER, "effectifs")
        .build()
        .withColumn(Out.MOIS.column(), trunc(col("_mois"), "month"))
        .withColumn(Out.ID_DEMANDE.column(), substring(Out.ID_DA.col(), 1, 9))
        .withColumn(Out.SIREN.column(), substring(Out.SIRET.col(), 1, 9))
        .drop("_mois");
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
