package fr.vigie.model;

import static org.apache.spark.ml.functions.array_to_vector;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
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
import fr.vigie.job.ScoreResult;
import fr.vigie.panel.Columns;
import fr.vigie.panel.Labels;
import fr.vigie.error.InputException;
import fr.vigie.spark.ParquetOutput;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie score [--period yyyy-MM]}: the month's in-scope establishments (not already in a
 * procedure: there is nothing left to warn about) scored with the saved boosted trees into
 * {@code scores/periode=.../}: the calibrated probability ({@link Calibrator}) and the raw score,
 * the alert level from the thresholds tuned on calibrated scores, the rank in the month, the
 * raison sociale, and the explanations from TreeSHAP over the model's own trees: the variables
 * that raise the score most, the themes that raise it with their share and top variable (value at
 * the month and 12 months earlier), and a French sentence built from the top themes
 * ({@link Explainer}).
 */
public final class ScoreJob {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);
  /** The calibrated probability that a first procedure opens within the horizon. */
  public static final String SCORE = "score";
  /** The boosted trees' score before calibration: a ranking, higher than a probability. */
  public static final String SCORE_BRUT = "score_brut";
  public static final String ALERTE = "alerte";
  public static final String RANG = "rang";
  public static final String RAISON_SOCIALE = RaisonSociale.COLUMN;
  public static final String EXPLICATIONS = "explications";
  public static final String EXPLICATIONS_THEMES = "explications_themes";
  public static final String EXPLICATION_TEXTE = "explication_texte";
  /** Months between a scored month and the month its "12 months earlier" values come from. */
  static final int YEAR = 12;
  private static final String YEAR_AGO = "_valeurs_12m";
  private static final String EXPLAINED = "_explique";

  private ScoreJob() {}

  public static ScoreResult run(Job job) {
    job.recordConfiguration("score");
    ModelStore store = new ModelStore(job.layout().model(), job.hadoop());
    Metrics metrics = store.loadMetrics();
    Calibrator calibrator = store.loadCalibrator();
    PipelineModel pipeline = store.loadTrees();
    Dataset<Row> panel = TrainJob.readPanel(job, "Cannot score");
    YearMonth month = month(job, panel);
    // the month and the month 12 months earlier (its values explain), each with its balance sheets (bilans/)
    Dataset<Row> twoMonths = TrainJob.wide(panel.where(col(Columns.PERIODE).isin(Date.valueOf(month.atDay(1)),
        Date.valueOf(month.minusMonths(YEAR).atDay(1)))), TrainJob.readBilans(job), job.config());
    Anchoring anchoring = calibrator.anchoring();
    Anchoring.Target target = anchoring == null ? null
        : anchoring.target(OpeningMonths.of(panel, anchoring.windowFirst(month), anchoring.windowLast(month)), month);
    double offset = target == null ? 0
        : job.step("score: anchoring " + month, () -> offset(pipeline, calibrator, twoMonths, month, target));
    Dataset<Row> scores = RaisonSociale.add(score(pipeline, metrics, calibrator, offset, twoMonths, month,
            job.config().model().explanations()), job.spark(), job.layout(), job.hadoop()).select(OUTPUT);
    long rows = job.step("score: " + month, () -> {
      ParquetOutput.replacePartitions(scores, job.layout().scores(), Columns.PERIODE, job.config().output());
      return job.spark().read().parquet(job.layout().scores())
          .where(col(Columns.PERIODE).equalTo(lit(Date.valueOf(month.atDay(1))))).count();
    });
    ScoreResult result = new ScoreResult(month.toString(), rows, calibrator.method(),
        target == null ? null : target.rate(), target == null ? null : target.ratio(),
        target == null ? null : target.openings(), target == null ? null : target.exposures(),
        target == null ? null : offset, threshold(metrics, Alerte.ROUGE), threshold(metrics, Alerte.ORANGE));
    Manifest manifest = job.manifest();
    manifest.set(result);
    manifest.save();
    LOG.info("score: {} establishments scored for {}", rows, month);
    return result;
  }

  /** The columns of scores/, in order (periode last: the partition column). */
  static final Column[] OUTPUT = Stream.of(Columns.SIRET, Columns.SIREN, RAISON_SOCIALE, SCORE, ALERTE, RANG,
      Columns.DEPARTEMENT, Columns.CODE_NAF, Columns.EFFECTIF, EXPLICATIONS_THEMES, EXPLICATION_TEXTE, EXPLICATIONS,
      SCORE_BRUT, Columns.PERIODE).map(functions::col).toArray(Column[]::new);

  /**
   * The anchoring offset of {@code month} ({@link Anchoring}): its in-scope rows' raw scores, counted
   * per distinct score and calibrated, brought to the target's mean. The rows' outcomes are not read.
   */
  static double offset(PipelineModel pipeline, Calibrator calibrator, Dataset<Row> panel, YearMonth month,
      Anchoring.Target target) {
    List<Curves.ScoreCount> counts = new java.util.ArrayList<>();
    for (Row r : pipeline.transform(monthRows(panel, month)).select(ModelPipelines.rawScore(pipeline).as(SCORE_BRUT))
        .groupBy(SCORE_BRUT).count().collectAsList()) {
      counts.add(new Curves.ScoreCount(calibrator.apply(r.getDouble(0)), 0, r.getLong(1)));
    }
    double offset = Anchoring.offset(counts, target.rate());
    LOG.info("score: {} anchored to {} (R x {}; {} openings over {} establishment-months, {} .. {}): offset {}", month,
        target.rate(), target.ratio(), target.openings(), target.exposures(), target.windowFirst(),
        target.windowLast(), offset);
    return offset;
  }

  /** The rows a month scores: in scope, not already in a procedure. */
  static Dataset<Row> monthRows(Dataset<Row> panel, YearMonth month) {
    return panel.where(col(Columns.PERIODE).equalTo(lit(Date.valueOf(month.atDay(1))))
        .and(col(Columns.DANS_PERIMETRE).equalTo(true)).and(not(col(Labels.EN_PROCEDURE))));
  }

  /**
   * The scores of the in-scope rows of {@code month} in {@code panel}, with the values of the same
   * establishments 12 months earlier read from {@code panel} (unknown when it does not reach back).
   * {@code offset}: the month's anchoring offset on the calibrated log-odds (0: none). Ranks order the
   * calibrated scores, ties (an isotonic block) by the raw score, then by siret: the raw scores' order.
   */
  public static Dataset<Row> score(PipelineModel pipeline, Metrics metrics, Calibrator calibrator, double offset,
      Dataset<Row> panel, YearMonth month, int explanations) {
    Column periode = col(Columns.PERIODE);
    Dataset<Row> rows = monthRows(panel, month);
    List<String> names = ModelPipelines.slotNames(pipeline);
    int numeric = metrics.features().numeric().size();
    if (!names.subList(0, numeric).equals(metrics.features().numeric())) {
      throw new InputException("Cannot score: the saved model's inputs differ from metrics.json's (train again)");
    }
    Column[] values = names.subList(0, numeric).stream()
        .map(c -> coalesce(col(c).cast("double"), lit(Double.NaN))).toArray(Column[]::new);
    Dataset<Row> yearAgo = panel.where(periode.equalTo(lit(Date.valueOf(month.minusMonths(YEAR).atDay(1)))))
        .select(col(Columns.SIRET), array_to_vector(array(values)).as(YEAR_AGO));
    Explainer explainer = new Explainer(SparkTrees.ensemble(ModelPipelines.trees(pipeline)), names, numeric,
        explanations);
    Broadcast<Explainer> broadcast = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext())
        .broadcast(explainer);
    UserDefinedFunction explain = udf(new ExplainUdf(broadcast), ExplainUdf.TYPE);
    UserDefinedFunction calibrate = udf(new CalibrationUdf(calibrator, offset), DataTypes.DoubleType);
    double rouge = threshold(metrics, Alerte.ROUGE);
    double orange = threshold(metrics, Alerte.ORANGE);
    List<String> present = List.of(rows.columns());
    Column[] categories = Stream.of(Columns.CODE_NAF, Columns.REGION, Columns.DEPARTEMENT)
        .map(c -> present.contains(c) ? col(c).cast("string") : lit(null).cast("string")).toArray(Column[]::new);
    return pipeline.transform(rows.join(yearAgo, new String[] {Columns.SIRET}, "left"))
        .withColumn(SCORE_BRUT, ModelPipelines.rawScore(pipeline))
        .withColumn(SCORE, calibrate.apply(col(SCORE_BRUT)))
        .withColumn(EXPLAINED, explain.apply(col(ModelPipelines.FEATURES), col(YEAR_AGO), categories[0],
            categories[1], categories[2]))
        .select(
            col(Columns.SIRET), col(Columns.SIREN), periode, col(SCORE),
            when(col(SCORE).geq(rouge), lit(Alerte.ROUGE.label()))
                .when(col(SCORE).geq(orange), lit(Alerte.ORANGE.label())).as(ALERTE),
            row_number().over(Window.partitionBy(Columns.PERIODE)
                .orderBy(col(SCORE).desc(), col(SCORE_BRUT).desc(), col(Columns.SIRET))).as(RANG),
            col(Columns.DEPARTEMENT), col(Columns.CODE_NAF), col(Columns.EFFECTIF),
            col(EXPLAINED + "." + EXPLICATIONS).as(EXPLICATIONS),
            col(EXPLAINED + "." + EXPLICATIONS_THEMES).as(EXPLICATIONS_THEMES),
            col(EXPLAINED + "." + EXPLICATION_TEXTE).as(EXPLICATION_TEXTE),
            col(SCORE_BRUT));
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
