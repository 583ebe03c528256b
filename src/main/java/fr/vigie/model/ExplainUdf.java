package fr.vigie.model;

import fr.vigie.panel.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark glue for {@link Explainer}: (the trees' feature vector, the numeric values 12 months
 * earlier as a vector with NaN for unknown, or null without a row; code_naf, region, departement)
 * → {@link #TYPE}, the three explanation columns of scores/ in one struct, so TreeSHAP runs once
 * per row.
 */
final class ExplainUdf implements UDF5<Vector, Vector, String, String, String, Row> {
  private static final long serialVersionUID = 1L;

  /** One variable: a panel column and how much it raises the score's margin (log-odds / 2). */
  static final StructType EXPLICATION = new StructType()
      .add("variable", DataTypes.StringType, false)
      .add("contribution", DataTypes.DoubleType, false);

  /** One theme that raises the score: its share of the raised margin, its top variable and its values. */
  static final StructType EXPLICATION_THEME = new StructType()
      .add("theme", DataTypes.StringType, false)
      .add("libelle_theme", DataTypes.StringType, false)
      .add("contribution", DataTypes.DoubleType, false)
      .add("part", DataTypes.DoubleType, false)
      .add("variable", DataTypes.StringType, false)
      .add("libelle", DataTypes.StringType, false)
      .add("valeur", DataTypes.DoubleType, true)
      .add("valeur_12m", DataTypes.DoubleType, true);

  static final StructType TYPE = new StructType()
      .add(ScoreJob.EXPLICATIONS, DataTypes.createArrayType(EXPLICATION, false), false)
      .add(ScoreJob.EXPLICATIONS_THEMES, DataTypes.createArrayType(EXPLICATION_THEME, false), false)
      .add(ScoreJob.EXPLICATION_TEXTE, DataTypes.StringType, false);

  private final Broadcast<Explainer> explainer;

  ExplainUdf(Broadcast<Explainer> explainer) {
    this.explainer = explainer;
  }

  @Override
  public Row call(Vector features, Vector yearAgo, String codeNaf, String region, String departement) {
    Map<String, String> categories = new HashMap<>();
    categories.put(Columns.CODE_NAF, codeNaf);
    categories.put(Columns.REGION, region);
    categories.put(Columns.DEPARTEMENT, departement);
    Explainer.Explained e = explainer.value().explain(features.toArray(),
        yearAgo == null ? null : yearAgo.toArray(), categories);
    List<Row> variables = new ArrayList<>();
    for (Explainer.VariableContribution v : e.variables()) variables.add(RowFactory.create(v.variable(), v.contribution()));
    List<Row> themes = new ArrayList<>();
    for (Explainer.ThemeExplanation t : e.themes()) {
      themes.add(RowFactory.create(t.theme().code(), t.theme().label(), t.contribution(), t.share(), t.variable(),
          t.label(), t.value(), t.valueYearAgo()));
    }
    return RowFactory.create(variables, themes, e.sentence());
  }
}
