package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trunc;

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
        .text("id_da", "id_da", true)
        .value("siret", "siret", "etab_siret", true)
        .value("_mois", "flexible_date", "mois", true)
        .value("heures", "decimal_number", "heures", true)
        .tolerant("montants", "decimal_number", "montants")
        .tolerant("effectifs", "decimal_number", "effectifs")
        .build()
        .withColumn("mois", trunc(col("_mois"), "month"))
        .withColumn("id_demande", substring(col("id_da"), 1, 9))
        .withColumn("siren", substring(col("siret"), 1, 9))
        .drop("_mois");
  }

  @Override
  public List<String> columns() {
    return List.of("id_da", "id_demande", "siret", "siren", "mois", "heures", "montants", "effectifs", "file",
        "line");
  }
}
