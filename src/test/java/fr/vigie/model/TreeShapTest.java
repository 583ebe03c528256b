package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeShapTest {
  private static final double EPS = 1e-9;

  /**
   * <pre>
   * n0: x0 <= 0.5                        cover 10
   *   n1: x1 <= 0.5                      cover 4
   *     A = 10                           cover 1
   *     B = 20                           cover 3
   *   n2: x1 <= 0.5                      cover 6
   *     C = 40                           cover 4
   *     D = 0                            cover 2
   * </pre>
   * x2 is never used.
   */
  private static Tree handTree() {
    Tree.Builder b = Tree.builder();
    int n1 = b.continuous(1, 0.5, b.leaf(10, 1), b.leaf(20, 3), 4);
    int n2 = b.continuous(1, 0.5, b.leaf(40, 4), b.leaf(0, 2), 6);
    return b.build(b.continuous(0, 0.5, n1, n2, 10));
  }

  /*
   * By hand. v(S) follows the splits on features in S, averages the others by cover.
   * v({}) = 0.4 * (0.25*10 + 0.75*20) + 0.6 * (4/6*40 + 2/6*0) = 0.4*17.5 + 0.6*80/3 = 7 + 16 = 23.
   * With M = 3 and x2 unused, φ0 = 1/2 [v(0) - v()] + 1/2 [v(01) - v(1)] (x2 only duplicates the terms).
   *
   * x = (0, 1, 0) -> leaf B = 20:  v(0) = 17.5 (n1's mean), v(1) = 0.4*20 + 0.6*0 = 8, v(01) = 20.
   *   φ0 = 1/2 (17.5 - 23) + 1/2 (20 - 8)    = 3.25
   *   φ1 = 1/2 (8 - 23)    + 1/2 (20 - 17.5) = -6.25      23 + 3.25 - 6.25 = 20
   * x = (1, 0, 5) -> leaf C = 40:  v(0) = 80/3 (n2's mean), v(1) = 0.4*10 + 0.6*40 = 28, v(01) = 40.
   *   φ0 = 1/2 (80/3 - 23) + 1/2 (40 - 28)   = 47/6
   *   φ1 = 1/2 (28 - 23)   + 1/2 (40 - 80/3) = 55/6       23 + 102/6 = 40
   */
  @Test
  void depthTwoTreeMatchesTheValuesComputedByHand() {
    Tree tree = handTree();

    assertThat(tree.expectedValue()).as("v({})").isCloseTo(23.0, within(EPS));
    assertThat(TreeShap.values(tree, new double[] {0, 1, 0}, 3)).as("x = (0, 1, 0)")
        .containsExactly(new double[] {3.25, -6.25, 0.0}, within(EPS));
    assertThat(TreeShap.values(tree, new double[] {1, 0, 5}, 3)).as("x = (1, 0, 5)")
        .containsExactly(new double[] {47.0 / 6, 55.0 / 6, 0.0}, within(EPS));
  }

  @Test
  void aThresholdValueGoesLeftAsInSpark() {
    Tree tree = handTree();

    assertThat(tree.predict(new double[] {0.5, 0.5, 0})).as("x <= threshold goes left").isEqualTo(10.0);
    assertThat(tree.predict(new double[] {Double.NaN, 0.5, 0})).as("NaN goes right").isEqualTo(40.0);
  }

  @Test
  void aCategoryGoesLeftIffItIsALeftCategoryAsInSpark() {
    Tree.Builder b = Tree.builder();
    Tree tree = b.build(b.categorical(0, new double[] {3, 1}, b.leaf(-1, 2), b.leaf(1, 3), 5));

    assertThat(tree.predict(new double[] {1})).isEqualTo(-1.0);
    assertThat(tree.predict(new double[] {3})).isEqualTo(-1.0);
    assertThat(tree.predict(new double[] {0})).isEqualTo(1.0);
    assertThat(tree.predict(new double[] {2})).isEqualTo(1.0);
    assertThat(TreeShap.values(tree, new double[] {3}, 1)).as("-1 - (0.4*-1 + 0.6*1)")
        .containsExactly(new double[] {-1.2}, within(EPS));
  }

  @Test
  void aFeatureNeverUsedGetsExactlyZero() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      Tree tree = new RandomTrees(random, 5, Splits.CONTINUOUS_ONLY).tree(4, false); // features 0..4 only
      double[] x = randomInput(random, 7);
      double[] phi = TreeShap.values(tree, x, 7);
      assertThat(phi[5]).as("feature 5, unused, trial %d", trial).isEqualTo(0.0);
      assertThat(phi[6]).as("feature 6, unused, trial %d", trial).isEqualTo(0.0);
    }
  }

  @Test
  void randomTreesMatchBruteForceShapley() {
    Random random = new Random(20180412);
    int compared = 0;
    int withRepeatedFeature = 0;
    int withCategorical = 0;
    for (int trial = 0; trial < 400; trial++) {
      int numFeatures = 1 + random.nextInt(7);
      RandomTrees gen = new RandomTrees(random, numFeatures, Splits.SOME_CATEGORICAL);
      Tree tree = gen.tree(random.nextInt(7), trial % 2 == 0);
      if (gen.repeated) withRepeatedFeature++;
      if (gen.categorical) withCategorical++;
      for (int input = 0; input < 5; input++) {
        double[] x = gen.input(tree);
        double[] expected = BruteForce.shapley(tree, x, numFeatures);
        double[] actual = TreeShap.values(tree, x, numFeatures);
        for (int f = 0; f < numFeatures; f++) {
          assertThat(actual[f]).as("trial %d, input %d, feature %d", trial, input, f)
              .isCloseTo(expected[f], within(EPS * Math.max(1, Math.abs(expected[f]))));
        }
        assertThat(tree.expectedValue()).as("trial %d: expected value is v({})", trial)
            .isCloseTo(BruteForce.value(tree, 0, x, 0L), within(EPS));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2000);
    assertThat(withRepeatedFeature).as("trees with a feature repeated on a path").isGreaterThan(100);
    assertThat(withCategorical).as("trees with a categorical split").isGreaterThan(100);
  }

  @Test
  void expectedValueIsTheCoverWeightedMeanOfLeavesWhenCoversAreConsistent() {
    Random random = new Random(3);
    for (int trial = 0; trial < 100; trial++) {
      Tree tree = new RandomTrees(random, 4, Splits.SOME_CATEGORICAL).tree(5, false);
      double sum = 0;
      double cover = 0;
      for (int n = 0; n < tree.size(); n++) {
        if (tree.isLeaf(n)) {
          sum += tree.cover(n) * tree.value(n);
          cover += tree.cover(n);
        }
      }
      assertThat(tree.expectedValue()).as("trial %d", trial).isCloseTo(sum / cover, within(EPS));
    }
  }

  @Test
  void singleTreesAreAdditive() {
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      RandomTrees gen = new RandomTrees(random, 6, Splits.SOME_CATEGORICAL);
      Tree tree = gen.tree(1 + random.nextInt(10), trial % 3 == 0);
      double[] x = gen.input(tree);
      double sum = tree.expectedValue();
      for (double phi : TreeShap.values(tree, x, 6)) sum += phi;
      assertThat(sum).as("trial %d: E + Σφ = f(x)", trial).isCloseTo(tree.predict(x), relative(tree.predict(x)));
    }
  }

  @Test
  void weightedEnsemblesAreAdditive() {
    Random random = new Random(5);
    for (int trial = 0; trial < 50; trial++) {
      RandomTrees gen = new RandomTrees(random, 8, Splits.SOME_CATEGORICAL);
      List<Tree> trees = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        trees.add(gen.tree(random.nextInt(6), false));
        weights[i] = i == 0 ? 1.0 : random.nextDouble() - 0.2;
      }
      TreeEnsemble ensemble = new TreeEnsemble(trees, weights, 8);
      for (int input = 0; input < 5; input++) {
        double[] x = gen.input(trees.get(random.nextInt(n)));
        double expectedMargin = 0;
        double margin = 0;
        double[] phi = new double[8];
        for (int i = 0; i < n; i++) {
          expectedMargin += weights[i] * trees.get(i).expectedValue();
          margin += weights[i] * trees.get(i).predict(x);
          double[] treePhi = TreeShap.values(trees.get(i), x, 8);
          for (int f = 0; f < 8; f++) phi[f] += weights[i] * treePhi[f];
        }
        double sum = ensemble.expectedMargin();
        for (double c : ensemble.contributions(x)) sum += c;

        assertThat(ensemble.margin(x)).as("trial %d: margin", trial).isCloseTo(margin, within(EPS));
        assertThat(ensemble.expectedMargin()).as("trial %d: expected margin", trial)
            .isCloseTo(expectedMargin, within(EPS));
        assertThat(ensemble.contributions(x)).as("trial %d: weighted sum of the trees' values", trial)
            .containsExactly(phi, within(EPS));
        assertThat(sum).as("trial %d: E + Σφ = margin", trial).isCloseTo(margin, relative(margin));
      }
    }
  }

  @Test
  void topPositiveIsLargestFirstAndOnlyPositive() {
    double[] contributions = {0.1, -2.0, 0.7, 0.0, 0.3, 0.7, -0.1};

    assertThat(TreeEnsemble.topPositive(contributions, 3)).as("ties: lower index first")
        .containsExactly(2, 5, 4);
    assertThat(TreeEnsemble.topPositive(contributions, 10)).as("k above the 4 positives")
        .containsExactly(2, 5, 4, 0);
    assertThat(TreeEnsemble.topPositive(contributions, 0)).isEmpty();
    assertThat(TreeEnsemble.topPositive(new double[] {-1, 0, Double.NaN}, 2)).as("none positive").isEmpty();
    assertThatThrownBy(() -> TreeEnsemble.topPositive(contributions, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderRejectsMalformedTrees() {
    Tree.Builder b = Tree.builder();
    int leaf = b.leaf(1, 1);
    int shared = b.continuous(0, 0.5, leaf, leaf, 2);
    assertThatThrownBy(() -> b.build(shared)).hasMessageContaining("reached twice");

    Tree.Builder empty = Tree.builder();
    int split = empty.continuous(0, 0.5, empty.leaf(1, 0), empty.leaf(2, 0), 0);
    assertThatThrownBy(() -> empty.build(split)).hasMessageContaining("cover 0");

    assertThatThrownBy(() -> new TreeEnsemble(List.of(handTree()), new double[] {1}, 1))
        .hasMessageContaining("splits on feature 1");
  }

  private static org.assertj.core.data.Offset<Double> relative(double value) {
    return within(EPS * Math.max(1, Math.abs(value)));
  }

  private static double[] randomInput(Random random, int numFeatures) {
    double[] x = new double[numFeatures];
    for (int f = 0; f < numFeatures; f++) x[f] = random.nextDouble();
    return x;
  }

  /** Whether random trees may split on categorical features. */
  private enum Splits { CONTINUOUS_ONLY, SOME_CATEGORICAL }

  /**
   * Random trees over a few features, so that features repeat along paths. Feature f is categorical
   * (values 0..4) when f is odd and categorical splits are allowed; thresholds and categories are
   * kept per tree so that inputs can land exactly on them.
   */
  private static final class RandomTrees {
    private static final int CATEGORIES = 5;
    private final Random random;
    private final int numFeatures;
    private final Splits kind;
    private final List<List<Double>> thresholds = new ArrayList<>();
    boolean repeated;
    boolean categorical;

    RandomTrees(Random random, int numFeatures, Splits kind) {
      this.random = random;
      this.numFeatures = numFeatures;
      this.kind = kind;
      for (int f = 0; f < numFeatures; f++) thresholds.add(new ArrayList<>());
    }

    private boolean isCategorical(int f) {
      return kind == Splits.SOME_CATEGORICAL && f % 2 == 1;
    }

    /**
     * A tree of depth at most {@code maxDepth}. Leaf covers are random (some 0); an internal cover
     * is the sum of its children's, or, when {@code offCovers}, that sum times a random factor
     * (as rounding could leave it), which must change nothing.
     */
    Tree tree(int maxDepth, boolean offCovers) {
      Tree.Builder b = Tree.builder();
      int[] root = node(b, maxDepth, new boolean[numFeatures], offCovers, true);
      return b.build(root[0]);
    }

    /** Returns {id, the sum of the leaf covers under it}; only a leaf below the root may have cover 0. */
    private int[] node(Tree.Builder b, int depth, boolean[] onPath, boolean offCovers, boolean root) {
      if (depth == 0 || random.nextInt(5) == 0) {
        double cover = !root && random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(50);
        return new int[] {b.leaf(Math.round(random.nextGaussian() * 100) / 10.0, cover), (int) cover};
      }
      int f = random.nextInt(numFeatures);
      if (onPath[f]) repeated = true;
      boolean wasOnPath = onPath[f];
      onPath[f] = true;
      int[] left = node(b, depth - 1, onPath, offCovers, false);
      int[] right = node(b, depth - 1, onPath, offCovers, false);
      onPath[f] = wasOnPath;
      int childrenCover = left[1] + right[1];
      if (childrenCover == 0) { // both children empty: a leaf instead
        return new int[] {b.leaf(1.5, 1), 1};
      }
      double cover = offCovers ? childrenCover * (0.5 + random.nextDouble()) : childrenCover;
      int id;
      if (isCategorical(f)) {
        categorical = true;
        List<Double> leftCategories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
          if (random.nextBoolean()) leftCategories.add((double) c);
        }
        double[] categories = leftCategories.stream().mapToDouble(Double::doubleValue).toArray();
        id = b.categorical(f, categories, left[0], right[0], cover);
      } else {
        double t = Math.round(random.nextDouble() * 100) / 100.0;
        thresholds.get(f).add(t);
        id = b.continuous(f, t, left[0], right[0], cover);
      }
      return new int[] {id, childrenCover};
    }

    /** Values on, around or between the tree's thresholds; categories in 0..4. */
    double[] input(Tree tree) {
      double[] x = new double[numFeatures];
      for (int f = 0; f < numFeatures; f++) {
        List<Double> ts = thresholds.get(f);
        if (isCategorical(f)) {
          x[f] = random.nextInt(CATEGORIES);
        } else if (!ts.isEmpty() && random.nextInt(3) == 0) {
          x[f] = ts.get(random.nextInt(ts.size())); // exactly on a threshold: goes left
        } else {
          x[f] = random.nextDouble();
        }
      }
      return x;
    }
  }

  /**
   * Exact Shapley values by enumerating every coalition S of the M features, with the
   * path-dependent value: at a split on a feature in S follow x, else average both children
   * weighted by their covers. φ_i = Σ_{S ∌ i} |S|! (M - |S| - 1)! / M! · (v(S ∪ {i}) - v(S)).
   */
  private static final class BruteForce {
    static double[] shapley(Tree tree, double[] x, int m) {
      double[] v = new double[1 << m];
      for (long s = 0; s < v.length; s++) v[(int) s] = value(tree, 0, x, s);
      double[] factorial = new double[m + 1];
      factorial[0] = 1;
      for (int k = 1; k <= m; k++) factorial[k] = factorial[k - 1] * k;
      double[] phi = new double[m];
      for (int i = 0; i < m; i++) {
        for (int s = 0; s < v.length; s++) {
          if ((s & (1 << i)) != 0) continue;
          int size = Integer.bitCount(s);
          double weight = factorial[size] * factorial[m - size - 1] / factorial[m];
          phi[i] += weight * (v[s | (1 << i)] - v[s]);
        }
      }
      return phi;
    }

    static double value(Tree tree, int node, double[] x, long coalition) {
      if (tree.isLeaf(node)) return tree.value(node);
      if ((coalition & (1L << tree.feature(node))) != 0) {
        return value(tree, tree.goesLeft(node, x) ? tree.left(node) : tree.right(node), x, coalition);
      }
      double l = tree.cover(tree.left(node));
      double r = tree.cover(tree.right(node));
      return (l * value(tree, tree.left(node), x, coalition) + r * value(tree, tree.right(node), x, coalition))
          / (l + r);
    }
  }
}
