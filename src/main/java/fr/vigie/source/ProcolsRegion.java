package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Open data, procédures collectives par région (seed 000): one row per (region, nature, quarter).
 * Rows come in any order; an empty count is "no figure" (null), not zero. {@code nature} is
 * normalised to liquidation / redressement / sauvegarde.
 */
public final class ProcolsRegion implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.optional("region"),
      Field.optional("ancienne_region"),
      Field.required("nature_de_procedure"),
      Field.required("annee"),
      Field.required("trimestre"),
      Field.optional("dernier_jour_du_trimestre"),
      Field.required("code_region"),
      Field.optional("code_ancienne_region"),
      Field.required("nombre_de_procedures_brut"));

  @Override
  public SourceName source() {
    return SourceName.PROCOLS_REGION;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return Decoder.of(OpenData.quarterDigits(split))
        .text("code_region", "code_region", true)
        .text("region")
        .reason(OpenData.calageReason())
        .text("nature_de_procedure", "nature_de_procedure", true)
        .column("nature", when(lower(col("nature_de_procedure")).contains("liquidation"), "liquidation")
            .when(lower(col("nature_de_procedure")).contains("redressement"), "redressement")
            .when(lower(col("nature_de_procedure")).contains("sauvegarde"), "sauvegarde"))
        .value("annee", "whole_number", "annee", true)
        .value("trimestre", "whole_number", "trimestre", true)
        .value("dernier_jour_du_trimestre", "iso_date", "dernier_jour_du_trimestre", false)
        .value("nombre_de_procedures_brut", "whole_number", "nombre_de_procedures_brut", false)
        .text("ancienne_region")
        .text("code_ancienne_region")
        .build();
  }

  @Override
  public List<String> columns() {
    return List.of("code_region", "region", "nature", "nature_de_procedure", "annee", "trimestre",
        "dernier_jour_du_trimestre", "nombre_de_procedures_brut", "ancienne_region", "code_ancienne_region", "file",
        "line");
  }
}
