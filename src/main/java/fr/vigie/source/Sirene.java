package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;
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

import fr.vigie.spark.ValueCodec;
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
  /** The columns of sources/sirene/, in the order written. */
  public enum Out implements SourceColumn {
    SIRET, SIREN, NIC, DATE_CREATION, SIEGE, ETAT_ADMINISTRATIF, DATE_DEBUT, ACTIVITE_PRINCIPALE,
    NOMENCLATURE_ACTIVITE, CODE_COMMUNE, CODE_POSTAL, DEPARTEMENT, REGION, DENOMINATION_USUELLE,
    ENSEIGNE, LONGITUDE, LATITUDE, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.SIRENE;
    }
  }

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
    String siret = decoder.call(ValueCodec.SIRET, "siret", REQUIRED);
    String siren = decoder.intermediate("siren", ValueCodec.SIREN.on(col("siren")));
    return decoder
        .column(Out.SIRET, col(siret + ".value"))
        .column("_siren", col(siren + ".value"))
        .warning(col(siren + ".reason"))
        .reason(UrssafIdentity.mismatch(col(siret + ".value"), col(siren + ".value")))
        .reason(nicMismatch(col(siret + ".value"), col("nic")))
        .text(Out.NIC, "nic")
        .tolerant(Out.DATE_CREATION, ValueCodec.ISO_DATE, "date_creation")
        .column(Out.SIEGE, lower(col("siege")).equalTo("true"))
        .text(Out.CODE_COMMUNE, "code_commune")
        .text(Out.CODE_POSTAL, "code_postal")
        .tolerant(Out.DEPARTEMENT, ValueCodec.DEPARTEMENT, "code_commune")
        .text(Out.ETAT_ADMINISTRATIF, "etat_administratif")
        .text(Out.ACTIVITE_PRINCIPALE, "activite_principale")
        .text(Out.NOMENCLATURE_ACTIVITE, "nomenclature_activite")
        .text(Out.DENOMINATION_USUELLE, "denomination_usuelle")
        .text(Out.ENSEIGNE, "enseigne")
        .tolerant(Out.DATE_DEBUT, ValueCodec.ISO_DATE, "date_debut")
        .tolerant(Out.LONGITUDE, ValueCodec.DECIMAL_NUMBER, "longitude")
        .tolerant(Out.LATITUDE, ValueCodec.DECIMAL_NUMBER, "latitude")
        .build()
        .withColumn(Out.SIREN.column(), coalesce(col("_siren"), substring(Out.SIRET.col(), 1, 9)))
        .drop("_siren");
  }

  @Override
  public Dataset<Row> resolve(Dataset<Row> decoded, Resolution resolution) {
    return withRegion(decoded);
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
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
        withDepartement.col(Out.DEPARTEMENT.column()).equalTo(col("_dep")), "left").drop("_dep");
  }

  static Dataset<Row> regions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : Departement.departementToRegion().entrySet()) {
      rows.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    StructType schema = new StructType()
        .add("_dep", DataTypes.StringType, false)
        .add(Out.REGION.column(), DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
