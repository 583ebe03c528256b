package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.vigie.config.ScopeConfig;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code dans_perimetre} per (siret, periode) (panel.md, "Scope"): headcount at least
 * scope.min-headcount at m (establishment's or company's, scope.headcount-level), active in Sirene
 * at m, a company outside the excluded legal categories and activities, and not already in a
 * collective procedure at m ({@code en_procedure}, from {@link Labels}): the flag is true exactly when
 * every condition of the training scope holds, so anyone reading it alone counts the right rows. An
 * unknown category or activity does not exclude; an unknown headcount does.
 */
public final class Scope implements PanelStep {
  private final ScopeConfig config;

  public Scope(ScopeConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "scope";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.EFFECTIF, Columns.EFFECTIF_ENTREPRISE, Columns.CATEGORIE_JURIDIQUE, Columns.CODE_NAF,
        Columns.CODE_APE_NIVEAU2, Register.ACTIVE, Labels.EN_PROCEDURE);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.DANS_PERIMETRE);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    String level = ScopeConfig.COMPANY.equals(config.headcountLevel()) ? Columns.EFFECTIF_ENTREPRISE : Columns.EFFECTIF;
    Column excludedCategory = lit(false);
    for (String prefix : config.excludedLegalCategoryPrefixes()) {
      excludedCategory = excludedCategory.or(col(Columns.CATEGORIE_JURIDIQUE).startsWith(prefix));
    }
    Column excludedActivity = col(Columns.CODE_NAF).isin(config.excludedNafSections().toArray())
        .or(col(Columns.CODE_APE_NIVEAU2).isin(config.excludedNafDivisions().toArray()));
    Column inScope = coalesce(col(level).geq(config.minHeadcount()), lit(false))
        .and(col(Register.ACTIVE))
        .and(coalesce(excludedCategory, lit(false)).equalTo(false))
        .and(coalesce(excludedActivity, lit(false)).equalTo(false))
        .and(col(Labels.EN_PROCEDURE).equalTo(false));
    return panel.withColumn(Columns.DANS_PERIMETRE, inScope);
  }
}
