package fr.vigie.model;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import fr.vigie.config.GbtConfig;
import fr.vigie.config.LogisticConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.OneHotEncoder;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The two Spark ML pipelines, fitted on the same rows and saved with every transformation they
 * need, so that scoring applies exactly what training learnt.
 *
 * <p>Missing values. Spark's trees have no missing-value branch (a NaN would be binned as a number
 * and compared arbitrarily), and a panel value is often missing for a reason that matters (no
 * balance sheet, no headcount declared). The boosted trees therefore see a missing number as
 * {@link #MISSING}, far below every real value: one split isolates "missing" from the rest, on the
 * side the data prefer. The logistic baseline cannot use such a sentinel (it is linear in it): it
 * imputes the training median, and standardises. Missing categories become the category
 * {@link #UNKNOWN_CATEGORY}; a category unseen in training gets the indexers' extra index.
 */
public final class ModelPipelines {
  /** Stands for a missing number in the boosted trees' inputs. */
  public static final double MISSING = -1.0e15;
  public static final String UNKNOWN_CATEGORY = "?";
  public static final String FEATURES = "features";
  public static final String LABEL = "label";
  public static final String WEIGHT = "poids";
  /** Prefix of the boosted trees' prepared inputs: the vector slot of feature c is named x_c. */
  static final String INPUT = "x_";

  private ModelPipelines() {}

  public static Pipeline boostedTrees(FeatureColumns features, GbtConfig gbt, long seed) {
    List<String> selects = new ArrayList<>();
    for (String c : features.numeric()) {
      selects.add(String.format("coalesce(CAST(`%s` AS DOUBLE), %s) AS `%s%s`", c, MISSING, INPUT, c));
    }
    for (String c : features.categorical()) selects.add(category(c, "k_" + c));
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new SQLTransformer().setStatement(select(selects)));
    if (!features.categorical().isEmpty()) {
      stages.add(new StringIndexer()
          .setInputCols(prefixed("k_", features.categorical()))
          .setOutputCols(prefixed(INPUT, features.categorical()))
          .setHandleInvalid("keep"));
    }
    stages.add(new VectorAssembler().setInputCols(prefixed(INPUT, features.all())).setOutputCol(FEATURES));
    stages.add(new GBTClassifier()
        .setFeaturesCol(FEATURES)
        .setLabelCol(LABEL)
        .setWeightCol(WEIGHT)
        .setMaxIter(gbt.maxIter())
        .setMaxDepth(gbt.maxDepth())
        .setStepSize(gbt.stepSize())
        .setSubsamplingRate(gbt.subsamplingRate())
        .setMinInstancesPerNode(gbt.minInstancesPerNode())
        .setMaxBins(gbt.maxBins())
        .setFeatureSubsetStrategy(gbt.featureSubsetStrategy())
        .setSeed(seed));
    return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
  }

  public static Pipeline logistic(FeatureColumns features, LogisticConfig logistic) {
    List<String> selects = new ArrayList<>();
    for (String c : features.numeric()) selects.add(String.format("CAST(`%s` AS DOUBLE) AS `l_%s`", c, c));
    for (String c : features.categorical()) selects.add(category(c, "k_" + c));
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new SQLTransformer().setStatement(select(selects)));
    List<String> assembled = new ArrayList<>();
    if (!features.numeric().isEmpty()) {
      stages.add(new Imputer().setStrategy("median")
          .setInputCols(prefixed("l_", features.numeric()))
          .setOutputCols(prefixed("i_", features.numeric())));
      assembled.addAll(List.of(prefixed("i_", features.numeric())));
    }
    if (!features.categorical().isEmpty()) {
      stages.add(new StringIndexer()
          .setInputCols(prefixed("k_", features.categorical()))
          .setOutputCols(prefixed("n_", features.categorical()))
          .setHandleInvalid("keep"));
      stages.add(new OneHotEncoder()
          .setInputCols(prefixed("n_", features.categorical()))
          .setOutputCols(prefixed("o_", features.categorical()))
          .setHandleInvalid("keep"));
      assembled.addAll(List.of(prefixed("o_", features.categorical())));
    }
    stages.add(new VectorAssembler().setInputCols(assembled.toArray(String[]::new)).setOutputCol("lr_raw"));
    stages.add(new StandardScaler().setInputCol("lr_raw").setOutputCol(FEATURES).setWithStd(true).setWithMean(false));
    stages.add(new LogisticRegression()
        .setFeaturesCol(FEATURES)
        .setLabelCol(LABEL)
        .setWeightCol(WEIGHT)
        .setMaxIter(logistic.maxIter())
        .setRegParam(logistic.regParam())
        .setElasticNetParam(logistic.elasticNetParam()));
    return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
  }

  /** The positive class's probability from a fitted pipeline's output, as Spark computes it. */
  public static Column positiveProbability() {
    return vector_to_array(col("probability"), "float64").getItem(1);
  }

  /**
   * The raw score of a fitted pipeline's output rows: for the boosted trees, their probability summed
   * by {@link TreesScoreUdf} (the same bits on any JVM an executor runs); for the baseline, Spark's.
   */
  public static Column rawScore(PipelineModel model) {
    if (model.stages()[model.stages().length - 1] instanceof GBTClassificationModel gbt) {
      return udf(new TreesScoreUdf(SparkTrees.ensemble(gbt)), DataTypes.DoubleType).apply(col(FEATURES));
    }
    return positiveProbability();
  }

  /** The fitted boosted trees of a pipeline from {@link #boostedTrees}. */
  public static GBTClassificationModel trees(PipelineModel model) {
    Transformer last = model.stages()[model.stages().length - 1];
    if (last instanceof GBTClassificationModel gbt) return gbt;
    throw new IllegalArgumentException("not a boosted trees pipeline: its last stage is " + last);
  }

  /** The panel column behind each slot of the boosted trees' feature vector. */
  public static List<String> slotNames(PipelineModel model) {
    for (Transformer stage : model.stages()) {
      if (stage instanceof VectorAssembler assembler) {
        return List.of(assembler.getInputCols()).stream().map(c -> c.substring(INPUT.length())).toList();
      }
    }
    throw new IllegalArgumentException("no VectorAssembler in the pipeline");
  }

  private static String category(String column, String as) {
    return String.format("coalesce(CAST(`%s` AS STRING), '%s') AS `%s`", column, UNKNOWN_CATEGORY, as);
  }

  private static String select(List<String> expressions) {
    return "SELECT *, " + String.join(", ", expressions) + " FROM __THIS__";
  }

  private static String[] prefixed(String prefix, List<String> columns) {
    return columns.stream().map(c -> prefix + c).collect(Collectors.toList()).toArray(String[]::new);
  }
}
