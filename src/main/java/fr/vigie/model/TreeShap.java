package fr.vigie.model;

/**
 * Exact Shapley values of one tree's prediction, in time O(leaves · depth²): path-dependent
 * TreeSHAP (Lundberg, Erion &amp; Lee 2018, "Consistent Individualized Feature Attribution for Tree
 * Ensembles", Algorithm 2).
 *
 * <p>The value of a coalition S is the path-dependent expectation: at a node splitting on a feature
 * of S, follow x; otherwise average both children weighted by their covers. Brute force needs all
 * 2^M coalitions; the algorithm instead walks the tree once, keeping for the unique features on the
 * current root-to-node path their "zero fraction" (share of the cover that follows the path when the
 * feature is out of S), their "one fraction" (1 if x follows the path, else 0) and, for each
 * coalition size, the summed Shapley weight of the coalitions of that size (EXTEND). At a leaf, the
 * weight of a feature is recovered by undoing its own extension (UNWIND). A feature met a second time
 * on a path is unwound first and extended again with the product of both fractions.
 *
 * <p>Zero fractions use the two children's covers ({@code cover(child) / (cover(left) + cover(right))})
 * rather than the parent's, so that they sum to 1 even where rounding leaves the parent's cover
 * slightly off: the values then add up exactly to {@code predict(x) - expectedValue()}.
 */
public final class TreeShap {
  private TreeShap() {}

  /** The Shapley values of {@code tree.predict(x)}, one per feature ({@code numFeatures} of them). */
  public static double[] values(Tree tree, double[] x, int numFeatures) {
    double[] phi = new double[numFeatures];
    addTo(phi, tree, x, 1.0);
    return phi;
  }

  /** Adds {@code scale} times the Shapley values of {@code tree.predict(x)} to {@code phi}. */
  public static void addTo(double[] phi, Tree tree, double[] x, double scale) {
    if (tree.maxFeature() >= phi.length) {
      throw new IllegalArgumentException("Cannot explain tree: it splits on feature " + tree.maxFeature()
          + " but only " + phi.length + " features are explained");
    }
    new Walk(tree, x, scale, phi).recurse(0, 0, 0, 1.0, 1.0, Tree.LEAF);
  }

  /**
   * One explanation. The path of each depth is a slice of shared arrays placed after its parent's,
   * so a node copies its parent's path once and its children can both start from it.
   */
  private static final class Walk {
    private final Tree tree;
    private final double[] x;
    private final double scale;
    private final double[] phi;
    private final int[] pathFeature;
    private final double[] zero;
    private final double[] one;
    private final double[] weight;

    Walk(Tree tree, double[] x, double scale, double[] phi) {
      this.tree = tree;
      this.x = x;
      this.scale = scale;
      this.phi = phi;
      int d = tree.maxDepth();
      int capacity = (d + 1) * (d + 2) / 2; // the path at depth t holds at most t + 1 elements
      pathFeature = new int[capacity];
      zero = new double[capacity];
      one = new double[capacity];
      weight = new double[capacity];
    }

    /**
     * Visits {@code node}, whose parent's path is the {@code parentLength} elements from
     * {@code parentStart}, entering it through a split on {@code feature} with the given fractions.
     */
    void recurse(int node, int parentStart, int parentLength, double zeroFraction, double oneFraction,
        int feature) {
      int start = parentStart + parentLength;
      System.arraycopy(pathFeature, parentStart, pathFeature, start, parentLength);
      System.arraycopy(zero, parentStart, zero, start, parentLength);
      System.arraycopy(one, parentStart, one, start, parentLength);
      System.arraycopy(weight, parentStart, weight, start, parentLength);
      int length = extend(start, parentLength, zeroFraction, oneFraction, feature);

      if (tree.isLeaf(node)) {
        double leafValue = tree.value(node);
        for (int i = 1; i < length; i++) { // element 0 is the root's placeholder, with no feature
          int p = start + i;
          double difference = one[p] - zero[p];
          if (difference != 0) {
            phi[pathFeature[p]] += scale * unwoundWeightSum(start, length, i) * difference * leafValue;
          }
        }
        return;
      }

      int split = tree.feature(node);
      boolean left = tree.goesLeft(node, x);
      int hot = left ? tree.left(node) : tree.right(node);
      int cold = left ? tree.right(node) : tree.left(node);
      double incomingZero = 1.0;
      double incomingOne = 1.0;
      for (int i = 1; i < length; i++) {
        if (pathFeature[start + i] == split) { // seen higher up: merge both splits into one element
          incomingZero = zero[start + i];
          incomingOne = one[start + i];
          unwind(start, length, i);
          length--;
          break;
        }
      }
      double childrenCover = tree.cover(hot) + tree.cover(cold);
      double hotZero = incomingZero * tree.cover(hot) / childrenCover;
      double coldZero = incomingZero * tree.cover(cold) / childrenCover;
      // a branch with both fractions 0 is reached under no coalition: every weight below is 0
      if (hotZero != 0 || incomingOne != 0) recurse(hot, start, length, hotZero, incomingOne, split);
      if (coldZero != 0) recurse(cold, start, length, coldZero, 0.0, split);
    }

    /** EXTEND: appends (feature, zero, one) to the path of {@code length} elements; returns the new length. */
    private int extend(int start, int length, double zeroFraction, double oneFraction, int feature) {
      int last = start + length;
      pathFeature[last] = feature;
      zero[last] = zeroFraction;
      one[last] = oneFraction;
      weight[last] = length == 0 ? 1.0 : 0.0;
      for (int i = length - 1; i >= 0; i--) {
        int p = start + i;
        weight[p + 1] += oneFraction * weight[p] * (i + 1) / (length + 1);
        weight[p] = zeroFraction * weight[p] * (length - i) / (length + 1);
      }
      return length + 1;
    }

    /** UNWIND: removes element {@code index} from the path of {@code length} elements, undoing its EXTEND. */
    private void unwind(int start, int length, int index) {
      int last = length - 1;
      double o = one[start + index];
      double z = zero[start + index];
      double next = weight[start + last];
      for (int i = last - 1; i >= 0; i--) {
        int p = start + i;
        if (o != 0) {
          double kept = weight[p];
          weight[p] = next * length / ((i + 1) * o);
          next = kept - weight[p] * z * (last - i) / length;
        } else {
          weight[p] = weight[p] * length / (z * (last - i));
        }
      }
      for (int i = index; i < last; i++) {
        pathFeature[start + i] = pathFeature[start + i + 1];
        zero[start + i] = zero[start + i + 1];
        one[start + i] = one[start + i + 1];
      }
    }

    /** The sum of the weights {@link #unwind} would leave, without touching the path. */
    private double unwoundWeightSum(int start, int length, int index) {
      int last = length - 1;
      double o = one[start + index];
      double z = zero[start + index];
      double next = weight[start + last];
      double total = 0;
      for (int i = last - 1; i >= 0; i--) {
        int p = start + i;
        if (o != 0) {
          double w = next * length / ((i + 1) * o);
          total += w;
          next = weight[p] - w * z * (last - i) / length;
        } else {
          total += weight[p] * length / (z * (last - i));
        }
      }
      return total;
    }
  }
}
