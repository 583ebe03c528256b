package fr.vigie.model;

import fr.vigie.model.ThemeContributions.ThemeShare;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Explains one scored row, in plain Java (broadcast to the executors by {@link ExplainUdf}): the
 * TreeSHAP contributions of the model's own trees, the variables that raise the score most, the same
 * contributions summed per theme ({@link ThemeContributions}) with each theme's top variable and its
 * value at the month and 12 months earlier, and the sentence built from the top themes
 * ({@link AlertSentence}).
 *
 * <p>The feature vector holds the trees' inputs: a numeric slot holds the panel value cast to
 * double, or {@link ModelPipelines#MISSING} when unknown; a categorical slot an index. Numeric
 * slots come first ({@link ModelPipelines#boostedTrees}), so the values 12 months earlier are given
 * for the numeric slots only, NaN when unknown.
 */
public final class Explainer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One variable that raises the score: its panel column and its TreeSHAP contribution. */
  public record VariableContribution(String variable, double contribution) {}

  /**
   * One theme that raises the score.
   *
   * @param contribution summed TreeSHAP contributions of its variables (margin: half the log-odds)
   * @param share        its part of the margin raised by every theme that raises the score
   * @param variable     its variable of largest contribution, its French label, its value at the
   *                     month and 12 months earlier (null when unknown, or for a category)
   */
  public record ThemeExplanation(Theme theme, double contribution, double share, String variable, String label,
      Double value, Double valueYearAgo) {}

  public record Explained(List<VariableContribution> variables, List<ThemeExplanation> themes, String sentence) {}

  private final TreeEnsemble ensemble;
  private final String[] names;
  private final Theme[] themes;
  private final int numeric;
  private final int explanations;

  /**
   * @param names        the panel column of each slot of the feature vector
   * @param numeric      the number of numeric slots (they come first)
   * @param explanations how many variables {@link Explained#variables()} holds at most
   */
  public Explainer(TreeEnsemble ensemble, List<String> names, int numeric, int explanations) {
    if (names.size() != ensemble.numFeatures() || numeric > names.size()) {
      throw new IllegalArgumentException("Cannot explain: " + names.size() + " feature names (" + numeric
          + " numeric) for a model of " + ensemble.numFeatures() + " features");
    }
    this.ensemble = ensemble;
    this.names = names.toArray(String[]::new);
    this.themes = names.stream().map(n -> FeatureDictionary.of(n).theme()).toArray(Theme[]::new);
    this.numeric = numeric;
    this.explanations = explanations;
  }

  /**
   * @param x          the trees' feature vector
   * @param yearAgo    the numeric slots' values 12 months earlier (NaN: unknown), or null without a row
   * @param categories text values of the month by column (code_naf, region, departement), for the sentence
   */
  public Explained explain(double[] x, double[] yearAgo, Map<String, String> categories) {
    double[] contributions = ensemble.contributions(x);
    List<VariableContribution> variables = new ArrayList<>();
    for (int i : TreeEnsemble.topPositive(contributions, explanations)) {
      variables.add(new VariableContribution(names[i], contributions[i]));
    }
    List<ThemeExplanation> explained = new ArrayList<>();
    List<AlertSentence.Clause> clauses = new ArrayList<>();
    for (ThemeShare s : ThemeContributions.raising(contributions, themes)) {
      int top = s.topSlot();
      explained.add(new ThemeExplanation(s.theme(), s.contribution(), s.share(), names[top],
          FeatureDictionary.of(names[top]).label(), now(x, top), before(yearAgo, top)));
      clauses.add(new AlertSentence.Clause(s.theme(), s.share(), names[top]));
    }
    String sentence = AlertSentence.of(clauses, new RowValues(x, yearAgo, categories));
    return new Explained(variables, explained, sentence);
  }

  /** The slot's panel value at the month; null when unknown or categorical. */
  private Double now(double[] x, int slot) {
    return slot >= numeric || x[slot] == ModelPipelines.MISSING ? null : x[slot];
  }

  private Double before(double[] yearAgo, int slot) {
    return yearAgo == null || slot >= numeric || Double.isNaN(yearAgo[slot]) ? null : yearAgo[slot];
  }

  private int slot(String column) {
    for (int i = 0; i < names.length; i++) if (names[i].equals(column)) return i;
    return -1;
  }

  /** The row as {@link AlertSentence} reads it: the columns the model does not read are unknown. */
  private final class RowValues implements AlertSentence.Values {
    private final double[] x;
    private final double[] yearAgo;
    private final Map<String, String> categories;

    RowValues(double[] x, double[] yearAgo, Map<String, String> categories) {
      this.x = x;
      this.yearAgo = yearAgo;
      this.categories = categories;
    }

    @Override
    public Double now(String column) {
      int slot = slot(column);
      return slot < 0 ? null : Explainer.this.now(x, slot);
    }

    @Override
    public Double yearAgo(String column) {
      int slot = slot(column);
      return slot < 0 ? null : before(yearAgo, slot);
    }

    @Override
    public String category(String column) {
      return categories.get(column);
    }
  }
}
