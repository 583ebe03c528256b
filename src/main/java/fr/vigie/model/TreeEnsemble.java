package fr.vigie.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A weighted sum of regression trees, as Spark's gradient-boosted trees predict: the margin is
 * Σ weight_i · tree_i(x). Explains a margin per feature with TreeSHAP: by linearity of Shapley
 * values, the ensemble's are the weighted sum of the trees', so that
 * {@code expectedMargin() + Σ contributions(x) == margin(x)}. Serializable, to be broadcast.
 */
public final class TreeEnsemble implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Tree[] trees;
  private final double[] weights;
  private final int numFeatures;
  private final double expectedMargin;

  public TreeEnsemble(List<Tree> trees, double[] weights, int numFeatures) {
    if (trees.size() != weights.length) {
      throw new IllegalArgumentException("Cannot build ensemble: " + trees.size() + " trees but " + weights.length
          + " weights");
    }
    this.trees = trees.toArray(new Tree[0]);
    this.weights = weights.clone();
    this.numFeatures = numFeatures;
    double expected = 0;
    for (int i = 0; i < this.trees.length; i++) {
      if (this.trees[i].maxFeature() >= numFeatures) {
        throw new IllegalArgumentException("Cannot build ensemble: tree " + i + " splits on feature "
            + this.trees[i].maxFeature() + " but there are " + numFeatures + " features");
      }
      expected += weights[i] * this.trees[i].expectedValue();
    }
    this.expectedMargin = expected;
  }

  public int numFeatures() {
    return numFeatures;
  }

  public int numTrees() {
    return trees.length;
  }

  public Tree tree(int i) {
    return trees[i];
  }

  public double weight(int i) {
    return weights[i];
  }

  /** Σ weight_i · tree_i.predict(x). */
  public double margin(double[] x) {
    checkLength(x);
    double margin = 0;
    for (int i = 0; i < trees.length; i++) margin += weights[i] * trees[i].predict(x);
    return margin;
  }

  /** The margin's mean over the training weight (each tree's {@link Tree#expectedValue()}): the base of the contributions. */
  public double expectedMargin() {
    return expectedMargin;
  }

  /** Each feature's share of {@code margin(x) - expectedMargin()}, one per feature. */
  public double[] contributions(double[] x) {
    checkLength(x);
    double[] phi = new double[numFeatures];
    for (int i = 0; i < trees.length; i++) TreeShap.addTo(phi, trees[i], x, weights[i]);
    return phi;
  }

  /**
   * The indexes of the {@code k} largest strictly positive contributions, largest first (ties: lower
   * index first); fewer than {@code k} when fewer are positive. These are the features that pushed
   * the score up, the ones an alert is explained by.
   */
  public static int[] topPositive(double[] contributions, int k) {
    if (k < 0) throw new IllegalArgumentException("Cannot take the top " + k + " contributions: k must be >= 0");
    List<Integer> positive = new ArrayList<>();
    for (int i = 0; i < contributions.length; i++) {
      if (contributions[i] > 0) positive.add(i);
    }
    positive.sort(Comparator.comparingDouble((Integer i) -> contributions[i]).reversed()
        .thenComparingInt(i -> i));
    return positive.stream().limit(k).mapToInt(Integer::intValue).toArray();
  }

  private void checkLength(double[] x) {
    if (x.length != numFeatures) {
      throw new IllegalArgumentException("Cannot evaluate ensemble: " + x.length + " feature values for "
          + numFeatures + " features");
    }
  }
}
