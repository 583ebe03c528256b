package fr.vigie.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.regression.DecisionTreeRegressionModel;
import org.apache.spark.ml.tree.CategoricalSplit;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.ml.tree.Split;

/**
 * Converts Spark MLlib's gradient-boosted trees into a {@link TreeEnsemble}, the one place that
 * reads Spark's tree classes, so that explanations are computed by plain Java on executors.
 *
 * <p>Covers come from each node's {@code impurityStats().count()}: the weighted number of training
 * rows that reached the node (the sum of the weights when the classifier had a weight column, as
 * SparkTreesTest checks; with {@code subsamplingRate < 1} presumably of the sampled rows, untested).
 * Scala declares {@code impurityStats} {@code private[ml]}, which
 * the bytecode leaves public. Spark writes these statistics with a saved model and restores them on
 * load, so a loaded model converts to the same ensemble.
 */
public final class SparkTrees {
  private SparkTrees() {}

  /** The model's trees and tree weights; its margin is {@code rawPrediction[1]}. */
  public static TreeEnsemble ensemble(GBTClassificationModel model) {
    List<Tree> trees = new ArrayList<>();
    for (DecisionTreeRegressionModel tree : model.trees()) trees.add(tree(tree));
    return new TreeEnsemble(trees, model.treeWeights(), model.numFeatures());
  }

  /** One regression tree, with the same split rules and leaf values. */
  public static Tree tree(DecisionTreeRegressionModel model) {
    Tree.Builder builder = Tree.builder();
    int root = add(builder, model.rootNode());
    return builder.build(root);
  }

  /**
   * Spark's GBT classifier probability of the positive class: its loss is the log-loss of a margin
   * on labels ±1, hence the factor 2 ({@code probability[1]} of the model).
   */
  public static double probability(double margin) {
    // StrictMath (fdlibm) rather than Math: the same bits on every JVM and CPU an executor runs on
    return 1.0 / (1.0 + StrictMath.exp(-2.0 * margin));
  }

  private static int add(Tree.Builder builder, Node node) {
    double cover = cover(node);
    if (node instanceof LeafNode leaf) return builder.leaf(leaf.prediction(), cover);
    if (!(node instanceof InternalNode internal)) {
      throw new IllegalStateException("Cannot convert tree: unknown node type " + node.getClass().getName());
    }
    int left = add(builder, internal.leftChild());
    int right = add(builder, internal.rightChild());
    Split split = internal.split();
    if (split instanceof ContinuousSplit continuous) {
      return builder.continuous(continuous.featureIndex(), continuous.threshold(), left, right, cover);
    }
    if (split instanceof CategoricalSplit categorical) {
      return builder.categorical(categorical.featureIndex(), categorical.leftCategories(), left, right, cover);
    }
    throw new IllegalStateException("Cannot convert tree: unknown split type " + split.getClass().getName());
  }

  private static double cover(Node node) {
    if (node.impurityStats() == null) {
      throw new IllegalStateException("Cannot convert tree: a node has no impurity statistics, so no cover;"
          + " TreeSHAP needs the training weight of every node");
    }
    return node.impurityStats().count();
  }
}
