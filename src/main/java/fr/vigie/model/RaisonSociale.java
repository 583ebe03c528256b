package fr.vigie.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.SourceName;
import fr.vigie.job.OutputLayout;
import fr.vigie.panel.Columns;
import fr.vigie.source.Sirene;
import fr.vigie.source.SireneUl;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The name an agent knows an establishment by, from Sirene (the data dictionary's reference « pour la
 * raison sociale »): the company's {@code denomination} (sources/sirene_ul), else the
 * establishment's {@code denomination_usuelle}, else its {@code enseigne} (sources/sirene). The
 * effectif file's {@code Rais_soc} is not kept by {@code vigie ingest}, so Sirene is the one source.
 * Null when Sirene was not delivered or names nothing. A snapshot repeating a siren or siret: its
 * latest line wins, as in the panel.
 */
final class RaisonSociale {
  static final String COLUMN = "raison_sociale";

  private RaisonSociale() {}

  /** {@code scores} (with siret and siren) plus {@value #COLUMN}. */
  static Dataset<Row> add(Dataset<Row> scores, SparkSession spark, OutputLayout layout, Configuration hadoop) {
    Dataset<Row> out = scores;
    Column name = lit(null).cast("string");
    String companies = layout.source(SourceName.SIRENE_UL);
    if (exists(companies, hadoop)) {
      Dataset<Row> ul = spark.read().parquet(companies);
      // sirene_ul written before denomination was kept: no company name
      if (java.util.List.of(ul.columns()).contains(SireneUl.Out.DENOMINATION.column())) {
        out = out.join(ul.groupBy(SireneUl.Out.SIREN.col().as(Columns.SIREN))
            .agg(max(struct(SireneUl.Out.FILE.col(), SireneUl.Out.LINE.col(), SireneUl.Out.DENOMINATION.col()
                .as("_name"))).as("_u"))
            .select(col(Columns.SIREN), col("_u._name").as("_denomination")), new String[] {Columns.SIREN}, "left");
        name = blankAsNull(col("_denomination"));
      }
    }
    String establishments = layout.source(SourceName.SIRENE);
    if (exists(establishments, hadoop)) {
      Dataset<Row> sirene = spark.read().parquet(establishments);
      out = out.join(sirene.groupBy(Sirene.Out.SIRET.col().as(Columns.SIRET))
              .agg(max(struct(Sirene.Out.FILE.col(), Sirene.Out.LINE.col(),
                  Sirene.Out.DENOMINATION_USUELLE.col().as("_usuelle"), Sirene.Out.ENSEIGNE.col().as("_enseigne")))
                  .as("_e"))
              .select(col(Columns.SIRET), col("_e._usuelle").as("_usuelle"), col("_e._enseigne").as("_enseigne")),
          new String[] {Columns.SIRET}, "left");
      name = coalesce(name, blankAsNull(col("_usuelle")), blankAsNull(col("_enseigne")));
    }
    return out.withColumn(COLUMN, name).drop("_denomination", "_usuelle", "_enseigne");
  }

  private static Column blankAsNull(Column text) {
    return when(trim(text).notEqual(""), trim(text));
  }

  private static boolean exists(String path, Configuration hadoop) {
    Path p = new Path(path);
    try {
      return p.getFileSystem(hadoop).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
