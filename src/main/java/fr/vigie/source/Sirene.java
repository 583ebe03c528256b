package fr.vigie.source;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.codec.Departement;
import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sirene establishments ({@code StockEtablissement_utf8_geo.csv}, comma-separated, columns selected
 * by name): one row per siret. The département comes from the commune code, the region from the
 * official département → region table. Non-numeric coordinates (NOT_VALID...) are nulled with a
 * warning. A siret that is not siren + nic (when the line gives them) is quarantined as
 * {@code siret_siren_mismatch}.
 */
public final class Sirene implements SourceReader {
  static final List<Field> FIELDS = List.of(
      Field.optional("siren"),
      Field.optional("nic"),
      Field.required("siret"),
      Field.required("date_creation", "dateCreationEtablissement"),
      Field.required("siege", "etablissementSiege"),
      Field.required("code_commune", "codeCommuneEtablissement"),
      Field.optional("code_postal", "codePostalEtablissement"),
      Field.required("etat_administratif", "etatAdministratifEtablissement"),
      Field.required("activite_principale", "activitePrincipaleEtablissement"),
      Field.optional("nomenclature_activite", "nomenclatureActivitePrincipaleEtablissement"),
      Field.optional("denomination_usuelle", "denominationUsuelleEtablissement"),
      Field.optional("enseigne", "enseigne1Etablissement"),
      Field.optional("date_debut", "dateDebut"),
      Field.optional("longitude"),
      Field.optional("latitude"));

  @Override
  public SourceName source() {
    return SourceName.SIRENE;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Decoder decoder = Decoder.of(split);
    String siret = decoder.call("siret", "siret", true);
    String siren = decoder.intermediate("siren", call_udf("siren", col("siren")));
    return decoder
        .column("siret", col(siret + ".value"))
        .column("_siren", col(siren + ".value"))
        .warning(col(siren + ".reason"))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .reason(nicMismatch(col(siret + ".value"), col("nic")))
        .text("nic")
        .tolerant("date_creation", "iso_date", "date_creation")
        .column("siege", lower(col("siege")).equalTo("true"))
        .text("code_commune")
        .text("code_postal")
        .tolerant("departement", "departement", "code_commune")
        .text("etat_administratif")
        .text("activite_principale")
        .text("nomenclature_activite")
        .text("denomination_usuelle")
        .text("enseigne")
        .tolerant("date_debut", "iso_date", "date_debut")
        .tolerant("longitude", "decimal_number", "longitude")
        .tolerant("latitude", "decimal_number", "latitude")
        .build()
        .withColumn("siren", coalesce(col("_siren"), substring(col("siret"), 1, 9)))
        .drop("_siren");
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return withRegion(decoded);
  }

  @Override
  public List<String> columns() {
    return List.of("siret", "siren", "nic", "date_creation", "siege", "etat_administratif", "date_debut",
        "activite_principale", "nomenclature_activite", "code_commune", "code_postal", "departement", "region",
        "denomination_usuelle", "enseigne", "longitude", "latitude", "file", "line");
  }

  /**
   * {@code siret_siren_mismatch:<siret>/nic <nic>} when the line's nic (left-padded to 5 digits) is not
   * the last 5 digits of its siret: a siret is siren + nic.
   */
  static Column nicMismatch(Column siret, Column nic) {
    Column padded = lpad(trim(nic), 5, "0");
    return when(siret.isNotNull().and(nic.isNotNull()).and(substring(siret, 10, 5).notEqual(padded)),
        concat(lit(Reason.SIRET_SIREN_MISMATCH.code() + ":"), siret, lit("/nic "), nic));
  }

  /** Adds {@code region} from {@code departement} (official table, 101 rows, broadcast). */
  static Dataset<Row> withRegion(Dataset<Row> withDepartement) {
    return withDepartement.join(broadcast(regions(withDepartement.sparkSession())),
        withDepartement.col("departement").equalTo(col("_dep")), "left").drop("_dep");
  }

  static Dataset<Row> regions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : Departement.departementToRegion().entrySet()) {
      rows.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    StructType schema = new StructType()
        .add("_dep", DataTypes.StringType, false)
        .add("region", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
