package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CCSF decisions ({@code sigfaible_ccsf.csv}): one row per decision, date (A)AAMMJJ. Lines with at
 * least 4 fields are readable (the stage and action codes may be missing); the siret is resolved
 * through the account table at the decision date.
 */
public final class Ccsf implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.optional("urssaf_gestion"),
      Field.optional("dep"),
      Field.required("compte"),
      Field.optional("siret"),
      Field.required("date_de_traitement"),
      Field.optional("code_externe_stade"),
      Field.optional("code_externe_action"));

  @Override
  public SourceName source() {
    return SourceName.CCSF;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public int minFields() {
    return 4; // inputs.md: lines with fewer than 4 fields are invalid
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return UrssafIdentity.decode(Decoder.of(split), "compte")
        .value("date_traitement", "aamj_date", "date_de_traitement", true)
        .text("code_externe_stade")
        .text("code_externe_action")
        .text("urssaf_gestion")
        .text("dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, "date_traitement").withColumn("siren", UrssafIdentity.sirenOfSiret());
  }

  @Override
  public List<String> columns() {
    return List.of("siret", "siren", "compte", "date_traitement", "code_externe_stade", "code_externe_action",
        "urssaf_gestion", "dep", "file", "line");
  }
}
