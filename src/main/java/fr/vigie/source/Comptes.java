package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import fr.vigie.spark.ValueCodec;
import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The account table, compte → siret over time ({@code Sigfaible_etablissement_utf8.csv}). One row
 * per (compte, siret) with (A)AAMMJJ creation and closure dates; an empty closure date means open.
 * Provisional sirets are quarantined but kept for {@link Resolution}, which must tell a compte with
 * only a provisional siret apart from an unknown one. A row whose siret does not start with its own
 * Siren is quarantined as {@code siret_siren_mismatch}.
 */
public final class Comptes implements SourceReader {
  /** The columns of sources/comptes/, in the order written. */
  public enum Out implements SourceColumn {
    COMPTE, SIRET, SIREN, DATE_CREA_SIRET, DATE_DISP_SIRET, ETAT_COMPTE, URSSAF_GESTION, DEP, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.COMPTES;
    }
  }

  /** Decoded, not written: the line's siret is provisional (kept for {@link Resolution}). */
  static final String PROVISOIRE = "siret_provisoire";

  static final List<Field> FIELDS = List.of(
      Field.optional("urssaf_gestion"),
      Field.optional("dep"),
      Field.required("compte"),
      Field.optional("etat_compte"),
      Field.optional("siren"),
      Field.required("siret"),
      Field.required("date_crea_siret"),
      Field.required("date_disp_siret"));

  @Override
  public SourceName source() {
    return SourceName.COMPTES;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Decoder decoder = Decoder.of(split).value(Out.COMPTE, ValueCodec.COMPTE, "compte", REQUIRED);
    String siret = decoder.call(ValueCodec.SIRET, "siret", REQUIRED);
    String siren = decoder.intermediate("siren", ValueCodec.SIREN.on(col("siren")));
    Dataset<Row> decoded = decoder
        .text(Out.URSSAF_GESTION, "urssaf_gestion")
        .text(Out.DEP, "dep")
        .text(Out.ETAT_COMPTE, "etat_compte")
        .column("_siren", col(siren + ".value"))
        .warning(col(siren + ".reason"))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .column("_siret", col(siret + ".value"))
        .column(PROVISOIRE, coalesce(col(siret + ".reason").startsWith(Reason.PROVISIONAL_SIRET.code()), lit(false)))
        .column("_siret_raw", col("siret"))
        .value(Out.DATE_CREA_SIRET, ValueCodec.AAMJ_DATE, "date_crea_siret", OPTIONAL)
        .value(Out.DATE_DISP_SIRET, ValueCodec.AAMJ_DATE, "date_disp_siret", OPTIONAL)
        .build();
    // a provisional siret keeps its text: resolution reports it by name
    return decoded
        .withColumn(Out.SIRET.column(), when(col(PROVISOIRE), col("_siret_raw")).otherwise(col("_siret")))
        .withColumn(Out.SIREN.column(), coalesce(col("_siren"), substring(col("_siret"), 1, 9)))
        .drop("_siret", "_siret_raw", "_siren");
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }

  /** The rows {@link Resolution} chooses from: accepted rows and provisional-siret rows. */
  public static Dataset<Row> forResolution(Dataset<Row> decoded) {
    return decoded
        .where(col(SplitLines.REASON).isNull().or(col(PROVISOIRE)))
        .select(Out.COMPTE.col(), Out.SIRET.col(), Out.DATE_DISP_SIRET.col(), col(PROVISOIRE));
  }
}
