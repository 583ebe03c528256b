package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.config.ConfigLoader;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.ScoreResult;
import fr.vigie.job.TrainResult;
import fr.vigie.model.ModelWorld.Cell;
import fr.vigie.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie train} and {@code vigie score} on {@link ModelWorld}: the out-of-time windows and
 * row counts computed by hand from the world's cells, the siren-disjoint split, the metrics, the
 * truth comparison, and the scores of a month.
 */
class TrainJobTest {
  @TempDir static Path root;
  static final ModelWorld WORLD = new ModelWorld();
  // labels known up to 2020-06, 6 test months 2020-01 .. 2020-06, gap of 6: T = 2019-06
  static final YearMonth T = YearMonth.of(2019, 6);
  static final YearMonth TEST_FIRST = YearMonth.of(2020, 1);
  static Metrics metrics;
  static TrainResult trained;

  static Job job(YearMonth period, String... settings) {
    return job(root.resolve("output"), period, settings);
  }

  static Job job(Path output, YearMonth period, String... settings) {
    List<String> all = new ArrayList<>(List.of("labels.horizon-months=6", "model.test-months=6",
        "model.validation-fraction=0.3", "model.gbt.max-iter=8", "model.gbt.max-depth=3",
        "model.gbt.min-instances-per-node=5", "model.logistic.max-iter=20"));
    all.addAll(List.of(settings));
    ConfigLoader.Loaded loaded = ConfigLoader.load(null, all,
        Map.of("output.root", output.toString(), "input.root", root.resolve("input").toString()));
    return new Job(loaded, period, ModelWorld.SPARK);
  }

  @BeforeAll
  static void train() throws Exception {
    WORLD.panel().write().partitionBy("periode").parquet(root.resolve("output/panel").toString());
    writeTruth();
    TrainJob.Outcome outcome = TrainJob.fit(job(null));
    metrics = outcome.metrics();
    trained = outcome.result();
  }

  /**
   * The "true" probability of the world: 0.9 in the 6 months before an opening, else 0.01, for the
   * companies of the first half of sirens only (the truth covers part of the rows); and an
   * "observable" one on the same rows that also ranks the odd sirens high ({@link #observable}).
   */
  static void writeTruth() throws Exception {
    Files.createDirectories(root.resolve("input/_truth"));
    Files.writeString(root.resolve("input/_truth/model.json"), "{\"horizon_months\": 6}");
    List<Row> rows = new ArrayList<>();
    List<Row> observable = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Cell c : WORLD.cells) {
      if (c.siren().compareTo("100000150") >= 0 || !seen.add(c.siren() + c.month())) continue;
      double p = Boolean.TRUE.equals(c.outcome()) ? 0.9 : 0.01;
      Date month = Date.valueOf(c.month().atDay(1));
      rows.add(RowFactory.create(c.siren(), month, c.inProcedure() ? null : p));
      observable.add(RowFactory.create(c.siren(), month, c.inProcedure() ? null : observable(c)));
    }
    StructType schema = new StructType().add("siren", DataTypes.StringType).add("periode", DataTypes.DateType)
        .add("probabilite", DataTypes.DoubleType);
    ModelWorld.SPARK.createDataFrame(rows, schema).write().parquet(root.resolve("input/_truth/probabilites").toString());
    StructType observableSchema = new StructType().add("siren", DataTypes.StringType)
        .add("periode", DataTypes.DateType).add("probabilite_observable", DataTypes.DoubleType);
    ModelWorld.SPARK.createDataFrame(observable, observableSchema).write()
        .parquet(root.resolve("input/_truth/observable").toString());
  }

  /** A weaker score than the truth: positives get +0.5, and so do odd sirens. */
  static double observable(Cell c) {
    return 0.02 + (Boolean.TRUE.equals(c.outcome()) ? 0.5 : 0) + ((c.siren().charAt(8) - '0') % 2 == 1 ? 0.5 : 0);
  }

  @Test
  void windowsAndRowCountsFollowTheOutOfTimeRule() {
    assertThat(metrics.windows()).isEqualTo(new Metrics.Windows("2016-01", "2019-06", "2020-01", "2020-06", "2020-06"));
    List<Cell> labelled = WORLD.labelled();
    long training = labelled.stream().filter(c -> !c.month().isAfter(T)).count();
    long trainingPositives = labelled.stream().filter(c -> !c.month().isAfter(T) && c.outcome()).count();
    long test = labelled.stream().filter(c -> !c.month().isBefore(TEST_FIRST)).count();
    long testPositives = labelled.stream().filter(c -> !c.month().isBefore(TEST_FIRST) && c.outcome()).count();
    assertThat(metrics.rows().training().rows() + metrics.rows().validation().rows()).isEqualTo(training);
    assertThat(metrics.rows().training().positives() + metrics.rows().validation().positives())
        .isEqualTo(trainingPositives);
    assertThat(metrics.rows().test().rows()).isEqualTo(test);
    assertThat(metrics.rows().test().positives()).isEqualTo(testPositives);
    assertThat(metrics.model().baseRate()).isEqualTo((double) testPositives / test);
    // positives weigh negatives / positives of the fitting rows × model.positive-weight-factor (0.05)
    Metrics.Count fit = metrics.rows().training();
    assertThat(metrics.positiveWeight()).isEqualTo((double) (fit.rows() - fit.positives()) / fit.positives() * 0.05);
  }

  @Test
  void partsKeepTheGapEmptyAndTheValidationSirensApart() {
    OutOfTime split = new OutOfTime(ModelWorld.FIRST, T, TEST_FIRST, ModelWorld.LABELS_END);
    Dataset<Row> parts = TrainJob.parts(TrainJob.labelled(WORLD.panel()), split, 0.3, 42).cache();
    Row bounds = parts.groupBy(TrainJob.PART).agg(org.apache.spark.sql.functions.min("periode"),
        org.apache.spark.sql.functions.max("periode")).where(col(TrainJob.PART).equalTo(TrainJob.TEST)).first();
    assertThat(bounds.getDate(1).toString()).isEqualTo("2020-01-01");
    assertThat(bounds.getDate(2).toString()).isEqualTo("2020-06-01");
    assertThat(parts.where(col(TrainJob.PART).notEqual(TrainJob.TEST)).agg(org.apache.spark.sql.functions.max("periode"))
        .first().getDate(0).toString()).isEqualTo("2019-06-01");
    assertThat(parts.where("periode > '2019-06-01' and periode < '2020-01-01'").count()).isZero();

    Set<String> fit = sirens(parts, TrainJob.FIT);
    Set<String> validation = sirens(parts, TrainJob.VALIDATION);
    assertThat(validation).isNotEmpty().doesNotContainAnyElementsOf(fit);
    double share = validation.size() / (double) (fit.size() + validation.size());
    assertThat(share).isBetween(0.2, 0.4);
    // the split depends on the siren and the seed only
    Dataset<Row> again = TrainJob.parts(TrainJob.labelled(WORLD.panel()), split, 0.3, 42);
    assertThat(sirens(again, TrainJob.VALIDATION)).isEqualTo(validation);
    assertThat(sirens(TrainJob.parts(TrainJob.labelled(WORLD.panel()), split, 0.3, 43), TrainJob.VALIDATION))
        .isNotEqualTo(validation);
  }

  /** The saved model's raw scores of the validation rows, counted per score. */
  static List<Curves.ScoreCount> validationCounts() {
    OutOfTime split = new OutOfTime(ModelWorld.FIRST, T, TEST_FIRST, ModelWorld.LABELS_END);
    Dataset<Row> validation = TrainJob.parts(TrainJob.labelled(WORLD.panel()), split, 0.3, 42)
        .where(col(TrainJob.PART).equalTo(TrainJob.VALIDATION));
    List<Curves.ScoreCount> counts = new ArrayList<>();
    for (Row r : TrainJob.scored(store().loadTrees(), validation, "model").groupBy("score")
        .agg(org.apache.spark.sql.functions.sum("label"), org.apache.spark.sql.functions.count("*")).collectAsList()) {
      long positives = Math.round(r.getDouble(1));
      counts.add(new Curves.ScoreCount(r.getDouble(0), positives, r.getLong(2) - positives));
    }
    return counts;
  }

  static ModelStore store() {
    return new ModelStore(root.resolve("output/model").toString(), ModelWorld.SPARK.sparkContext().hadoopConfiguration());
  }

  @Test
  void theCalibrationIsFittedOnTheValidationRowsAndSavedWithTheModel() {
    List<Curves.ScoreCount> counts = validationCounts();
    Calibrator saved = store().loadCalibrator();
    long positives = counts.stream().mapToLong(Curves.ScoreCount::positives).sum();
    assertThat(saved.rows()).isEqualTo(metrics.rows().validation().rows());
    assertThat(saved.positives()).isEqualTo(positives).isEqualTo(metrics.rows().validation().positives());
    assertThat(saved.method()).as(Calibrator.RULE)
        .isEqualTo(positives >= Calibrator.ISOTONIC_MIN_POSITIVES ? Calibrator.ISOTONIC : Calibrator.PLATT);
    Calibrator refitted = Calibrator.fit(counts);
    for (Curves.ScoreCount c : counts) {
      assertThat(saved.apply(c.score())).as("the saved calibration is the fit on the validation rows")
          .isCloseTo(refitted.apply(c.score()), within(1e-9));
    }
    Metrics.Calibration calibration = metrics.calibration();
    assertThat(calibration.method()).isEqualTo(saved.method());
    assertThat(calibration.rule()).isEqualTo(Calibrator.RULE);
    assertThat(calibration.fittedOn()).isEqualTo(metrics.rows().validation());
    assertThat(calibration.before().scores()).isEqualTo("raw");
    assertThat(calibration.after().scores()).isEqualTo(saved.method());
    assertThat(calibration.alternative().scores()).isNotEqualTo(saved.method());
    for (Metrics.Calibrated c : List.of(calibration.before(), calibration.after(), calibration.alternative())) {
      assertThat(c.observedRate()).as("the test rows' rate").isEqualTo(metrics.model().baseRate());
      assertThat(c.reliability().stream().mapToLong(Metrics.ReliabilityBin::rows).sum())
          .isEqualTo(metrics.rows().test().rows());
      assertThat(c.reliability().stream().mapToLong(Metrics.ReliabilityBin::positives).sum())
          .isEqualTo(metrics.rows().test().positives());
      assertThat(c.brier()).isBetween(0.0, 1.0);
      assertThat(c.ece()).isBetween(0.0, 1.0);
    }
    assertThat(calibration.before().aucpr()).as("the raw scores are the model's").isEqualTo(metrics.model().aucpr());
    // raw scores weigh positive rows below 1 here (factor 0.05): the calibration moves the test mean towards the rate
    assertThat(Math.abs(calibration.after().meanPredicted() - calibration.after().observedRate()))
        .isLessThan(Math.abs(calibration.before().meanPredicted() - calibration.before().observedRate()));
  }

  /** Per panel month: in-scope rows not in procedure, and those whose first opening is the next month, by hand. */
  static List<Anchoring.Month> openingMonths() {
    List<Anchoring.Month> months = new ArrayList<>();
    for (YearMonth m = ModelWorld.FIRST; !m.isAfter(ModelWorld.LAST); m = m.plusMonths(1)) {
      YearMonth month = m;
      List<Cell> exposed = WORLD.cells.stream().filter(c -> c.month().equals(month) && c.inScope() && !c.inProcedure())
          .toList();
      months.add(new Anchoring.Month(m, exposed.size(),
          exposed.stream().filter(c -> Integer.valueOf(1).equals(c.timeTilOutcome())).count()));
    }
    return months;
  }

  @Test
  void theTestMonthsAreAnchoredToTheCalibrationRateTimesTheRecentHazardRatio() {
    Metrics.Anchored anchoring = metrics.calibration().anchoring();
    assertThat(anchoring).as("model.anchoring.enabled is true by default").isNotNull();
    List<Anchoring.Month> months = openingMonths();
    // h_train: training months 2016-01 .. 2019-06, each with its window of 6 months (rows of i .. i + 5)
    long openings = 0;
    long exposures = 0;
    for (YearMonth i = ModelWorld.FIRST; !i.isAfter(T); i = i.plusMonths(1)) {
      for (Anchoring.Month m : months) {
        if (!m.month().isBefore(i) && !m.month().isAfter(i.plusMonths(5))) {
          openings += m.openings();
          exposures += m.rows();
        }
      }
    }
    assertThat(anchoring.trainingOpenings()).isEqualTo(openings).isPositive();
    assertThat(anchoring.trainingExposures()).isEqualTo(exposures);
    // R: the rate of the validation rows the calibration is fitted on
    assertThat(anchoring.calibrationRows()).isEqualTo(metrics.rows().validation().rows());
    assertThat(anchoring.calibrationPositives()).isEqualTo(metrics.rows().validation().positives());
    assertThat(anchoring.calibrationRate())
        .isEqualTo((double) metrics.rows().validation().positives() / metrics.rows().validation().rows());
    assertThat(anchoring.windowMonths()).isEqualTo(24);
    assertThat(anchoring.procolsDelayMonths()).isZero();
    assertThat(anchoring.testMonths()).extracting(Metrics.AnchoredMonth::periode)
        .containsExactly("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06");
    double anchoredSum = 0;
    for (Metrics.AnchoredMonth a : anchoring.testMonths()) {
      YearMonth m = YearMonth.parse(a.periode());
      // the 24 panel months before m: their rows, and the openings of the month after each (up to m)
      List<Anchoring.Month> window = months.stream()
          .filter(x -> !x.month().isBefore(m.minusMonths(24)) && !x.month().isAfter(m.minusMonths(1))).toList();
      long o = window.stream().mapToLong(Anchoring.Month::openings).sum();
      long e = window.stream().mapToLong(Anchoring.Month::rows).sum();
      assertThat(a.openings()).isEqualTo(o);
      assertThat(a.exposures()).isEqualTo(e);
      double ratio = o < 10 ? 1.0 : (double) o / e / ((double) openings / exposures);
      assertThat(a.ratio()).isCloseTo(ratio, within(1e-12));
      assertThat(a.targetRate()).isCloseTo(anchoring.calibrationRate() * ratio, within(1e-12));
      assertThat(a.meanAnchored()).as("the month's mean is brought to the target").isCloseTo(a.targetRate(),
          within(1e-12));
      long rows = WORLD.labelled().stream().filter(c -> c.month().equals(m)).count();
      assertThat(a.rows()).isEqualTo(rows);
      assertThat(a.observedRate()).isEqualTo(
          (double) WORLD.labelled().stream().filter(c -> c.month().equals(m) && c.outcome()).count() / rows);
      anchoredSum += a.meanAnchored() * a.rows();
    }
    Metrics.Calibration calibration = metrics.calibration();
    assertThat(calibration.after().meanPredicted()).as("scores/ holds the anchored probabilities")
        .isCloseTo(anchoredSum / metrics.rows().test().rows(), within(1e-12));
    assertThat(calibration.unanchored().scores()).isEqualTo(calibration.method());
    assertThat(calibration.unanchored().meanPredicted()).isNotEqualTo(calibration.after().meanPredicted());
    // one offset per month keeps each month's order: the per-month AUCPR of the anchored scores is the raw one's
    assertThat(calibration.unanchored().aucpr()).isEqualTo(calibration.before().aucpr());
  }

  @Test
  void withoutAnchoringTheProbabilitiesAreTheCalibrationAlone() {
    Path output = root.resolve("plain");
    WORLD.panel().write().partitionBy("periode").parquet(output.resolve("panel").toString());
    Metrics plain = TrainJob.fit(job(output, null, "model.anchoring.enabled=false")).metrics();
    assertThat(plain.calibration().anchoring()).isNull();
    assertThat(plain.calibration().unanchored()).isNull();
    assertThat(plain.calibration().after()).isEqualTo(metrics.calibration().unanchored());
    assertThat(new ModelStore(output.resolve("model").toString(), ModelWorld.SPARK.sparkContext().hadoopConfiguration())
        .loadCalibrator().anchoring()).isNull();
  }

  @Test
  void thresholdsAreTheFBetaOptimaOfTheCalibratedValidationScores() {
    Calibrator calibrator = store().loadCalibrator();
    List<Curves.ScoreCount> calibrated = validationCounts().stream()
        .map(c -> new Curves.ScoreCount(calibrator.apply(c.score()), c.positives(), c.negatives())).toList();
    Curves curves = Curves.of(calibrated);
    assertThat(curves.rows()).isEqualTo(metrics.rows().validation().rows());
    assertThat(metrics.thresholds().get(0).threshold()).isEqualTo(curves.bestThreshold(0.5).orElseThrow());
    assertThat(metrics.thresholds().get(1).threshold()).isEqualTo(curves.bestThreshold(2.0).orElseThrow());
    assertThat(metrics.thresholds().get(0).validation().alerts())
        .isEqualTo(curves.at(metrics.thresholds().get(0).threshold()).alerts());
  }

  private static Set<String> sirens(Dataset<Row> parts, String part) {
    Set<String> sirens = new HashSet<>();
    for (Row r : parts.where(col(TrainJob.PART).equalTo(part)).select("siren").distinct().collectAsList()) {
      sirens.add(r.getString(0));
    }
    return sirens;
  }

  @Test
  void metricsHoldEveryFigureAndTheModelFindsTheSignal() throws Exception {
    assertThat(metrics.features().numeric()).containsExactly("ratio_dette", "effectif", "tag_debit");
    assertThat(metrics.features().categorical()).containsExactly("code_naf", "region");
    assertThat(metrics.features().droppedAllNull()).containsExactly("poids_frng");
    assertThat(metrics.model().perMonth()).extracting(Metrics.MonthScore::periode)
        .containsExactly("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06");
    assertThat(metrics.model().perMonth().stream().mapToLong(Metrics.MonthScore::rows).sum())
        .isEqualTo(metrics.rows().test().rows());
    // the debt ratio separates the 8 months before an opening: both models rank far above chance
    assertThat(metrics.model().aucpr()).isGreaterThan(3 * metrics.model().baseRate());
    assertThat(metrics.baseline().aucpr()).isGreaterThan(3 * metrics.baseline().baseRate());
    // tag_debit is ratio_dette > 1: either carries the signal
    assertThat(metrics.importances().get(0).feature()).isIn("ratio_dette", "tag_debit");
    assertThat(metrics.thresholds()).extracting(Metrics.Threshold::alerte).containsExactly("rouge", "orange");
    for (Metrics.Threshold t : metrics.thresholds()) {
      assertThat(t.threshold()).isBetween(0.0, 1.0);
      assertThat(t.validation().alerts()).isPositive();
      assertThat(t.alertsPerMonth()).isEqualTo(t.test().alerts() / 6.0);
    }
    Path written = root.resolve("output/model/metrics.json");
    Metrics read = Metrics.JSON.readValue(written.toFile(), Metrics.class);
    assertThat(read.windows()).isEqualTo(metrics.windows());
    assertThat(read.thresholds()).isEqualTo(metrics.thresholds());
    assertThat(Files.isDirectory(root.resolve("output/model/gbt"))).isTrue();
    assertThat(Files.isDirectory(root.resolve("output/model/baseline"))).isTrue();
  }

  @Test
  void truthIsComparedOnTheTestRowsItCovers() {
    long covered = WORLD.labelled().stream()
        .filter(c -> !c.month().isBefore(TEST_FIRST) && c.siren().compareTo("100000150") < 0).count();
    Metrics.Truth truth = metrics.truth();
    assertThat(truth).isNotNull();
    assertThat(truth.rows()).isEqualTo(covered);
    assertThat(truth.horizonMonths()).isEqualTo(6);
    assertThat(truth.aucpr()).isEqualTo(1.0); // 0.9 exactly on the positives
    assertThat(truth.ratio()).isEqualTo(truth.modelAucprSameRows() / truth.aucpr());
    // the observable ceiling on the same rows, counted here from the world's test cells
    List<Curves.ScoreCount> counts = WORLD.labelled().stream()
        .filter(c -> !c.month().isBefore(TEST_FIRST) && c.siren().compareTo("100000150") < 0)
        .map(c -> new Curves.ScoreCount(observable(c), Boolean.TRUE.equals(c.outcome()) ? 1 : 0,
            Boolean.TRUE.equals(c.outcome()) ? 0 : 1))
        .toList();
    Curves ceiling = Curves.of(counts);
    assertThat(truth.observablePath()).endsWith("_truth/observable");
    assertThat(truth.observableAucpr()).isEqualTo(ceiling.averagePrecision()).isLessThan(1.0);
    assertThat(truth.observableRocAuc()).isEqualTo(ceiling.rocAuc());
    assertThat(truth.ratioToObservable()).isEqualTo(truth.modelAucprSameRows() / truth.observableAucpr());
    assertThat(truth.baselineAucprSameRows()).isBetween(0.0, 1.0);

    // next to the calibration: the true probabilities' mean and the observed rate, computed by hand on the test rows
    List<Cell> coveredTest = WORLD.labelled().stream()
        .filter(c -> !c.month().isBefore(TEST_FIRST) && c.siren().compareTo("100000150") < 0).toList();
    Metrics.CalibrationTruth means = metrics.calibration().truth();
    assertThat(means).isNotNull();
    assertThat(means.testRows()).isEqualTo(covered);
    assertThat(means.testObserved()).isCloseTo(coveredTest.stream().filter(Cell::outcome).count() / (double) covered,
        within(1e-12));
    assertThat(means.testTruth()).isCloseTo(coveredTest.stream().mapToDouble(c -> c.outcome() ? 0.9 : 0.01).average()
        .orElseThrow(), within(1e-12));
    assertThat(means.validationRows()).isPositive().isLessThanOrEqualTo(metrics.rows().validation().rows());
  }

  /** The manifest's train section, read back into the record the job returned: the summary of metrics.json. */
  @Test
  void theTrainSectionReadsIntoTheResultItSummarises() throws Exception {
    com.fasterxml.jackson.databind.JsonNode manifest = Metrics.JSON.readTree(root.resolve("output/_manifest.json").toFile());
    assertThat(Manifest.read(manifest, TrainResult.class)).contains(trained);
    assertThat(manifest.at("/train/aucpr_baseline").asDouble()).as("its JSON name").isEqualTo(trained.aucprBaseline());
    assertThat(trained.trainLast()).isEqualTo(T.toString()).isEqualTo(metrics.windows().trainLast());
    assertThat(trained.testFirst()).isEqualTo(TEST_FIRST.toString()).isEqualTo(metrics.windows().testFirst());
    assertThat(trained.aucpr()).isEqualTo(metrics.model().aucpr());
    assertThat(trained.aucprBaseline()).isEqualTo(metrics.baseline().aucpr());
    assertThat(trained.calibration()).isEqualTo(metrics.calibration().method());
    assertThat(trained.brierCalibrated()).isEqualTo(metrics.calibration().after().brier());
    assertThat(trained.anchoring()).isTrue();
    assertThat(trained.features()).isEqualTo(metrics.features().numeric().size()
        + metrics.features().categorical().size());
  }

  @Test
  void scoresAMonthWithRanksAlertsAndExplanations() throws Exception {
    // 2020-03: debts are up before the openings of 2020-04 .. 2020-11
    YearMonth month = YearMonth.of(2020, 3);
    ScoreResult scored = ScoreJob.run(job(month));
    Dataset<Row> scores = ModelWorld.SPARK.read().parquet(root.resolve("output/scores").toString());
    List<Row> rows = scores.orderBy("rang").collectAsList();
    long expected = WORLD.cells.stream()
        .filter(c -> c.month().equals(month) && c.inScope() && !c.inProcedure()).count();
    assertThat(rows).hasSize((int) expected);
    double rouge = metrics.thresholds().get(0).threshold();
    double orange = metrics.thresholds().get(1).threshold();
    Calibrator calibrator = store().loadCalibrator();
    // the month is a test month: vigie score anchors it with the offset vigie train measured it with, to the bit
    Metrics.AnchoredMonth anchored = metrics.calibration().anchoring().testMonths().stream()
        .filter(a -> a.periode().equals(month.toString())).findFirst().orElseThrow();
    // the manifest's score section, read back into the record the job returned
    com.fasterxml.jackson.databind.JsonNode manifest = Metrics.JSON.readTree(root.resolve("output/_manifest.json").toFile());
    assertThat(Manifest.read(manifest, ScoreResult.class)).contains(scored);
    assertThat(manifest.at("/score/anchoring_offset").asDouble()).as("its JSON name").isEqualTo(scored.anchoringOffset());
    double offset = scored.anchoringOffset();
    assertThat(offset).isEqualTo(anchored.offset()).isNotZero();
    assertThat(scored.anchoringTarget()).isEqualTo(anchored.targetRate());
    assertThat(scored.periode()).isEqualTo("2020-03");
    assertThat(scored.rows()).isEqualTo(expected);
    assertThat(scored.thresholdRouge()).isEqualTo(metrics.thresholds().get(0).threshold());
    double sum = 0;
    assertThat(scores.columns()).contains("siret", "siren", "raison_sociale", "score", "score_brut", "alerte", "rang",
        "departement", "code_naf", "effectif", "explications", "explications_themes", "explication_texte", "periode");
    double previous = Double.MAX_VALUE;
    double previousRaw = Double.MAX_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertThat(r.<Integer>getAs("rang")).isEqualTo(i + 1);
      double score = r.getAs("score");
      assertThat(score).isLessThanOrEqualTo(previous);
      previous = score;
      assertThat(score).as("the calibrated raw score, anchored by the month's offset")
          .isEqualTo(calibrator.apply(r.<Double>getAs("score_brut"), offset));
      sum += score;
      String alerte = r.getAs("alerte");
      assertThat(alerte).isEqualTo(score >= rouge ? "rouge" : score >= orange ? "orange" : null);
      List<Row> explications = r.getList(r.fieldIndex("explications"));
      assertThat(explications.size()).isLessThanOrEqualTo(3);
      double last = Double.MAX_VALUE;
      for (Row e : explications) {
        assertThat(metrics.features().numeric().contains(e.getString(0))
            || metrics.features().categorical().contains(e.getString(0))).isTrue();
        assertThat(e.getDouble(1)).isPositive().isLessThanOrEqualTo(last);
        last = e.getDouble(1);
      }
      double raw = r.getAs("score_brut");
      if (i > 0 && score == rows.get(i - 1).<Double>getAs("score")) {
        assertThat(raw).as("a tie in probability keeps the raw scores' order").isLessThanOrEqualTo(previousRaw);
      }
      previousRaw = raw;
      List<Row> themes = r.getList(r.fieldIndex("explications_themes"));
      double shares = 0;
      double lastContribution = Double.MAX_VALUE;
      for (Row t : themes) {
        Theme theme = Theme.ofCode(t.getAs("theme"));
        assertThat(theme).isNotNull();
        assertThat(t.<String>getAs("libelle_theme")).isEqualTo(theme.label());
        assertThat(FeatureDictionary.of(t.getAs("variable")).theme()).as("the top variable is the theme's")
            .isEqualTo(theme);
        assertThat(t.<String>getAs("libelle")).isEqualTo(FeatureDictionary.of(t.getAs("variable")).label());
        assertThat(t.<Double>getAs("contribution")).isPositive().isLessThanOrEqualTo(lastContribution);
        lastContribution = t.getAs("contribution");
        shares += t.<Double>getAs("part");
      }
      if (!themes.isEmpty()) {
        assertThat(shares).as("shares of the raised margin").isCloseTo(1.0, within(1e-9));
        assertThat(r.<String>getAs("explication_texte")).isNotBlank();
      }
    }
    assertThat(sum / rows.size()).as("the month's mean probability is the anchoring's target")
        .isCloseTo(anchored.targetRate(), within(1e-12));
    // the highest score goes to an establishment whose debt ratio is up, says so first, and is rouge
    Row top = rows.get(0);
    Cell cell = WORLD.cells.stream()
        .filter(c -> c.month().equals(month) && c.siret().equals(top.getAs("siret"))).findFirst().orElseThrow();
    assertThat(cell.ratioDette()).isGreaterThan(1.0);
    assertThat(top.<Row>getList(top.fieldIndex("explications")).get(0).getString(0)).isIn("ratio_dette", "tag_debit");
    assertThat(top.<String>getAs("alerte")).isEqualTo("rouge");
    Row debt = top.<Row>getList(top.fieldIndex("explications_themes")).get(0);
    assertThat(debt.<String>getAs("theme")).isEqualTo("dette_urssaf");
    assertThat(top.<String>getAs("explication_texte")).startsWith("Dette URSSAF");
    // the values of the top variable at the month and 12 months earlier are the panel's
    Cell yearAgo = WORLD.cells.stream().filter(c -> c.month().equals(month.minusMonths(12))
        && c.siret().equals(top.getAs("siret"))).findFirst().orElseThrow();
    if (debt.getAs("variable").equals("ratio_dette")) {
      assertThat(debt.<Double>getAs("valeur")).isEqualTo(cell.ratioDette());
      assertThat(debt.<Double>getAs("valeur_12m")).isEqualTo(yearAgo.ratioDette());
    } else {
      assertThat(debt.<Double>getAs("valeur")).isEqualTo(1.0); // tag_debit: ratio_dette > 1
      assertThat(debt.<Double>getAs("valeur_12m")).isEqualTo(yearAgo.ratioDette() > 1 ? 1.0 : 0.0);
    }
    assertThat(top.<String>getAs("raison_sociale")).as("no Sirene in this world").isNull();
  }

  /**
   * With model.search on, three candidates: the search section lists them in order with their
   * inner AUCPR, the chosen one is the first best and is the saved model, and the search saw the fit
   * rows only (its two inner parts add up to them, siren-disjoint), never the validation or test rows.
   */
  @Test
  void theSearchJudgesTheCandidatesOnInnerSirensOfTheFitRowsAndRefitsTheBest() throws Exception {
    Path output = root.resolve("search");
    WORLD.panel().write().partitionBy("periode").parquet(output.resolve("panel").toString());
    Metrics searched = TrainJob.fit(job(output, null, "model.search.enabled=true",
        "model.search.inner-validation-fraction=0.3",
        "model.search.candidates=[{max-depth: 1, max-iter: 3, step-size: 0.1, min-instances-per-node: 5,"
            + " positive-weight-factor: 0.05}, {max-depth: 3, max-iter: 8, step-size: 0.3, min-instances-per-node: 5,"
            + " positive-weight-factor: 0.05}, {max-depth: 2, max-iter: 8, step-size: 0.3,"
            + " min-instances-per-node: 50, positive-weight-factor: 1}]")).metrics();
    Metrics.Search search = searched.search();
    assertThat(search).isNotNull();
    assertThat(metrics.search()).as("off by default").isNull();
    assertThat(search.innerValidationFraction()).isEqualTo(0.3);
    assertThat(search.candidates()).extracting(Metrics.Candidate::maxDepth).containsExactly(1, 3, 2);
    assertThat(search.candidates()).extracting(Metrics.Candidate::maxIter).containsExactly(3, 8, 8);
    assertThat(search.candidates()).extracting(Metrics.Candidate::positiveWeightFactor).containsExactly(0.05, 0.05, 1.0);
    Metrics.Count fit = searched.rows().training();
    double classRatio = (double) (fit.rows() - fit.positives()) / fit.positives();
    double bestAucpr = -1;
    int firstBest = -1;
    for (int i = 0; i < search.candidates().size(); i++) {
      Metrics.Candidate c = search.candidates().get(i);
      assertThat(c.innerAucpr()).isBetween(0.0, 1.0);
      assertThat(c.innerRocAuc()).isBetween(0.0, 1.0);
      assertThat(c.fitSeconds()).isPositive();
      assertThat(c.positiveWeight()).isEqualTo(classRatio * c.positiveWeightFactor());
      if (c.innerAucpr() > bestAucpr) {
        bestAucpr = c.innerAucpr();
        firstBest = i;
      }
    }
    assertThat(search.chosen()).as("the first best inner AUCPR").isEqualTo(firstBest);

    // the search saw the fit rows only: its parts add up to them, siren-disjoint, and the outer parts are
    // those of the run without search
    assertThat(search.innerFit().rows() + search.innerValidation().rows()).isEqualTo(fit.rows());
    assertThat(search.innerFit().positives() + search.innerValidation().positives()).isEqualTo(fit.positives());
    assertThat(search.innerFit().sirens() + search.innerValidation().sirens()).isEqualTo(fit.sirens());
    assertThat(searched.rows()).isEqualTo(metrics.rows());
    // recounted here: the fit part's sirens cut by the inner hash, away from every validation siren
    OutOfTime split = new OutOfTime(ModelWorld.FIRST, T, TEST_FIRST, ModelWorld.LABELS_END);
    Dataset<Row> parts = TrainJob.parts(TrainJob.labelled(WORLD.panel()), split, 0.3, 42).cache();
    Set<String> innerValidation = new HashSet<>();
    for (Row r : parts.where(col(TrainJob.PART).equalTo(TrainJob.FIT)
        .and(ValidationSplit.isInnerValidation(col("siren"), 0.3, 42))).select("siren").distinct().collectAsList()) {
      innerValidation.add(r.getString(0));
    }
    assertThat(innerValidation).hasSize((int) search.innerValidation().sirens())
        .doesNotContainAnyElementsOf(sirens(parts, TrainJob.VALIDATION));
    assertThat(parts.where(col(TrainJob.PART).equalTo(TrainJob.FIT)
        .and(ValidationSplit.isInnerValidation(col("siren"), 0.3, 42))).count())
        .isEqualTo(search.innerValidation().rows());

    // the saved trees are the chosen candidate refitted on every fit row, with its positive weight
    Metrics.Candidate chosen = search.candidates().get(search.chosen());
    ModelStore store = new ModelStore(output.resolve("model").toString(),
        ModelWorld.SPARK.sparkContext().hadoopConfiguration());
    org.apache.spark.ml.classification.GBTClassificationModel trees = ModelPipelines.trees(store.loadTrees());
    assertThat(trees.getMaxDepth()).isEqualTo(chosen.maxDepth());
    assertThat(trees.getNumTrees()).isEqualTo(chosen.maxIter());
    assertThat(trees.getStepSize()).isEqualTo(chosen.stepSize());
    assertThat(trees.getMinInstancesPerNode()).isEqualTo(chosen.minInstancesPerNode());
    assertThat(searched.positiveWeight()).isEqualTo(chosen.positiveWeight());
    Metrics read = Metrics.JSON.readValue(output.resolve("model/metrics.json").toFile(), Metrics.class);
    assertThat(read.search()).isEqualTo(search);
  }

  @Test
  void scoringAMonthOutsideThePanelIsAnInputError() {
    assertThatThrownBy(() -> ScoreJob.run(job(YearMonth.of(2021, 3))))
        .isInstanceOf(InputException.class).hasMessageContaining("2016-01 .. 2020-12");
  }
}
