package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.GbtConfig;
import fr.vigie.config.ModelConfig;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.Outputs;
import fr.vigie.job.TrainResult;
import fr.vigie.model.Evaluations.Counted;
import fr.vigie.panel.BalanceSheets;
import fr.vigie.panel.Columns;
import fr.vigie.panel.Labels;
import fr.vigie.error.InputException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie train}: panel/ → model/ (boosted trees, logistic baseline, metrics.json).
 *
 * <ol>
 *   <li>Rows: in scope, not already in a procedure, label known.
 *   <li>Out of time ({@link OutOfTime}): training months ≤ T, test months from T + H + 1.
 *   <li>The training sirens are split in two, siren-disjoint ({@link #VALIDATION}): the models are
 *       fitted on one part; on the other, the trees' scores are calibrated into probabilities
 *       ({@link Calibrator}) and the alert thresholds tuned on the calibrated scores, never on the
 *       test months. The saved model is the one fitted on the first part, so the calibration and the
 *       thresholds apply to the scores they were fitted on.
 *   <li>Class imbalance: positive rows weigh (negatives / positives) × model.positive-weight-factor,
 *       negatives 1. Raw scores are therefore above the probabilities: the calibration maps them. Above
 *       model.max-fit-rows fit rows, negatives are sampled and weigh the inverse of the rate, so the
 *       classes keep their total weights while the fit time stays bounded.
 * </ol>
 */
public final class TrainJob {
  private static final Logger LOG = LoggerFactory.getLogger(TrainJob.class);
  static final String PART = "_part";
  static final String FIT = "fit";
  static final String VALIDATION = "validation";
  static final String TEST = "test";
  private static final String SCORE = ScoreJob.SCORE;
  private static final String MODEL = "_model";

  private TrainJob() {}

  /** Trains and saves the models; returns the summary written to the manifest's train section. */
  public static TrainResult run(Job job) {
    return fit(job).result();
  }

  /** What a training gives: the metrics saved in model/metrics.json and the manifest's summary of them. */
  record Outcome(Metrics metrics, TrainResult result) {}

  /** {@link #run}, with the full metrics for the tests. */
  static Outcome fit(Job job) {
    job.recordConfiguration("train");
    VigieConfig config = job.config();
    ModelConfig model = config.model();
    int horizon = config.labels().horizonMonths();
    Dataset<Row> panel = readPanel(job, "Cannot train");

    Dataset<Row> labelled = labelled(panel);
    Row range = labelled.agg(min(Columns.PERIODE), max(Columns.PERIODE)).first();
    if (range.isNullAt(0)) {
      throw new InputException("Cannot train: " + job.layout().panel() + " holds no in-scope row whose label is"
          + " known (labels need " + horizon + " months of data after a month)");
    }
    OutOfTime split = OutOfTime.of(month(range.getDate(0)), month(range.getDate(1)), horizon, model.trainEnd(),
        model.testMonths());
    LOG.info("train: training months {} .. {}, test months {} .. {}", split.trainFirst(), split.trainLast(),
        split.testFirst(), split.testLast());
    Dataset<Row> rows = parts(labelled, split, model.validationFraction(), model.seed());

    // the balance-sheet items are joined (bilans/) only to the rows the models read: the sampled fit
    // rows and the held-out rows
    Dataset<Row> bilans = readBilans(job);
    FeatureColumns candidates = FeatureColumns.of(wide(panel, bilans, config).schema());
    Dataset<Row> fitRows = rows.where(col(PART).equalTo(FIT));
    Map<String, Metrics.Count> counts = job.step("train: counts", () -> counts(rows));
    Metrics.Count fit = counts.getOrDefault(FIT, new Metrics.Count(0, 0, 0));
    if (fit.positives() == 0 || fit.positives() == fit.rows()) {
      throw new InputException(String.format("Cannot train: the %d training rows of %s .. %s hold %d positive"
          + " (a procedure opening within %d months); both classes are needed", fit.rows(), split.trainFirst(),
          split.trainLast(), fit.positives(), horizon));
    }
    double classRatio = (double) (fit.rows() - fit.positives()) / fit.positives();
    double positiveWeight = classRatio * model.positiveWeightFactor();
    // the trees sample split candidates and rows per input partition, and merge their split
    // statistics across partitions in shuffle-arrival order: a layout fixed by the data and
    // model.fit-partitions alone (not by how panel/ happens to be split into files, nor by the
    // session's shuffle partitions), one partition by default, makes the same panel give the same
    // model, bit for bit, on a laptop or a cluster
    int partitions = model.fitPartitions();
    double negativeRate = negativeRate(fit, model.maxFitRows());
    if (negativeRate < 1) {
      LOG.info("train: {} fit rows above model.max-fit-rows = {}: negatives sampled at {} and weighted by its inverse",
          fit.rows(), model.maxFitRows(), negativeRate);
    }
    Dataset<Row> weighted = wide(sampleNegatives(fitRows, negativeRate, model.seed()), bilans, config)
        .withColumn(ModelPipelines.WEIGHT,
            when(col(ModelPipelines.LABEL).equalTo(1.0), lit(positiveWeight)).otherwise(lit(1.0 / negativeRate)))
        .repartition(partitions, col(Columns.SIRET))
        .sortWithinPartitions(Columns.SIRET, Columns.PERIODE)
        // read by the feature screening and by both fits: sampled, joined and sorted once
        .persist(StorageLevel.MEMORY_AND_DISK());
    Set<String> dropped = job.step("train: features", () -> neverFilled(weighted, candidates));
    FeatureColumns features = candidates.without(dropped);

    HyperSearch.Outcome search = !model.search().enabled() ? null
        : job.step("train: search", () -> search(fitRows, weighted, negativeRate, classRatio, features, bilans, config));
    // the trees: model.gbt, or the search's choice refitted on every fit row with its positive weight
    GbtConfig gbt = search == null ? model.gbt() : search.chosen().applyTo(model.gbt());
    double treesPositiveWeight = search == null ? positiveWeight
        : classRatio * search.chosen().positiveWeightFactor();
    PipelineModel trees = job.step("train: fit boosted trees", () ->
        ModelPipelines.boostedTrees(features, gbt, model.seed())
            .fit(search == null ? weighted : HyperSearch.withPositiveWeight(weighted, treesPositiveWeight)));
    PipelineModel baseline = job.step("train: fit baseline", () ->
        ModelPipelines.logistic(features, model.logistic()).fit(weighted));
    weighted.unpersist();

    // every panel month's exposures and first openings: the anchoring's inputs (a few rows per month)
    List<Anchoring.Month> panelMonths = model.anchoring().enabled()
        ? job.step("train: opening months", () -> OpeningMonths.of(panel, null, null)) : List.of();
    Trained trained = job.step("train: evaluate", () -> {
      Dataset<Row> heldOut = wide(rows.where(col(PART).isin(VALIDATION, TEST)), bilans, config);
      Dataset<Row> scored = scored(trees, heldOut, "model").unionByName(scored(baseline, heldOut, "baseline"))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // on a generated sample: the held-out scores next to the generator's probabilities, joined once
      // for the calibration's true means and the truth section (null on real data)
      SampleTruth sampleTruth = SampleTruth.open(job, horizon);
      Dataset<Row> withTruth = sampleTruth == null ? null
          : scored.join(sampleTruth.onHeldOutMonths(job, split), new String[] {Columns.SIREN, Columns.PERIODE})
              .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Map<String, List<Counted>> byPart = countScores(scored);
        List<Counted> validation = byPart.getOrDefault("model/" + VALIDATION, List.of());
        List<Counted> test = byPart.getOrDefault("model/" + TEST, List.of());
        requireValidationPositives(validation, model);
        Anchoring anchoring = model.anchoring().enabled() ? anchoring(counts, panelMonths, split, config) : null;
        Calibrator calibrator = Calibrator.fit(Evaluations.scoreCounts(validation)).withAnchoring(anchoring);
        Calibrator alternative = Calibrator.alternative(calibrator, Evaluations.scoreCounts(validation));
        LOG.info("train: scores calibrated by {} on {} validation rows ({} positive)", calibrator.method(),
            calibrator.rows(), calibrator.positives());
        List<Counted> unanchoredTest = Evaluations.calibrated(test, calibrator);
        List<Counted> alternativeTest = Evaluations.calibrated(test, alternative);
        Evaluations.AnchoredRows anchoredTest = null;
        List<Counted> calibratedTest = unanchoredTest;
        if (anchoring != null) {
          anchoredTest = Evaluations.anchored(unanchoredTest, anchoring, panelMonths);
          calibratedTest = anchoredTest.rows();
          alternativeTest = Evaluations.anchored(alternativeTest, anchoring, panelMonths).rows();
          LOG.info("train: test months anchored to R = {} x h(m) / h_train = {}: offsets {}", anchoring.calibrationRate(),
              anchoring.trainingHazard(), anchoredTest.months().stream().map(Metrics.AnchoredMonth::offset).toList());
        }
        // thresholds are tuned on the validation rows' calibrated probabilities, not anchored: the
        // calibration was fitted on these rows, whose rate is the R the anchoring starts from
        List<Metrics.Threshold> thresholds = thresholds(Evaluations.calibrated(validation, calibrator),
            calibratedTest, model, split);
        Metrics.Calibration calibration = new Metrics.Calibration(calibrator.method(), Calibrator.RULE,
            counts.getOrDefault(VALIDATION, new Metrics.Count(0, 0, 0)), Evaluations.calibration("raw", test),
            Evaluations.calibration(calibrator.method(), calibratedTest),
            Evaluations.calibration(alternative.method(), alternativeTest),
            withTruth == null ? null : calibrationTruth(withTruth.where(col(MODEL).equalTo("model"))),
            anchoring == null ? null : Evaluations.calibration(calibrator.method(), unanchoredTest),
            anchoring == null ? null : anchored(anchoring, anchoredTest.months()));
        Metrics.Truth truth = withTruth == null ? null : truth(sampleTruth, withTruth.where(col(PART).equalTo(TEST)));
        Metrics metrics = new Metrics(horizon,
            new Metrics.Windows(split.trainFirst().toString(), split.trainLast().toString(),
                split.testFirst().toString(), split.testLast().toString(), split.testLast().toString()),
            new Metrics.Rows(fit, counts.getOrDefault(VALIDATION, new Metrics.Count(0, 0, 0)),
                counts.getOrDefault(TEST, new Metrics.Count(0, 0, 0))),
            treesPositiveWeight,
            new Metrics.Features(features.numeric(), features.categorical(), List.copyOf(new TreeSet<>(dropped))),
            Evaluations.evaluate(test),
            Evaluations.evaluate(byPart.getOrDefault("baseline/" + TEST, List.of())),
            thresholds,
            importances(trees),
            truth,
            calibration,
            search == null ? null : search.search());
        return new Trained(metrics, calibrator);
      } finally {
        scored.unpersist();
        if (withTruth != null) withTruth.unpersist();
      }
    });
    Metrics metrics = trained.metrics();
    job.step("train: save", () -> {
      new ModelStore(job.layout().model(), job.hadoop()).save(trees, baseline, trained.calibrator(), metrics);
      return null;
    });
    TrainResult result = new TrainResult(split.trainFirst().toString(), split.trainLast().toString(),
        split.testFirst().toString(), split.testLast().toString(), metrics.model().aucpr(), metrics.baseline().aucpr(),
        metrics.calibration().method(), metrics.calibration().before().brier(), metrics.calibration().after().brier(),
        metrics.calibration().anchoring() != null, features.all().size(), negativeRate);
    Manifest manifest = job.manifest();
    manifest.set(result);
    manifest.save();
    LOG.info("train: test AUCPR {} (baseline {}), base rate {}", metrics.model().aucpr(), metrics.baseline().aucpr(),
        metrics.model().baseRate());
    return new Outcome(metrics, result);
  }

  /**
   * The search over model.search.candidates ({@link HyperSearch}), on the fit rows only. The
   * inner-validation rows are judged unsampled: when negatives were sampled for the fits, they are
   * taken again from the fit rows (a sampled set would inflate every candidate's precision).
   */
  private static HyperSearch.Outcome search(Dataset<Row> fitRows, Dataset<Row> weighted, double negativeRate,
      double classRatio, FeatureColumns features, Dataset<Row> bilans, VigieConfig config) {
    ModelConfig model = config.model();
    HyperSearch.InnerCounts counts = HyperSearch.innerCounts(fitRows, model.search(), model.seed());
    Column inner = HyperSearch.inner(model.search(), model.seed());
    Dataset<Row> innerValidation = (negativeRate < 1 ? wide(fitRows.where(inner), bilans, config)
        : weighted.where(inner)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return HyperSearch.run(weighted, innerValidation, counts, features, model.search(), model.gbt(), classRatio,
          model.seed());
    } finally {
      innerValidation.unpersist();
    }
  }

  /**
   * The anchoring's training figures: R, the rate of the validation rows the calibration is fitted on
   * (not of every training row: on the 35,000 sample the fit sirens' rate was 26 % above the
   * validation sirens', a few large companies failing, and anchoring to it put the test mean 30 % over
   * the observed rate, docs/model.md); h_train over the training months' label windows.
   */
  static Anchoring anchoring(Map<String, Metrics.Count> counts, List<Anchoring.Month> panelMonths, OutOfTime split,
      VigieConfig config) {
    Metrics.Count validation = counts.getOrDefault(VALIDATION, new Metrics.Count(0, 0, 0));
    return Anchoring.fit(panelMonths, split.trainFirst(), split.trainLast(), config.labels().horizonMonths(),
        validation.rows(), validation.positives(),
        config.model().anchoring().windowMonths(), config.source(SourceName.PROCOLS).delayMonths(),
        config.model().anchoring().minOpenings());
  }

  static Metrics.Anchored anchored(Anchoring a, List<Metrics.AnchoredMonth> months) {
    return new Metrics.Anchored(Anchoring.RULE, a.windowMonths(), a.procolsDelayMonths(), a.minOpenings(),
        a.calibrationRows(), a.calibrationPositives(), a.calibrationRate(), a.trainingOpenings(), a.trainingExposures(),
        a.trainingHazard(), months);
  }

  /** What evaluation hands to the save: the metrics and the calibration they were measured with. */
  private record Trained(Metrics metrics, Calibrator calibrator) {}

  static Dataset<Row> readPanel(Job job, String purpose) {
    Outputs.require(job.layout().panel(), job.spark().sparkContext().hadoopConfiguration(), purpose, "vigie panel");
    return job.spark().read().parquet(job.layout().panel());
  }

  /** bilans/, or null when no balance sheet was delivered (vigie panel then writes none). */
  static Dataset<Row> readBilans(Job job) {
    return Outputs.exists(job.layout().bilans(), job.spark().sparkContext().hadoopConfiguration())
        ? job.spark().read().parquet(job.layout().bilans()) : null;
  }

  /** The wide view of some panel rows: every balance-sheet item of the sheets in force (BalanceSheets). */
  static Dataset<Row> wide(Dataset<Row> rows, Dataset<Row> bilans, VigieConfig config) {
    return BalanceSheets.wide(rows, bilans, config.panel());
  }

  /** The rows a model may learn from or be judged on: in scope, not in a procedure yet, label known. */
  static Dataset<Row> labelled(Dataset<Row> panel) {
    return panel.where(col(Columns.DANS_PERIMETRE).equalTo(true)
        .and(not(col(Labels.EN_PROCEDURE)))
        .and(col(Labels.OUTCOME).isNotNull()));
  }

  /** The share of negative fit rows kept so that the rows fitted stay within {@code maxFitRows}: 1 when they do. */
  static double negativeRate(Metrics.Count fit, long maxFitRows) {
    long negatives = fit.rows() - fit.positives();
    if (fit.rows() <= maxFitRows || negatives == 0) return 1.0;
    return Math.max(0.0, (double) (maxFitRows - fit.positives())) / negatives;
  }

  /** Every positive row, and each negative row with probability {@code rate}, decided by a hash of its cell. */
  static Dataset<Row> sampleNegatives(Dataset<Row> fitRows, double rate, long seed) {
    if (rate >= 1) return fitRows;
    long buckets = 1_000_000L;
    Column kept = pmod(xxhash64(col(Columns.SIRET), col(Columns.PERIODE), lit(seed)), lit(buckets))
        .lt(lit((long) Math.ceil(rate * buckets)));
    return fitRows.where(col(ModelPipelines.LABEL).equalTo(1.0).or(kept));
  }

  /** Adds the label and the part: fit / validation (training months, split by siren) / test; drops the gap. */
  static Dataset<Row> parts(Dataset<Row> labelled, OutOfTime split, double validationFraction, long seed) {
    Column periode = col(Columns.PERIODE);
    Column training = periode.leq(lit(java.sql.Date.valueOf(split.trainLast().atDay(1))));
    Column test = periode.geq(lit(java.sql.Date.valueOf(split.testFirst().atDay(1))))
        .and(periode.leq(lit(java.sql.Date.valueOf(split.testLast().atDay(1)))));
    return labelled.where(training.or(test))
        .withColumn(ModelPipelines.LABEL, col(Labels.OUTCOME).cast("double"))
        .withColumn(PART, when(training, when(ValidationSplit.isValidation(col(Columns.SIREN), validationFraction,
            seed), lit(VALIDATION)).otherwise(lit(FIT))).otherwise(lit(TEST)));
  }

  /** Candidate features that no fitting row fills: nothing to learn from (and the median imputer would fail). */
  static Set<String> neverFilled(Dataset<Row> fitRows, FeatureColumns features) {
    List<String> all = features.all();
    Column[] filled = all.stream().map(c -> count(col(c)).as(c)).toArray(Column[]::new);
    Row row = fitRows.agg(filled[0], Arrays.copyOfRange(filled, 1, filled.length)).first();
    Set<String> never = new HashSet<>();
    for (int i = 0; i < all.size(); i++) if (row.getLong(i) == 0) never.add(all.get(i));
    if (!never.isEmpty()) LOG.info("train: {} features never filled in the training rows, left out: {}", never.size(),
        new TreeSet<>(never));
    return never;
  }

  static Map<String, Metrics.Count> counts(Dataset<Row> rows) {
    Map<String, Metrics.Count> counts = new TreeMap<>();
    for (Row r : rows.groupBy(PART).agg(count(lit(1)), sum(ModelPipelines.LABEL), countDistinct(col(Columns.SIREN)))
        .collectAsList()) {
      counts.put(r.getString(0), new Metrics.Count(r.getLong(1), Math.round(r.getDouble(2)), r.getLong(3)));
    }
    return counts;
  }

  /** part, month, siren, label and the positive-class probability of one fitted pipeline. */
  static Dataset<Row> scored(PipelineModel pipeline, Dataset<Row> rows, String name) {
    return pipeline.transform(rows).select(
        lit(name).as(MODEL), col(PART), col(Columns.PERIODE), col(Columns.SIREN), col(ModelPipelines.LABEL),
        ModelPipelines.rawScore(pipeline).as(SCORE));
  }

  /** "model/test" → the test rows counted per month and score. */
  private static Map<String, List<Counted>> countScores(Dataset<Row> scored) {
    Map<String, List<Counted>> byPart = new TreeMap<>();
    List<Row> rows = scored
        .groupBy(col(MODEL), col(PART), date_format(col(Columns.PERIODE), "yyyy-MM"), col(SCORE))
        .agg(sum(ModelPipelines.LABEL), count(lit(1)))
        .collectAsList();
    for (Row r : rows) {
      long positives = Math.round(r.getDouble(4));
      byPart.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new ArrayList<>())
          .add(new Counted(r.getString(2), r.getDouble(3), positives, r.getLong(5) - positives));
    }
    return byPart;
  }

  /** Calibration and thresholds are fitted on the validation rows: without a positive one, neither can be. */
  static void requireValidationPositives(List<Counted> validation, ModelConfig model) {
    long rows = validation.stream().mapToLong(c -> c.positives() + c.negatives()).sum();
    if (validation.stream().mapToLong(Counted::positives).sum() == 0) {
      throw new InputException(String.format("Cannot calibrate the scores nor tune the alert thresholds: the"
          + " validation split (%d rows, model.validation-fraction = %s of the training sirens) holds no positive"
          + " row; raise model.validation-fraction or train on more months", rows, model.validationFraction()));
    }
  }

  /**
   * rouge (F-beta-rouge optimal) then orange, tuned on the validation rows, measured on the test rows;
   * given calibrated scores, each threshold is a probability.
   */
  static List<Metrics.Threshold> thresholds(List<Counted> validation, List<Counted> test, ModelConfig model,
      OutOfTime split) {
    Curves tuning = Evaluations.curves(validation);
    Curves testCurves = Evaluations.curves(test);
    List<Metrics.Threshold> thresholds = new ArrayList<>();
    for (Alerte alerte : Alerte.values()) {
      double beta = alerte.beta(model);
      double threshold = tuning.bestThreshold(beta).orElseThrow(() -> new InputException(String.format(
          "Cannot tune the alert thresholds: the validation split (%d rows, model.validation-fraction = %s of the"
              + " training sirens) holds no positive row; raise model.validation-fraction or train on more months",
          tuning.rows(), model.validationFraction())));
      Metrics.AtThreshold onTest = Evaluations.at(testCurves, threshold, beta);
      thresholds.add(new Metrics.Threshold(alerte.label(), beta, threshold, Evaluations.at(tuning, threshold, beta),
          onTest, (double) onTest.alerts() / split.testMonthCount()));
    }
    return thresholds;
  }

  static List<Metrics.Importance> importances(PipelineModel trees) {
    GBTClassificationModel gbt = ModelPipelines.trees(trees);
    List<String> names = ModelPipelines.slotNames(trees);
    Vector importance = gbt.featureImportances();
    List<Metrics.Importance> list = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (importance.apply(i) > 0) list.add(new Metrics.Importance(names.get(i), importance.apply(i)));
    }
    list.sort((a, b) -> Double.compare(b.importance(), a.importance()));
    return list;
  }

  /**
   * On a generated sample, on the test rows its truth covers: the AUCPR of the generator's exact
   * probabilities, of the observable ceiling (what the files show, when the sample has it: then the
   * rows are those both cover), of the trees and of the baseline. {@code testScores}: the test rows
   * scored by both models, joined to the truth ({@link SampleTruth#onHeldOutMonths}).
   */
  static Metrics.Truth truth(SampleTruth sample, Dataset<Row> testScores) {
    boolean observable = sample.observable();
    Dataset<Row> matched = observable
        ? testScores.where(col(SampleTruth.PROBABILITE_OBSERVABLE).isNotNull()) : testScores;
    Dataset<Row> trees = matched.where(col(MODEL).equalTo("model")); // one row per test row: the references' scores
    Dataset<Row> counts = counted(trees, "model", col(SCORE))
        .union(counted(matched.where(col(MODEL).equalTo("baseline")), "baseline", col(SCORE)))
        .union(counted(trees, "truth", col(SampleTruth.PROBABILITE)));
    if (observable) counts = counts.union(counted(trees, "observable", col(SampleTruth.PROBABILITE_OBSERVABLE)));
    Map<String, List<Counted>> byScore = new TreeMap<>();
    for (Row r : counts.collectAsList()) {
      long positives = Math.round(r.getDouble(2));
      byScore.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new Counted("", r.getDouble(1), positives, r.getLong(3) - positives));
    }
    double model = Evaluations.curves(byScore.getOrDefault("model", List.of())).averagePrecision();
    double baseline = Evaluations.curves(byScore.getOrDefault("baseline", List.of())).averagePrecision();
    Curves exact = Evaluations.curves(byScore.getOrDefault("truth", List.of()));
    Curves ceiling = observable ? Evaluations.curves(byScore.getOrDefault("observable", List.of())) : null;
    double truthAucpr = exact.averagePrecision();
    return new Metrics.Truth(sample.probabilitiesPath(), sample.horizonMonths(), exact.rows(), truthAucpr,
        exact.rocAuc(), model, model / truthAucpr, observable ? sample.observablePath() : null,
        ceiling == null ? null : ceiling.averagePrecision(), ceiling == null ? null : ceiling.rocAuc(), baseline,
        ceiling == null ? null : model / ceiling.averagePrecision());
  }

  /** name, score, positives, rows: the rows counted per distinct score. */
  private static Dataset<Row> counted(Dataset<Row> rows, String name, Column score) {
    return rows.groupBy(lit(name), score).agg(sum(ModelPipelines.LABEL), count(lit(1)));
  }

  /**
   * On a generated sample, the generator's mean probability next to the observed rate, on the
   * validation rows (where the calibration is fitted) and on the test rows (where it is judged), over
   * the rows the truth covers: a calibration can only carry the validation rows' rate, so when the
   * two observed rates part while the true means do not, the labels of a small sample, not the
   * calibration, are off. {@code modelScores}: the trees' held-out scores joined to the truth.
   */
  static Metrics.CalibrationTruth calibrationTruth(Dataset<Row> modelScores) {
    Map<String, Row> byPart = new TreeMap<>();
    // the probabilities summed as decimals: exact, so the same bits whatever the order rows arrive in
    // (a sum of doubles moved in its last bit with the join's plan)
    for (Row r : modelScores.groupBy(col(PART)).agg(count(lit(1)),
        org.apache.spark.sql.functions.avg(ModelPipelines.LABEL),
        org.apache.spark.sql.functions.avg(col(SampleTruth.PROBABILITE).cast("decimal(30,18)"))).collectAsList()) {
      byPart.put(r.getString(0), r);
    }
    Row validation = byPart.get(VALIDATION);
    Row test = byPart.get(TEST);
    if (validation == null || test == null) return null;
    return new Metrics.CalibrationTruth(validation.getLong(1), validation.getDouble(2),
        validation.getDecimal(3).doubleValue(), test.getLong(1), test.getDouble(2), test.getDecimal(3).doubleValue());
  }

  private static YearMonth month(java.sql.Date date) {
    return YearMonth.from(date.toLocalDate());
  }
}
