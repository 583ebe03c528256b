package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
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
  /** The columns of sources/ccsf/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, COMPTE, DATE_TRAITEMENT, CODE_EXTERNE_STADE, CODE_EXTERNE_ACTION, URSSAF_GESTION, DEP,
    FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.CCSF;
    }
  }

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
    return UrssafIdentity.decode(Decoder.of(split), Out.COMPTE, Out.SIRET, "compte")
        .value(Out.DATE_TRAITEMENT, ValueCodec.AAMJ_DATE, "date_de_traitement", REQUIRED)
        .text(Out.CODE_EXTERNE_STADE, "code_externe_stade")
        .text(Out.CODE_EXTERNE_ACTION, "code_externe_action")
        .text(Out.URSSAF_GESTION, "urssaf_gestion")
        .text(Out.DEP, "dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, Out.COMPTE, Out.SIRET, Out.DATE_TRAITEMENT)
        .withColumn(Out.SIREN.column(), UrssafIdentity.sirenOf(Out.SIRET));
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
