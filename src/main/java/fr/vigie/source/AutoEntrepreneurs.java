package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
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
  /** The columns of sources/auto_entrepreneurs/, in the order written. */
  public enum Out implements SourceColumn {
    CODE_DEPARTEMENT, DEPARTEMENT, CODE_REGION, REGION, ANNEE, TRIMESTRE, DERNIER_JOUR_DU_TRIMESTRE,
    IMMATRICULATIONS, RADIATIONS, CHIFFRES_D_AFFAIRES, ECONOMIQUEMENT_ACTIFS, ADMINISTRATIVEMENT_ACTIFS,
    RADIATIONS_ESTIMEES, ADMINISTRATIVEMENT_ACTIFS_ESTIMES, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.AUTO_ENTREPRENEURS;
    }
  }

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
        .text(Out.CODE_DEPARTEMENT, "code_departement", REQUIRED)
        .text(Out.CODE_REGION, "code_region")
        .text(Out.REGION, "region")
        .reason(OpenData.calageReason())
        .text(Out.DEPARTEMENT, "departement")
        .value(Out.ANNEE, ValueCodec.WHOLE_NUMBER, "annee", REQUIRED)
        .value(Out.TRIMESTRE, ValueCodec.WHOLE_NUMBER, "trimestre", REQUIRED)
        .value(Out.DERNIER_JOUR_DU_TRIMESTRE, ValueCodec.ISO_DATE, "dernier_jour_du_trimestre", OPTIONAL)
        .value(Out.IMMATRICULATIONS, ValueCodec.WHOLE_NUMBER, "immatriculations", OPTIONAL)
        .value(Out.RADIATIONS, ValueCodec.WHOLE_NUMBER, "radiations", OPTIONAL)
        .value(Out.CHIFFRES_D_AFFAIRES, ValueCodec.DECIMAL_NUMBER, "chiffres_d_affaires", OPTIONAL)
        .value(Out.ECONOMIQUEMENT_ACTIFS, ValueCodec.WHOLE_NUMBER, "economiquement_actifs", OPTIONAL)
        .value(Out.ADMINISTRATIVEMENT_ACTIFS, ValueCodec.WHOLE_NUMBER, "administrativement_actifs", OPTIONAL)
        .value(Out.RADIATIONS_ESTIMEES, ValueCodec.WHOLE_NUMBER, "radiations_estimees", OPTIONAL)
        .value(Out.ADMINISTRATIVEMENT_ACTIFS_ESTIMES, ValueCodec.WHOLE_NUMBER, "administrativement_actifs_estimes",
            OPTIONAL)
        .build();
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
