package fr.vigie.source;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

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
    String siret = decoder.call("siret", "siret", false);
    String siren = decoder.call("siren", "siren", false);
    decoder
        .column("siret", col(siret + ".value"))
        .column("_siren", col(siren + ".value"))
        .reason(when(col("siret").isNull().and(col("siren").isNull()), lit("empty:siret")))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .value("date_effet", "text_month_date", "dt_effet", true)
        .text("lib_actx_stdx", "lib_actx_stdx", true)
        .text("cat_v2");
    String label = decoder.call("procol_label", "lib_actx_stdx", true);
    return decoder
        .column("action_procol", col(label + ".nature"))
        .column("stade_procol", col(label + ".stage"))
        .warning(when(col(label + ".nature").isNull().and(col("lib_actx_stdx").isNotNull()),
            concat(lit(Reason.UNKNOWN_NATURE_WARNING.code() + ":"), col("lib_actx_stdx"))))
        .build()
        .withColumn("siren", coalesce(col("_siren"), substring(col("siret"), 1, 9)))
        .drop("_siren");
  }

  @Override
  public List<String> columns() {
    return List.of("siret", "siren", "date_effet", "action_procol", "stade_procol", "lib_actx_stdx", "cat_v2",
        "file", "line");
  }
}
