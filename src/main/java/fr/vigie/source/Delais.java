package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Payment-delay agreements ({@code sigfaible_delais.csv}): one row per agreement, dates dd/MM/yyyy
 * (ISO accepted: the seed documents aaaa-mm-jj), duration in days, amount in euros. The siret is
 * resolved through the account table at the creation date.
 */
public final class Delais implements SourceReader {
  /** The columns of sources/delais/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, COMPTE, NUMERO_STRUCTURE, DATE_CREATION, DATE_ECHEANCE, DUREE_DELAI,
    MONTANT_GLOBAL_ECHEANCIER, INDIC_6M, ANNEE_CREATION, DENOMINATION_PREMIERE_LIGNE, CODE_EXTERNE_STADE,
    CODE_EXTERNE_ACTION, URSSAF_GESTION, DEP, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.DELAIS;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.optional("urssaf_gestion"),
      Field.optional("dep"),
      Field.required("numero_compte_externe"),
      Field.optional("siret"),
      Field.optional("numero_structure"),
      Field.required("date_creation"),
      Field.required("date_echeance"),
      Field.required("duree_delai"),
      Field.optional("denomination_premiere_ligne"),
      Field.optional("indic_6m"),
      Field.optional("annee_creation"),
      Field.required("montant_global_echeancier"),
      Field.optional("code_externe_stade"),
      Field.optional("code_externe_action"));

  @Override
  public SourceName source() {
    return SourceName.DELAIS;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return UrssafIdentity.decode(Decoder.of(split), Out.COMPTE, Out.SIRET, "numero_compte_externe")
        .value(Out.DATE_CREATION, ValueCodec.FLEXIBLE_DATE, "date_creation", REQUIRED)
        .value(Out.DATE_ECHEANCE, ValueCodec.FLEXIBLE_DATE, "date_echeance", REQUIRED)
        .value(Out.DUREE_DELAI, ValueCodec.WHOLE_NUMBER, "duree_delai", REQUIRED)
        .value(Out.MONTANT_GLOBAL_ECHEANCIER, ValueCodec.EUROS, "montant_global_echeancier", REQUIRED)
        .text(Out.NUMERO_STRUCTURE, "numero_structure")
        .text(Out.DENOMINATION_PREMIERE_LIGNE, "denomination_premiere_ligne")
        .text(Out.INDIC_6M, "indic_6m")
        .tolerant(Out.ANNEE_CREATION, ValueCodec.WHOLE_NUMBER, "annee_creation")
        .text(Out.CODE_EXTERNE_STADE, "code_externe_stade")
        .text(Out.CODE_EXTERNE_ACTION, "code_externe_action")
        .text(Out.URSSAF_GESTION, "urssaf_gestion")
        .text(Out.DEP, "dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, Out.COMPTE, Out.SIRET, Out.DATE_CREATION)
        .withColumn(Out.SIREN.column(), UrssafIdentity.sirenOf(Out.SIRET));
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
