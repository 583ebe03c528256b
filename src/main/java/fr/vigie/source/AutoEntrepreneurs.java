package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Open data, auto-entrepreneurs par département (seed 001): one row per (département, quarter).
 * Département codes stay text ({@code 01}, {@code 2A}, {@code 971}). The estimated radiations and
 * administratively-active counts (from Q4 2019) are read when the export has them.
 */
public final class AutoEntrepreneurs implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.optional("region"),
      Field.optional("departement"),
      Field.required("annee"),
      Field.required("trimestre"),
      Field.optional("dernier_jour_du_trimestre"),
      Field.optional("code_region"),
      Field.required("code_departement"),
      Field.required("immatriculations"),
      Field.required("radiations"),
      Field.required("chiffres_d_affaires"),
      Field.required("economiquement_actifs"),
      Field.required("administrativement_actifs"),
      Field.optional("radiations_estimees"),
      Field.optional("administrativement_actifs_estimes"));

  @Override
  public SourceName source() {
    return SourceName.AUTO_ENTREPRENEURS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return Decoder.of(OpenData.quarterDigits(split))
        .text("code_departement", "code_departement", true)
        .text("code_region")
        .text("region")
        .reason(OpenData.calageReason())
        .text("departement")
        .value("annee", "whole_number", "annee", true)
        .value("trimestre", "whole_number", "trimestre", true)
        .value("dernier_jour_du_trimestre", "iso_date", "dernier_jour_du_trimestre", false)
        .value("immatriculations", "whole_number", "immatriculations", false)
        .value("radiations", "whole_number", "radiations", false)
        .value("chiffres_d_affaires", "decimal_number", "chiffres_d_affaires", false)
        .value("economiquement_actifs", "whole_number", "economiquement_actifs", false)
        .value("administrativement_actifs", "whole_number", "administrativement_actifs", false)
        .value("radiations_estimees", "whole_number", "radiations_estimees", false)
        .value("administrativement_actifs_estimes", "whole_number", "administrativement_actifs_estimes", false)
        .build();
  }

  @Override
  public List<String> columns() {
    return List.of("code_departement", "departement", "code_region", "region", "annee", "trimestre",
        "dernier_jour_du_trimestre", "immatriculations", "radiations", "chiffres_d_affaires", "economiquement_actifs",
        "administrativement_actifs", "radiations_estimees", "administrativement_actifs_estimes", "file", "line");
  }
}
