package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import fr.vigie.spark.ValueCodec;
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
  /** The columns of sources/procols_region/, in the order written. */
  public enum Out implements SourceColumn {
    CODE_REGION, REGION, NATURE, NATURE_DE_PROCEDURE, ANNEE, TRIMESTRE, DERNIER_JOUR_DU_TRIMESTRE,
    NOMBRE_DE_PROCEDURES_BRUT, ANCIENNE_REGION, CODE_ANCIENNE_REGION, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.PROCOLS_REGION;
    }
  }

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
        .text(Out.CODE_REGION, "code_region", REQUIRED)
        .text(Out.REGION, "region")
        .reason(OpenData.calageReason())
        .text(Out.NATURE_DE_PROCEDURE, "nature_de_procedure", REQUIRED)
        .column(Out.NATURE, when(lower(col("nature_de_procedure")).contains("liquidation"), "liquidation")
            .when(lower(col("nature_de_procedure")).contains("redressement"), "redressement")
            .when(lower(col("nature_de_procedure")).contains("sauvegarde"), "sauvegarde"))
        .value(Out.ANNEE, ValueCodec.WHOLE_NUMBER, "annee", REQUIRED)
        .value(Out.TRIMESTRE, ValueCodec.WHOLE_NUMBER, "trimestre", REQUIRED)
        .value(Out.DERNIER_JOUR_DU_TRIMESTRE, ValueCodec.ISO_DATE, "dernier_jour_du_trimestre", OPTIONAL)
        .value(Out.NOMBRE_DE_PROCEDURES_BRUT, ValueCodec.WHOLE_NUMBER, "nombre_de_procedures_brut", OPTIONAL)
        .text(Out.ANCIENNE_REGION, "ancienne_region")
        .text(Out.CODE_ANCIENNE_REGION, "code_ancienne_region")
        .build();
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
