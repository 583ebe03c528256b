package fr.vigie.source;

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
    return UrssafIdentity.decode(Decoder.of(split), "numero_compte_externe")
        .value("date_creation", "flexible_date", "date_creation", true)
        .value("date_echeance", "flexible_date", "date_echeance", true)
        .value("duree_delai", "whole_number", "duree_delai", true)
        .value("montant_global_echeancier", "euros", "montant_global_echeancier", true)
        .text("numero_structure")
        .text("denomination_premiere_ligne")
        .text("indic_6m")
        .tolerant("annee_creation", "whole_number", "annee_creation")
        .text("code_externe_stade")
        .text("code_externe_action")
        .text("urssaf_gestion")
        .text("dep")
        .build();
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return resolution.siretAtDate(decoded, "date_creation").withColumn("siren", UrssafIdentity.sirenOfSiret());
  }

  @Override
  public List<String> columns() {
    return List.of("siret", "siren", "compte", "numero_structure", "date_creation", "date_echeance", "duree_delai",
        "montant_global_echeancier", "indic_6m", "annee_creation", "denomination_premiere_ligne",
        "code_externe_stade", "code_externe_action", "urssaf_gestion", "dep", "file", "line");
  }
}
