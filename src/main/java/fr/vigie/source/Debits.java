package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Debts ({@code sigfaible_debits.csv}): one row per operation on a negative gap (ECN), identified by
 * (compte, period, num_ecn) and ordered by num_hist_ecn. mt_po / mt_pp are the remaining balance
 * after the operation, read from centimes into exact euros ({@code decimal(18,2)}, see
 * {@link fr.vigie.spark.Money}). Codes outside the seed's tables are kept as
 * text. The siret is resolved through the account table at the start of the period.
 */
public final class Debits implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.optional("urssaf_gestion"),
      Field.optional("dep"),
      Field.required("num_cpte"),
      Field.optional("siren"),
      Field.optional("siret"),
      Field.optional("dt_immat"),
      Field.optional("etat_cpte"),
      Field.optional("cd_pro_col"),
      Field.required("periode"),
      Field.required("num_ecn"),
      Field.required("num_hist_ecn"),
      Field.required("dt_trt_ecn"),
      Field.required("mt_po"),
      Field.required("mt_pp"),
      Field.optional("cd_op_ecn"),
      Field.optional("motif_ecn"),
      Field.optional("recours_en_cours"));

  @Override
  public SourceName source() {
    return SourceName.DEBITS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return UrssafIdentity.decode(Decoder.of(split), "num_cpte")
        .period("urssaf_period_long", "periode")
        .value("num_ecn", "whole_number", "num_ecn", true)
        .value("num_hist_ecn", "whole_number", "num_hist_ecn", true)
        .value("dt_trt_ecn", "aamj_date", "dt_trt_ecn", true)
        .value("mt_po", "centimes", "mt_po", true)
        .value("mt_pp", "centimes", "mt_pp", true)
        .tolerant("dt_immat", "plain_date", "dt_immat")
        .text("etat_cpte")
        .text("cd_pro_col")
        .text("cd_op_ecn")
        .text("motif_ecn")
        .text("recours_en_cours")
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
    return List.of("siret", "siren", "compte", "periode_debut", "periode_fin", "num_ecn", "num_hist_ecn",
        "dt_trt_ecn", "mt_po", "mt_pp", "cd_op_ecn", "motif_ecn", "etat_cpte", "cd_pro_col", "recours_en_cours",
        "dt_immat", "urssaf_gestion", "dep", "file", "line");
  }
}
