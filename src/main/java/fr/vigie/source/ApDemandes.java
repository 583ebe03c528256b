package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Activité partielle authorisations ({@code demande_ap.csv}, comma-separated): one row per request,
 * dates ISO or dd/MM/yyyy, integers possibly written as floats. A reason code outside 1–7 is
 * nulled with a warning (it does not make the request unreadable).
 */
public final class ApDemandes implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.required("id_da"),
      Field.required("etab_siret"),
      Field.optional("eff_ent"),
      Field.optional("eff_etab"),
      Field.required("date_statut"),
      Field.required("date_deb"),
      Field.required("date_fin"),
      Field.required("hta"),
      Field.optional("mta"),
      Field.optional("eff_auto"),
      Field.optional("motif_recours_se"),
      Field.optional("perimetre_ap", "perimetre_ap", "perimete_eff"),
      Field.optional("s_heure_consom_tot"),
      Field.optional("s_eff_consom_tot"),
      Field.optional("s_montant_consom_tot"),
      Field.optional("recours_anterieur"));

  @Override
  public SourceName source() {
    return SourceName.AP_DEMANDES;
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
        .value("date_statut", "flexible_date", "date_statut", true)
        .value("date_debut", "flexible_date", "date_deb", true)
        .value("date_fin", "flexible_date", "date_fin", true)
        .value("hta", "decimal_number", "hta", true)
        .tolerant("mta", "decimal_number", "mta")
        .tolerant("eff_auto", "whole_number", "eff_auto")
        .tolerant("eff_ent", "whole_number", "eff_ent")
        .tolerant("eff_etab", "whole_number", "eff_etab")
        .tolerant("motif_recours_se", "ap_motif", "motif_recours_se")
        .tolerant("perimetre_ap", "whole_number", "perimetre_ap")
        .tolerant("recours_anterieur", "whole_number", "recours_anterieur")
        .tolerant("s_heure_consom_tot", "decimal_number", "s_heure_consom_tot")
        .tolerant("s_eff_consom_tot", "decimal_number", "s_eff_consom_tot")
        .tolerant("s_montant_consom_tot", "decimal_number", "s_montant_consom_tot")
        .build()
        .withColumn("siren", substring(col("siret"), 1, 9));
  }

  @Override
  public List<String> columns() {
    return List.of("id_da", "siret", "siren", "date_statut", "date_debut", "date_fin", "hta", "mta", "eff_auto",
        "eff_ent", "eff_etab", "motif_recours_se", "perimetre_ap", "recours_anterieur", "s_heure_consom_tot",
        "s_eff_consom_tot", "s_montant_consom_tot", "file", "line");
  }
}
