package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import fr.vigie.spark.EventCodec;
import fr.vigie.spark.ValueCodec;
import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Collective procedures ({@code sigfaible_pcoll.csv}): one row per event, date ddMMMyyyy, nature
 * (liquidation, redressement, sauvegarde) and stage split out of {@code Lib_actx_stdx}. A line whose
 * text names no nature is kept with the warning {@code unknown_nature_warning}. A line whose siret
 * does not start with its own siren (a 13-digit siret left-padded into another company) is
 * quarantined as {@code siret_siren_mismatch}.
 */
public final class Procols implements SourceReader {
  /** The columns of sources/procols/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, DATE_EFFET, ACTION_PROCOL, STADE_PROCOL, LIB_ACTX_STDX, CAT_V2, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.PROCOLS;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.optional("siret"),
      Field.optional("siren"),
      Field.required("dt_effet"),
      Field.optional("cat_v2"),
      Field.required("lib_actx_stdx"));

  @Override
  public SourceName source() {
    return SourceName.PROCOLS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Decoder decoder = Decoder.of(split);
    String siret = decoder.call(ValueCodec.SIRET, "siret", OPTIONAL);
    String siren = decoder.call(ValueCodec.SIREN, "siren", OPTIONAL);
    decoder
        .column(Out.SIRET, col(siret + ".value"))
        .column("_siren", col(siren + ".value"))
        .reason(when(col("siret").isNull().and(col("siren").isNull()), lit("empty:siret")))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .value(Out.DATE_EFFET, ValueCodec.TEXT_MONTH_DATE, "dt_effet", REQUIRED)
        .text(Out.LIB_ACTX_STDX, "lib_actx_stdx", REQUIRED)
        .text(Out.CAT_V2, "cat_v2");
    String label = decoder.call(EventCodec.PROCOL_LABEL, "lib_actx_stdx", REQUIRED);
    return decoder
        .column(Out.ACTION_PROCOL, col(label + ".nature"))
        .column(Out.STADE_PROCOL, col(label + ".stage"))
        .warning(when(col(label + ".nature").isNull().and(col("lib_actx_stdx").isNotNull()),
            concat(lit(Reason.UNKNOWN_NATURE_WARNING.code() + ":"), col("lib_actx_stdx"))))
        .build()
        .withColumn(Out.SIREN.column(), coalesce(col("_siren"), substring(Out.SIRET.col(), 1, 9)))
        .drop("_siren");
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
