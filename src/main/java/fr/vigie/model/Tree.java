package fr.vigie.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable binary regression tree in flat arrays, node 0 the root, in pre-order. Flat arrays
 * because the tree is broadcast to executors and walked once per row and per explanation.
 *
 * <p>Split rules are Spark MLlib's, so that a converted tree predicts exactly what Spark predicts:
 * a continuous split sends x to the left child iff {@code x[feature] <= threshold} (NaN goes right);
 * a categorical split sends x to the left child iff {@code x[feature]} is one of its left
 * categories. Each node carries its cover, the training weight that reached it, which TreeSHAP
 * uses for the expectation over the features outside a coalition.
 */
public final class Tree implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Marks a leaf in {@link #feature(int)}. */
  public static final int LEAF = -1;

  private final int[] feature;
  private final double[] threshold;
  private final double[][] leftCategories; // null for a leaf or a continuous split
  private final int[] left;
  private final int[] right;
  private final double[] value;
  private final double[] cover;
  private final int maxDepth;
  private final int maxFeature;

  private Tree(int[] feature, double[] threshold, double[][] leftCategories, int[] left, int[] right,
      double[] value, double[] cover) {
    this.feature = feature;
    this.threshold = threshold;
    this.leftCategories = leftCategories;
    this.left = left;
    this.right = right;
    this.value = value;
    this.cover = cover;
    this.maxDepth = depth(0);
    this.maxFeature = Arrays.stream(feature).max().orElse(LEAF);
  }

  /** A builder that numbers nodes as they are added; {@link Builder#build(int)} names the root. */
  public static Builder builder() {
    return new Builder();
  }

  /** The leaf value x falls into. */
  public double predict(double[] x) {
    int node = 0;
    while (!isLeaf(node)) node = goesLeft(node, x) ? left[node] : right[node];
    return value[node];
  }

  /**
   * The mean leaf value over the training weight: each internal node averages its children by
   * their covers. Equal to the cover-weighted mean of the leaf values when every internal cover
   * is the sum of its children's; taking the children's covers (not the parent's) keeps it
   * exactly the base value of {@link TreeShap} when rounding makes them differ slightly.
   */
  public double expectedValue() {
    return expectedValue(0);
  }

  private double expectedValue(int node) {
    if (isLeaf(node)) return value[node];
    double l = cover[left[node]];
    double r = cover[right[node]];
    return (l * expectedValue(left[node]) + r * expectedValue(right[node])) / (l + r);
  }

  /** Whether x goes to the left child of internal node {@code node} (Spark's split rules). */
  public boolean goesLeft(int node, double[] x) {
    double v = x[feature[node]];
    double[] categories = leftCategories[node];
    if (categories == null) return v <= threshold[node];
    for (double c : categories) {
      if (v == c) return true;
    }
    return false;
  }

  public int size() {
    return feature.length;
  }

  public boolean isLeaf(int node) {
    return feature[node] == LEAF;
  }

  /** The split feature of an internal node, {@link #LEAF} for a leaf. */
  public int feature(int node) {
    return feature[node];
  }

  public int left(int node) {
    return left[node];
  }

  public int right(int node) {
    return right[node];
  }

  /** The prediction of a leaf (for an internal node: whatever the source gave, unused). */
  public double value(int node) {
    return value[node];
  }

  public double cover(int node) {
    return cover[node];
  }

  /** The number of edges on the longest root-to-leaf path (0 for a single leaf). */
  public int maxDepth() {
    return maxDepth;
  }

  /** The largest split feature index, {@link #LEAF} for a single leaf. */
  public int maxFeature() {
    return maxFeature;
  }

  private int depth(int node) {
    return isLeaf(node) ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
  }

  /** Adds nodes children first; each add returns the node's id, to name it as a child or the root. */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();

    private record Node(int feature, double threshold, double[] leftCategories, int left, int right, double value,
        double cover) {}

    private Builder() {}

    public int leaf(double value, double cover) {
      return add(new Node(LEAF, Double.NaN, null, -1, -1, value, cover));
    }

    /** x goes left iff {@code x[feature] <= threshold}. */
    public int continuous(int feature, double threshold, int left, int right, double cover) {
      return add(new Node(feature, threshold, null, left, right, Double.NaN, cover));
    }

    /** x goes left iff {@code x[feature]} equals one of {@code leftCategories}. */
    public int categorical(int feature, double[] leftCategories, int left, int right, double cover) {
      return add(new Node(feature, Double.NaN, leftCategories.clone(), left, right, Double.NaN, cover));
    }

    private int add(Node node) {
      if (node.feature != LEAF && node.feature < 0) {
        throw new IllegalArgumentException("Cannot add a split on feature " + node.feature + ": must be >= 0");
      }
      if (!(node.cover >= 0) || Double.isInfinite(node.cover)) {
        throw new IllegalArgumentException("Cannot add a node with cover " + node.cover + ": must be finite, >= 0");
      }
      nodes.add(node);
      return nodes.size() - 1;
    }

    /**
     * The tree under {@code root}, renumbered in pre-order. Fails if a node is reached twice, a
     * child id is unknown, or an internal node's children have no cover between them (TreeSHAP
     * divides by it).
     */
    public Tree build(int root) {
      List<Integer> order = new ArrayList<>();
      int[] newId = new int[nodes.size()];
      Arrays.fill(newId, -1);
      preOrder(root, order, newId);
      int n = order.size();
      int[] feature = new int[n];
      double[] threshold = new double[n];
      double[][] leftCategories = new double[n][];
      int[] left = new int[n];
      int[] right = new int[n];
      double[] value = new double[n];
      double[] cover = new double[n];
      for (int i = 0; i < n; i++) {
        Node node = nodes.get(order.get(i));
        feature[i] = node.feature;
        threshold[i] = node.threshold;
        leftCategories[i] = node.leftCategories == null ? null : node.leftCategories.clone();
        left[i] = node.feature == LEAF ? -1 : newId[node.left];
        right[i] = node.feature == LEAF ? -1 : newId[node.right];
        value[i] = node.value;
        cover[i] = node.cover;
        if (node.feature != LEAF && !(nodes.get(node.left).cover + nodes.get(node.right).cover > 0)) {
          throw new IllegalArgumentException("Cannot build tree: both children of node " + order.get(i)
              + " have cover 0");
        }
      }
      return new Tree(feature, threshold, leftCategories, left, right, value, cover);
    }

    private void preOrder(int id, List<Integer> order, int[] newId) {
      if (id < 0 || id >= nodes.size()) {
        throw new IllegalArgumentException("Cannot build tree: unknown node " + id);
      }
      if (newId[id] >= 0) {
        throw new IllegalArgumentException("Cannot build tree: node " + id + " is reached twice");
      }
      newId[id] = order.size();
      order.add(id);
      Node node = nodes.get(id);
      if (node.feature != LEAF) {
        preOrder(node.left, order, newId);
        preOrder(node.right, order, newId);
      }
    }
  }
}
