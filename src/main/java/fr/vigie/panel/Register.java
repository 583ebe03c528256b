package fr.vigie.panel;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sirene attributes per (siret, periode) (panel.md, "Sirene and company data"): activity codes
 * (NAF rev. 2 only: other nomenclatures are not used), département, region, head office, ages in
 * whole years at the month, legal category. Sirene is a snapshot: attributes are the current ones.
 * {@code _actif_sirene} (temporary, for the scope) is true when the establishment is created by the
 * end of the month and not closed before it (a closed state without a date counts as open: the
 * month it closed is unknown).
 */
public final class Register implements PanelStep {
  static final String ACTIVE = "_actif_sirene";

  @Override
  public String name() {
    return "register";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIRET, Columns.SIREN, Columns.PERIODE);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.CODE_APE, Columns.CODE_NAF, Columns.CODE_APE_NIVEAU2, Columns.DEPARTEMENT, Columns.REGION,
        Columns.SIEGE, Columns.AGE, Columns.AGE_ENTREPRISE, Columns.CATEGORIE_JURIDIQUE, ACTIVE);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> out = panel;
    Column monthEnd = org.apache.spark.sql.functions.last_day(col(Columns.PERIODE));
    if (inputs.has(SourceName.SIRENE)) {
      Dataset<Row> sirene = inputs.source(SourceName.SIRENE).get()
          // one row per siret (a snapshot may repeat one): the latest line wins
          .groupBy(Columns.SIRET).agg(max(struct(col("file"), col("line"), col("activite_principale"),
              col("nomenclature_activite"), col("departement"), col("region"), col("siege"), col("date_creation"),
              col("etat_administratif"), col("date_debut"))).as("_s"));
      Column nafRev2 = col("_s.nomenclature_activite").isNull().or(col("_s.nomenclature_activite").equalTo("NAFRev2"));
      Column division = regexp_extract(col("_s.activite_principale"), "^(\\d\\d)", 1);
      out = out.join(sirene, new String[] {Columns.SIRET}, "left")
          .withColumn(Columns.CODE_APE, when(nafRev2, col("_s.activite_principale")))
          .withColumn(Columns.CODE_APE_NIVEAU2, when(nafRev2.and(division.notEqual("")), division))
          .withColumn(Columns.DEPARTEMENT, col("_s.departement"))
          .withColumn(Columns.REGION, col("_s.region"))
          .withColumn(Columns.SIEGE, col("_s.siege"))
          .withColumn(Columns.AGE, floor(months_between(monthEnd, col("_s.date_creation")).divide(12)).cast("int"))
          .withColumn(ACTIVE, col("_s").isNotNull()
              .and(col("_s.date_creation").isNull().or(col("_s.date_creation").leq(monthEnd)))
              .and(col("_s.etat_administratif").notEqual("F").or(col("_s.date_debut").isNull())
                  .or(col("_s.date_debut").gt(col(Columns.PERIODE)))))
          .drop("_s");
      out = out.join(broadcast(nafSections(inputs)), new String[] {Columns.CODE_APE_NIVEAU2}, "left");
    } else {
      out = out.withColumn(Columns.CODE_APE, lit(null).cast("string"))
          .withColumn(Columns.CODE_APE_NIVEAU2, lit(null).cast("string"))
          .withColumn(Columns.CODE_NAF, lit(null).cast("string"))
          .withColumn(Columns.DEPARTEMENT, lit(null).cast("string"))
          .withColumn(Columns.REGION, lit(null).cast("string"))
          .withColumn(Columns.SIEGE, lit(null).cast("boolean"))
          .withColumn(Columns.AGE, Headcount.nullInt())
          .withColumn(ACTIVE, lit(true)); // without Sirene, activity cannot restrict the scope
    }
    if (inputs.has(SourceName.SIRENE_UL)) {
      Dataset<Row> companies = inputs.source(SourceName.SIRENE_UL).get()
          .groupBy(Columns.SIREN).agg(max(struct(col("file"), col("line"), col("categorie_juridique"),
              col("date_creation"))).as("_u"));
      return out.join(companies, new String[] {Columns.SIREN}, "left")
          .withColumn(Columns.CATEGORIE_JURIDIQUE, col("_u.categorie_juridique"))
          .withColumn(Columns.AGE_ENTREPRISE,
              floor(months_between(monthEnd, col("_u.date_creation")).divide(12)).cast("int"))
          .drop("_u");
    }
    return out.withColumn(Columns.CATEGORIE_JURIDIQUE, lit(null).cast("string"))
        .withColumn(Columns.AGE_ENTREPRISE, Headcount.nullInt());
  }

  /** NAF rev. 2 division → section letter (A–U), the official grouping. */
  static Dataset<Row> nafSections(PanelInputs inputs) {
    List<Row> rows = new ArrayList<>();
    for (int division = 1; division <= 99; division++) {
      String section = NafSections.section(division);
      if (section != null) rows.add(RowFactory.create(String.format("%02d", division), section));
    }
    StructType schema = new StructType()
        .add(Columns.CODE_APE_NIVEAU2, DataTypes.StringType, false)
        .add(Columns.CODE_NAF, DataTypes.StringType, false);
    return inputs.spark().createDataFrame(rows, schema);
  }
}
