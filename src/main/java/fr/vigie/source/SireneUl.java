package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Sirene companies ({@code StockUniteLegale}, comma-separated, columns selected by name): one row per siren. */
public final class SireneUl implements SourceReader {
  /** The columns of sources/sirene_ul/, in the order written. */
  public enum Out implements SourceColumn {
    SIREN, CATEGORIE_JURIDIQUE, DATE_CREATION, ACTIVITE_PRINCIPALE, NOMENCLATURE_ACTIVITE,
    ETAT_ADMINISTRATIF, DENOMINATION, DATE_DEBUT, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.SIRENE_UL;
    }
  }

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
        .value(Out.SIREN, ValueCodec.SIREN, "siren", REQUIRED)
        .text(Out.CATEGORIE_JURIDIQUE, "categorie_juridique")
        .tolerant(Out.DATE_CREATION, ValueCodec.ISO_DATE, "date_creation")
        .text(Out.ACTIVITE_PRINCIPALE, "activite_principale")
        .text(Out.NOMENCLATURE_ACTIVITE, "nomenclature_activite")
        .text(Out.ETAT_ADMINISTRATIF, "etat_administratif")
        .text(Out.DENOMINATION, "denomination")
        .tolerant(Out.DATE_DEBUT, ValueCodec.ISO_DATE, "date_debut")
        .build();
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
