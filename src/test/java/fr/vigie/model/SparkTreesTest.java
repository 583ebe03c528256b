package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.spark.TestSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.regression.DecisionTreeRegressionModel;
import org.apache.spark.ml.tree.CategoricalSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny GBT classifier, with a categorical feature (nominal metadata from StringIndexer) and a
 * weight column, converted and compared with Spark's own predictions row by row, before and after
 * a save and load.
 */
class SparkTreesTest {
  private static final double EPS = 1e-9;
  private static final int CATEGORY_FEATURE = 3;
  private static final double POSITIVE_WEIGHT = 3.0;

  private static Dataset<Row> assembled;
  private static GBTClassificationModel model;
  private static double totalWeight;

  @BeforeAll
  static void train() {
    SparkSession spark = TestSpark.session();
    StructType schema = StructType.fromDDL("x0 DOUBLE, x1 DOUBLE, x2 DOUBLE, cat STRING, label DOUBLE, w DOUBLE");
    Random random = new Random(42);
    String[] categories = {"a", "b", "c", "d"};
    double[] categoryEffect = {2.5, -1.0, 0.0, -2.5};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double x0 = random.nextDouble();
      double x1 = random.nextGaussian();
      double x2 = random.nextDouble(); // noise
      int c = random.nextInt(categories.length);
      double logit = 5 * (x0 - 0.5) + categoryEffect[c] + 0.5 * x1;
      double label = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1.0 : 0.0;
      double weight = label == 1.0 ? POSITIVE_WEIGHT : 1.0;
      totalWeight += weight;
      rows.add(RowFactory.create(x0, x1, x2, categories[c], label, weight));
    }
    Dataset<Row> data = spark.createDataFrame(rows, schema);

    PipelineModel features = new Pipeline().setStages(new PipelineStage[] {
        new StringIndexer().setInputCol("cat").setOutputCol("cat_index"), // nominal metadata: categorical
        new VectorAssembler().setInputCols(new String[] {"x0", "x1", "x2", "cat_index"}).setOutputCol("features")})
        .fit(data);
    assembled = features.transform(data).select("features", "label", "w").cache(); // fitted and scored twice
    model = new GBTClassifier().setMaxIter(5).setMaxDepth(3).setWeightCol("w").setSeed(1).fit(assembled);
  }

  @Test
  void theModelHasACategoricalSplit() {
    long categorical = 0;
    for (DecisionTreeRegressionModel tree : model.trees()) categorical += categoricalSplits(tree.rootNode());
    assertThat(categorical).as("categorical splits in the trained trees").isPositive();
  }

  @Test
  void ensembleReproducesSparkPredictionsAndIsAdditive() {
    checkRows(model, SparkTrees.ensemble(model));
  }

  @Test
  void coversAreTheTrainingWeightsReachingEachNode() {
    TreeEnsemble ensemble = SparkTrees.ensemble(model);
    for (int t = 0; t < ensemble.numTrees(); t++) {
      Tree tree = ensemble.tree(t);
      assertThat(tree.cover(0)).as("tree %d: root cover is the total weight", t).isCloseTo(totalWeight, within(EPS));
      for (int n = 0; n < tree.size(); n++) {
        if (tree.isLeaf(n)) continue;
        assertThat(tree.cover(tree.left(n)) + tree.cover(tree.right(n))).as("tree %d node %d: children sum", t, n)
            .isCloseTo(tree.cover(n), within(EPS));
      }
    }
  }

  @Test
  void aSavedAndLoadedModelConvertsToTheSameEnsemble(@TempDir Path dir) throws Exception {
    String path = dir.resolve("gbt").toString();
    model.write().save(path);
    GBTClassificationModel loaded = GBTClassificationModel.load(path);

    TreeEnsemble before = SparkTrees.ensemble(model);
    TreeEnsemble after = SparkTrees.ensemble(loaded);
    assertThat(after.numTrees()).isEqualTo(before.numTrees());
    for (int t = 0; t < before.numTrees(); t++) {
      assertThat(after.weight(t)).as("tree %d weight", t).isEqualTo(before.weight(t));
      assertThat(after.tree(t).size()).as("tree %d size", t).isEqualTo(before.tree(t).size());
      for (int n = 0; n < before.tree(t).size(); n++) {
        assertThat(after.tree(t).cover(n)).as("tree %d node %d cover after load", t, n)
            .isEqualTo(before.tree(t).cover(n));
      }
    }
    checkRows(loaded, after);
  }

  /** For every row: margin = rawPrediction[1], probability = probability[1], E + Σφ = margin. */
  private static void checkRows(GBTClassificationModel sparkModel, TreeEnsemble ensemble) {
    List<Row> scored = sparkModel.transform(assembled).select("features", "rawPrediction", "probability")
        .collectAsList();
    assertThat(scored).hasSize(200);
    int row = 0;
    for (Row r : scored) {
      double[] x = ((Vector) r.getAs(0)).toArray();
      double raw = ((Vector) r.getAs(1)).apply(1);
      double probability = ((Vector) r.getAs(2)).apply(1);
      double margin = ensemble.margin(x);
      double sum = ensemble.expectedMargin();
      for (double c : ensemble.contributions(x)) sum += c;

      assertThat(margin).as("row %d: margin vs rawPrediction[1]", row).isCloseTo(raw, within(EPS));
      assertThat(SparkTrees.probability(margin)).as("row %d: probability[1]", row)
          .isCloseTo(probability, within(EPS));
      assertThat(sum).as("row %d: expectedMargin + Σ contributions", row)
          .isCloseTo(margin, within(EPS * Math.max(1, Math.abs(margin))));
      row++;
    }
  }

  private static long categoricalSplits(Node node) {
    if (!(node instanceof InternalNode internal)) return 0;
    long here = internal.split() instanceof CategoricalSplit c && c.featureIndex() == CATEGORY_FEATURE ? 1 : 0;
    return here + categoricalSplits(internal.leftChild()) + categoricalSplits(internal.rightChild());
  }
}
