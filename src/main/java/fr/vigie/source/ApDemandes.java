package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.spark.ValueCodec;
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
  /** The columns of sources/ap_demandes/, in the order written. */
  public enum Out implements SourceColumn {
    ID_DA, SIRET, SIREN, DATE_STATUT, DATE_DEBUT, DATE_FIN, HTA, MTA, EFF_AUTO, EFF_ENT, EFF_ETAB,
    MOTIF_RECOURS_SE, PERIMETRE_AP, RECOURS_ANTERIEUR, S_HEURE_CONSOM_TOT, S_EFF_CONSOM_TOT,
    S_MONTANT_CONSOM_TOT, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.AP_DEMANDES;
    }
  }

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
        .text(Out.ID_DA, "id_da", REQUIRED)
        .value(Out.SIRET, ValueCodec.SIRET, "etab_siret", REQUIRED)
        .value(Out.DATE_STATUT, ValueCodec.FLEXIBLE_DATE, "date_statut", REQUIRED)
        .value(Out.DATE_DEBUT, ValueCodec.FLEXIBLE_DATE, "date_deb", REQUIRED)
        .value(Out.DATE_FIN, ValueCodec.FLEXIBLE_DATE, "date_fin", REQUIRED)
        .value(Out.HTA, ValueCodec.DECIMAL_NUMBER, "hta", REQUIRED)
        .tolerant(Out.MTA, ValueCodec.DECIMAL_NUMBER, "mta")
        .tolerant(Out.EFF_AUTO, ValueCodec.WHOLE_NUMBER, "eff_auto")
        .tolerant(Out.EFF_ENT, ValueCodec.WHOLE_NUMBER, "eff_ent")
        .tolerant(Out.EFF_ETAB, ValueCodec.WHOLE_NUMBER, "eff_etab")
        .tolerant(Out.MOTIF_RECOURS_SE, ValueCodec.AP_MOTIF, "motif_recours_se")
        .tolerant(Out.PERIMETRE_AP, ValueCodec.WHOLE_NUMBER, "perimetre_ap")
        .tolerant(Out.RECOURS_ANTERIEUR, ValueCodec.WHOLE_NUMBER, "recours_anterieur")
        .tolerant(Out.S_HEURE_CONSOM_TOT, ValueCodec.DECIMAL_NUMBER, "s_heure_consom_tot")
        .tolerant(Out.S_EFF_CONSOM_TOT, ValueCodec.DECIMAL_NUMBER, "s_eff_consom_tot")
        .tolerant(Out.S_MONTANT_CONSOM_TOT, ValueCodec.DECIMAL_NUMBER, "s_montant_consom_tot")
        .build()
        .withColumn(Out.SIREN.column(), substring(Out.SIRET.col(), 1, 9));
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
