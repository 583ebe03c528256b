package fr.vigie.source;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

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
    Decoder decoder = Decoder.of(split).value("compte", "compte", "compte", true);
    String siret = decoder.call("siret", "siret", true);
    String siren = decoder.intermediate("siren", call_udf("siren", col("siren")));
    Dataset<Row> decoded = decoder
        .text("urssaf_gestion")
        .text("dep")
        .text("etat_compte")
        .column("_siren", col(siren + ".value"))
        .warning(col(siren + ".reason"))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .column("_siret", col(siret + ".value"))
        .column("siret_provisoire",
            coalesce(col(siret + ".reason").startsWith(Reason.PROVISIONAL_SIRET.code()), lit(false)))
        .column("_siret_raw", col("siret"))
        .value("date_crea_siret", "aamj_date", "date_crea_siret", false)
        .value("date_disp_siret", "aamj_date", "date_disp_siret", false)
        .build();
    // a provisional siret keeps its text: resolution reports it by name
    return decoded
        .withColumn("siret", when(col("siret_provisoire"), col("_siret_raw")).otherwise(col("_siret")))
        .withColumn("siren", coalesce(col("_siren"), substring(col("_siret"), 1, 9)))
        .drop("_siret", "_siret_raw", "_siren");
  }

  @Override
  public List<String> columns() {
    return List.of("compte", "siret", "siren", "date_crea_siret", "date_disp_siret", "etat_compte", "urssaf_gestion",
        "dep", "file", "line");
  }

  /** The rows {@link Resolution} chooses from: accepted rows and provisional-siret rows. */
  public static Dataset<Row> forResolution(Dataset<Row> decoded) {
    return decoded
        .where(col(SplitLines.REASON).isNull().or(col("siret_provisoire")))
        .select("compte", "siret", "date_disp_siret", "siret_provisoire");
  }
}
