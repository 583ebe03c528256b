package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.panel.Columns;
import fr.vigie.panel.Labels;
import fr.vigie.source.InputException;
import fr.vigie.spark.ParquetOutput;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie score [--period yyyy-MM]}: the month's in-scope establishments (not already in a
 * procedure: there is nothing left to warn about) scored with the saved boosted trees into
 * {@code scores/periode=.../}: score, alert level from the tuned thresholds, rank in the month, and
 * the features that raise the score most, from TreeSHAP over the model's own trees.
 */
public final class ScoreJob {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);
  public static final String SCORE = "score";
  public static final String ALERTE = "alerte";
  public static final String RANG = "rang";
  public static final String EXPLICATIONS = "explications";
  /** One explanation: a panel column and how much it raises the score's margin (log-odds / 2). */
  public static final StructType EXPLICATION = new StructType()
      .add("variable", DataTypes.StringType, false)
      .add("contribution", DataTypes.DoubleType, false);

  private ScoreJob() {}

  public static long run(Job job) {
    job.recordConfiguration("score");
    ModelStore store = new ModelStore(job.layout().model(), job.hadoop());
    Metrics metrics = store.loadMetrics();
    PipelineModel pipeline = store.loadTrees();
    Dataset<Row> panel = TrainJob.readPanel(job, "Cannot score");
    YearMonth month = month(job, panel);
    Dataset<Row> monthRows = panel.where(col(Columns.PERIODE).equalTo(lit(Date.valueOf(month.atDay(1)))));
    Dataset<Row> scores = score(pipeline, metrics, TrainJob.wide(monthRows, TrainJob.readBilans(job), job.config()),
        job.config().model().explanations());
    long rows = job.step("score: " + month, () -> {
      ParquetOutput.replacePartitions(scores, job.layout().scores(), Columns.PERIODE, job.config().output());
      return job.spark().read().parquet(job.layout().scores())
          .where(col(Columns.PERIODE).equalTo(lit(Date.valueOf(month.atDay(1))))).count();
    });
    Manifest manifest = job.manifest();
    manifest.section("score").put("periode", month.toString()).put("rows", rows)
        .put("threshold_rouge", threshold(metrics, Alerte.ROUGE))
        .put("threshold_orange", threshold(metrics, Alerte.ORANGE));
    manifest.save();
    LOG.info("score: {} establishments scored for {}", rows, month);
    return rows;
  }

  /** The scores of the in-scope rows of {@code panelRows} (any months; ranks are per month). */
  public static Dataset<Row> score(PipelineModel pipeline, Metrics metrics, Dataset<Row> panelRows,
      int explanations) {
    Dataset<Row> rows = panelRows.where(col(Columns.DANS_PERIMETRE).equalTo(true).and(not(col(Labels.EN_PROCEDURE))));
    TreeEnsemble ensemble = SparkTrees.ensemble(ModelPipelines.trees(pipeline));
    String[] names = ModelPipelines.slotNames(pipeline).toArray(String[]::new);
    Broadcast<TreeEnsemble> trees = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext())
        .broadcast(ensemble);
    UserDefinedFunction explain = udf((UDF1<Vector, List<Row>>) features -> {
      double[] contributions = trees.value().contributions(features.toArray());
      List<Row> top = new ArrayList<>();
      for (int i : TreeEnsemble.topPositive(contributions, explanations)) {
        top.add(RowFactory.create(names[i], contributions[i]));
      }
      return top;
    }, DataTypes.createArrayType(EXPLICATION, false));
    double rouge = threshold(metrics, Alerte.ROUGE);
    double orange = threshold(metrics, Alerte.ORANGE);
    return pipeline.transform(rows)
        .withColumn(SCORE, ModelPipelines.positiveProbability())
        .select(
            col(Columns.SIRET), col(Columns.SIREN), col(Columns.PERIODE), col(SCORE),
            when(col(SCORE).geq(rouge), lit(Alerte.ROUGE.label()))
                .when(col(SCORE).geq(orange), lit(Alerte.ORANGE.label())).as(ALERTE),
            row_number().over(Window.partitionBy(Columns.PERIODE).orderBy(col(SCORE).desc(), col(Columns.SIRET)))
                .as(RANG),
            col(Columns.DEPARTEMENT), col(Columns.CODE_NAF), col(Columns.EFFECTIF),
            explain.apply(col(ModelPipelines.FEATURES)).as(EXPLICATIONS));
  }

  static double threshold(Metrics metrics, Alerte alerte) {
    return metrics.thresholds().stream().filter(t -> t.alerte().equals(alerte.label())).findFirst()
        .orElseThrow(() -> new InputException("metrics.json holds no " + alerte.label() + " threshold (train again)"))
        .threshold();
  }

  /** --period, else the panel's latest month; it must be in the panel. */
  private static YearMonth month(Job job, Dataset<Row> panel) {
    Row range = panel.agg(min(Columns.PERIODE), max(Columns.PERIODE)).first();
    if (range.isNullAt(0)) throw new InputException("Cannot score: " + job.layout().panel() + " is empty");
    YearMonth first = YearMonth.from(range.getDate(0).toLocalDate());
    YearMonth last = YearMonth.from(range.getDate(1).toLocalDate());
    YearMonth month = job.period() == null ? last : job.period();
    if (month.isBefore(first) || month.isAfter(last)) {
      throw new InputException("Cannot score " + month + ": " + job.layout().panel() + " holds " + first + " .. "
          + last + " (run vigie panel --period " + month + " first)");
    }
    return month;
  }
}
