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
 * Debts ({@code sigfaible_debits.csv}): one row per operation on a negative gap (ECN), identified by
 * (compte, period, num_ecn) and ordered by num_hist_ecn. mt_po / mt_pp are the remaining balance
 * after the operation, read from centimes into exact euros ({@code decimal(18,2)}, see
 * {@link fr.vigie.spark.Money}). Codes outside the seed's tables are kept as
 * text. The siret is resolved through the account table at the start of the period; a direct Siret
 * column (newer deliveries) must start with the line's Siren (else {@code siret_siren_mismatch}).
 */
public final class Debits implements SourceReader {
  /** The columns of sources/debits/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, COMPTE, PERIODE_DEBUT, PERIODE_FIN, NUM_ECN, NUM_HIST_ECN, DT_TRT_ECN, MT_PO, MT_PP,
    CD_OP_ECN, MOTIF_ECN, ETAT_CPTE, CD_PRO_COL, RECOURS_EN_COURS, DT_IMMAT, URSSAF_GESTION, DEP, FILE,
    LINE;

    @Override
    public SourceName source() {
      return SourceName.DEBITS;
    }
  }

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
    return UrssafIdentity.decode(Decoder.of(split), Out.COMPTE, Out.SIRET, "num_cpte", "siren")
        .period(PeriodCodec.URSSAF_PERIOD_LONG, "periode", Out.PERIODE_DEBUT, Out.PERIODE_FIN, null /* no count kept */)
        .value(Out.NUM_ECN, ValueCodec.WHOLE_NUMBER, "num_ecn", REQUIRED)
        .value(Out.NUM_HIST_ECN, ValueCodec.WHOLE_NUMBER, "num_hist_ecn", REQUIRED)
        .value(Out.DT_TRT_ECN, ValueCodec.AAMJ_DATE, "dt_trt_ecn", REQUIRED)
        .value(Out.MT_PO, ValueCodec.CENTIMES, "mt_po", REQUIRED)
        .value(Out.MT_PP, ValueCodec.CENTIMES, "mt_pp", REQUIRED)
        .tolerant(Out.DT_IMMAT, ValueCodec.PLAIN_DATE, "dt_immat")
        .text(Out.ETAT_CPTE, "etat_cpte")
        .text(Out.CD_PRO_COL, "cd_pro_col")
        .text(Out.CD_OP_ECN, "cd_op_ecn")
        .text(Out.MOTIF_ECN, "motif_ecn")
        .text(Out.RECOURS_EN_COURS, "recours_en_cours")
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
