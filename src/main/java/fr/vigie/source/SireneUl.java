package fr.vigie.source;

import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Sirene companies ({@code StockUniteLegale}, comma-separated, columns selected by name): one row per siren. */
public final class SireneUl implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.required("siren"),
      Field.required("categorie_juridique", "categorieJuridiqueUniteLegale"),
      Field.optional("date_creation", "dateCreationUniteLegale"),
      Field.optional("activite_principale", "activitePrincipaleUniteLegale"),
      Field.optional("nomenclature_activite", "nomenclatureActivitePrincipaleUniteLegale"),
      Field.optional("etat_administratif", "etatAdministratifUniteLegale"),
      Field.optional("denomination", "denominationUniteLegale"),
      Field.optional("date_debut", "dateDebut"));

  @Override
  public SourceName source() {
    return SourceName.SIRENE_UL;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return Decoder.of(split)
        .value("siren", "siren", "siren", true)
        .text("categorie_juridique", "categorie_juridique", false)
        .tolerant("date_creation", "iso_date", "date_creation")
        .text("activite_principale")
        .text("nomenclature_activite")
        .text("etat_administratif")
        .text("denomination")
        .tolerant("date_debut", "iso_date", "date_debut")
        .build();
  }

  @Override
  public List<String> columns() {
    return List.of("siren", "categorie_juridique", "date_creation", "activite_principale", "nomenclature_activite",
        "etat_administratif", "denomination", "date_debut", "file", "line");
  }
}
