package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.model.Explainer.Explained;
import fr.vigie.model.Explainer.ThemeExplanation;
import fr.vigie.model.ThemeContributions.ThemeShare;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Theme contributions on a hand-built model whose Shapley values are computed by hand: each theme's
 * contribution is the sum of its variables', the shares of the themes that raise the score add up
 * to 1, and the explainer reports them with their top variable and writes the sentence.
 */
class ThemeContributionsTest {
  private static final double EPS = 1e-12;
  private static final List<String> NAMES = List.of("montant_part_patronale", "ratio_dette", "effectif_variation_12m",
      "taux_marge");
  private static final Theme[] THEMES = {Theme.DETTE_URSSAF, Theme.DETTE_URSSAF, Theme.EFFECTIF,
      Theme.SANTE_FINANCIERE};
  /** Debt 5 000 €, 2.5 months of contributions, headcount -30 % in a year, margin rate 10 %. */
  private static final double[] X = {5_000, 2.5, -0.3, 10};

  /**
   * <pre>
   * T1 (weight 1):   x0 <= 1000 ? -0.2 (cover 80) : (x1 <= 1 ? 0.1 (cover 10) : 0.6 (cover 10))
   * T2 (weight 0.5): x2 <= -0.1 ? 0.4 (cover 20) : -0.1 (cover 80)
   * T3 (weight 0.5): x3 <= 5 ? 0.3 (cover 30) : -0.05 (cover 70)
   * </pre>
   * By hand at X. T1: v() = -0.09, v(0) = 0.35, v(1) = -0.04, v(01) = 0.6, so φ0 = ½(0.44 + 0.64) = 0.54
   * and φ1 = ½(0.05 + 0.25) = 0.15. T2: v() = 0, φ2 = 0.4, × 0.5 = 0.2. T3: v() = 0.055,
   * φ3 = -0.105, × 0.5 = -0.0525. Dette URSSAF: 0.69, Effectif: 0.2, Santé financière: -0.0525.
   */
  static TreeEnsemble model() {
    Tree.Builder t1 = Tree.builder();
    int inner = t1.continuous(1, 1, t1.leaf(0.1, 10), t1.leaf(0.6, 10), 20);
    Tree tree1 = t1.build(t1.continuous(0, 1000, t1.leaf(-0.2, 80), inner, 100));
    Tree.Builder t2 = Tree.builder();
    Tree tree2 = t2.build(t2.continuous(2, -0.1, t2.leaf(0.4, 20), t2.leaf(-0.1, 80), 100));
    Tree.Builder t3 = Tree.builder();
    Tree tree3 = t3.build(t3.continuous(3, 5, t3.leaf(0.3, 30), t3.leaf(-0.05, 70), 100));
    return new TreeEnsemble(List.of(tree1, tree2, tree3), new double[] {1, 0.5, 0.5}, 4);
  }

  @Test
  void theVariablesContributionsAreTheValuesComputedByHand() {
    assertThat(model().contributions(X)).containsExactly(new double[] {0.54, 0.15, 0.2, -0.0525}, within(EPS));
  }

  @Test
  void aThemeContributesTheSumOfItsVariables() {
    double[] phi = model().contributions(X);
    double[] sums = ThemeContributions.sums(phi, THEMES);
    assertThat(sums[Theme.DETTE_URSSAF.ordinal()]).isCloseTo(phi[0] + phi[1], within(EPS)).isCloseTo(0.69, within(EPS));
    assertThat(sums[Theme.EFFECTIF.ordinal()]).isCloseTo(phi[2], within(EPS));
    assertThat(sums[Theme.SANTE_FINANCIERE.ordinal()]).isCloseTo(phi[3], within(EPS));
    assertThat(sums[Theme.COTISATIONS.ordinal()]).as("a theme without input").isZero();
    // the themes add up to the margin above its mean, as the variables do
    TreeEnsemble model = model();
    assertThat(Arrays.stream(sums).sum()).isCloseTo(model.margin(X) - model.expectedMargin(), within(EPS));
  }

  @Test
  void theThemesThatRaiseTheScoreShareTheRaisedMargin() {
    List<ThemeShare> raising = ThemeContributions.raising(model().contributions(X), THEMES);
    assertThat(raising).extracting(ThemeShare::theme).as("largest first, the lowering theme left out")
        .containsExactly(Theme.DETTE_URSSAF, Theme.EFFECTIF);
    assertThat(raising.get(0).contribution()).isCloseTo(0.69, within(EPS));
    assertThat(raising.get(0).share()).isCloseTo(0.69 / 0.89, within(EPS));
    assertThat(raising.get(1).share()).isCloseTo(0.2 / 0.89, within(EPS));
    assertThat(raising.stream().mapToDouble(ThemeShare::share).sum()).isCloseTo(1.0, within(EPS));
    assertThat(raising.get(0).topSlot()).as("the debt's largest variable").isZero();
    assertThat(raising.get(1).topSlot()).isEqualTo(2);
  }

  @Test
  void noThemeRaisesAScoreBelowItsMean() {
    double[] low = {0, 0.5, 0.2, 1}; // no debt, headcount growing: T1 -0.2, T2 -0.1; margin rate low: T3 +0.3
    List<ThemeShare> raising = ThemeContributions.raising(model().contributions(low), THEMES);
    assertThat(raising).extracting(ThemeShare::theme).containsExactly(Theme.SANTE_FINANCIERE);
    assertThat(raising.get(0).share()).isEqualTo(1.0);
    assertThat(ThemeContributions.raising(new double[] {-1, 0, -2, -0.5}, THEMES)).isEmpty();
  }

  @Test
  void theExplainerReportsThemesWithTheirTopVariableValuesAndTheSentence() {
    Explainer explainer = new Explainer(model(), NAMES, 4, 3);
    double[] yearAgo = {2_000, Double.NaN, 0.05, 12};
    Explained e = explainer.explain(X, yearAgo, Map.of());

    assertThat(e.variables()).extracting(Explainer.VariableContribution::variable)
        .containsExactly("montant_part_patronale", "effectif_variation_12m", "ratio_dette");
    List<ThemeExplanation> themes = e.themes();
    assertThat(themes).hasSize(2);
    ThemeExplanation debt = themes.get(0);
    assertThat(debt.theme()).isEqualTo(Theme.DETTE_URSSAF);
    assertThat(debt.contribution()).isCloseTo(0.69, within(EPS));
    assertThat(debt.variable()).isEqualTo("montant_part_patronale");
    assertThat(debt.label()).isEqualTo("Dette URSSAF, part patronale");
    assertThat(debt.value()).isEqualTo(5_000.0);
    assertThat(debt.valueYearAgo()).isEqualTo(2_000.0);
    assertThat(themes.get(1).valueYearAgo()).isEqualTo(0.05);
    assertThat(themes.stream().mapToDouble(ThemeExplanation::share).sum()).isCloseTo(1.0, within(EPS));
    assertThat(e.sentence()).isEqualTo("Dette URSSAF en hausse : 5\u00A0k€, 2,5\u00A0mois de cotisations ; effectif en"
        + " baisse de 30\u00A0% sur un an");

    Explained withoutPast = explainer.explain(X, null, Map.of());
    assertThat(withoutPast.themes().get(0).valueYearAgo()).as("no row 12 months earlier").isNull();
    assertThat(withoutPast.sentence()).startsWith("Dette URSSAF : 5\u00A0k€, 2,5\u00A0mois de cotisations ;");
    double[] missing = X.clone();
    missing[0] = ModelPipelines.MISSING;
    assertThat(explainer.explain(missing, yearAgo, Map.of()).themes()).allSatisfy(t -> {
      if (t.variable().equals("montant_part_patronale")) assertThat(t.value()).as("unknown at the month").isNull();
    });
  }
}
