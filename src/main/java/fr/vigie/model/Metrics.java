package fr.vigie.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * {@code model/metrics.json}: what {@code vigie train} measured, read back by {@code vigie report}.
 * Field names are written in snake_case ({@link #JSON}). Months are yyyy-MM.
 *
 * @param horizonMonths  H: outcome = a first procedure opening in (m, m + H]
 * @param windows        the out-of-time split
 * @param rows           row counts of each split
 * @param positiveWeight weight of a positive training row (negatives weigh 1)
 * @param features       the model's inputs
 * @param model          the boosted trees on the test months
 * @param baseline       the logistic regression on the same rows
 * @param thresholds     rouge (F0.5-optimal) then orange (F2-optimal), tuned on the validation split, on
 *                       calibrated scores: each threshold is a probability
 * @param importances    the boosted trees' feature importances, largest first (non-zero only)
 * @param truth          on generated data: the true probabilities on the same test rows, else null
 * @param calibration    the calibration of the scores: how it was fitted, and its effect on the test months
 * @param search         the hyper-parameter search that chose the trees (model.search), or null when off
 */
public record Metrics(
    int horizonMonths,
    Windows windows,
    Rows rows,
    double positiveWeight,
    Features features,
    Evaluation model,
    Evaluation baseline,
    List<Threshold> thresholds,
    List<Importance> importances,
    Truth truth,
    Calibration calibration,
    Search search) {

  /** Jackson, snake_case, indented, tolerant of fields added later. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Training months [trainFirst, trainLast], test months [testFirst, testLast]; labels end at labelsKnownUntil. */
  public record Windows(String trainFirst, String trainLast, String testFirst, String testLast,
      String labelsKnownUntil) {}

  /** Rows (establishment-months) and distinct sirens of each split, with their positives. */
  public record Rows(Count training, Count validation, Count test) {}

  public record Count(long rows, long positives, long sirens) {}

  /** Numeric (incl. booleans as 0/1) and categorical inputs; columns left out because always null in training. */
  public record Features(List<String> numeric, List<String> categorical, List<String> droppedAllNull) {}

  /**
   * Scores of one model on the test rows.
   *
   * @param aucpr     average precision (area under the step precision-recall curve)
   * @param prCurve   [recall, precision] points, at most a few hundred, recall increasing
   * @param rocCurve  [false positive rate, true positive rate] points, increasing
   */
  public record Evaluation(double aucpr, double rocAuc, double baseRate, List<MonthScore> perMonth,
      List<double[]> prCurve, List<double[]> rocCurve) {}

  public record MonthScore(String periode, long rows, long positives, double aucpr, double rocAuc) {}

  /**
   * One alert level: score ≥ threshold. validation: where it was tuned; test: out of time.
   * alertsPerMonth is test alerts divided by test months.
   */
  public record Threshold(String alerte, double beta, double threshold, AtThreshold validation,
      AtThreshold test, double alertsPerMonth) {}

  public record AtThreshold(double precision, double recall, double fScore, long alerts) {}

  public record Importance(String feature, double importance) {}

  /**
   * On a generated sample, on the test rows its truth covers: the generator's exact probabilities
   * given the latent state (sample/_truth/probabilites: aucpr, rocAuc), the observable ceiling, the
   * same given only what the files show (sample/_truth/observable), the boosted trees and the
   * logistic baseline. ratio = trees / truth; ratioToObservable = trees / ceiling. The observable
   * fields are null for a sample written before the ceiling existed.
   */
  public record Truth(String path, int horizonMonths, long rows, double aucpr, double rocAuc,
      double modelAucprSameRows, double ratio, String observablePath, Double observableAucpr,
      Double observableRocAuc, Double baselineAucprSameRows, Double ratioToObservable) {}

  /**
   * The calibration ({@link Calibrator}): fitted on the validation rows, judged on the test rows.
   *
   * @param method      isotonic or platt, chosen by {@code rule} from the validation rows
   * @param fittedOn    the validation rows it was fitted on (sirens: those of the validation split)
   * @param before      the raw scores of the boosted trees on the test rows
   * @param after       the calibrated scores (what scores/ holds) on the same rows
   * @param alternative the method the rule did not choose, fitted on the same rows: for comparison,
   *                    never applied
   * @param truth       on generated data, the true probabilities' mean against the observed rate on the
   *                    validation and test rows, else null
   * @param unanchored  the calibrated scores before the anchoring ({@code after} is anchored), null when
   *                    model.anchoring is off
   * @param anchoring   the anchoring applied to {@code after} and {@code alternative}, its inputs and
   *                    every test month's target and offset; null when model.anchoring is off
   */
  public record Calibration(String method, String rule, Count fittedOn, Calibrated before, Calibrated after,
      Calibrated alternative, CalibrationTruth truth, Calibrated unanchored, Anchored anchoring) {}

  /**
   * The anchoring of the calibrated probabilities ({@link Anchoring}): the training figures it was
   * fitted with (saved in calibration.json) and, per test month, what {@code vigie score} would apply.
   *
   * @param rule            the formula, in words
   * @param calibrationRate R: positive rate of the validation rows the calibration was fitted on
   * @param trainingHazard  h_train: trainingOpenings / trainingExposures
   */
  public record Anchored(String rule, int windowMonths, int procolsDelayMonths, int minOpenings, long calibrationRows,
      long calibrationPositives, double calibrationRate, long trainingOpenings, long trainingExposures,
      double trainingHazard, List<AnchoredMonth> testMonths) {}

  /**
   * One test month's anchoring: the openings and exposed establishment-months of its window (panel
   * months windowFirst .. windowLast, openings the month after each), the ratio h(m) / h_train, the
   * target mean, the offset on the log-odds, and the month's mean probability before and after,
   * next to its observed rate.
   */
  public record AnchoredMonth(String periode, String windowFirst, String windowLast, long openings, long exposures,
      double ratio, double targetRate, double offset, long rows, double meanCalibrated, double meanAnchored,
      double observedRate) {}

  /**
   * On generated data, over the rows the generator's probabilities cover: rows, observed positive
   * rate and mean true probability of the validation rows, then of the test rows.
   */
  public record CalibrationTruth(long validationRows, double validationObserved, double validationTruth,
      long testRows, double testObserved, double testTruth) {}

  /**
   * How well one set of scores on the test rows matches the outcomes.
   *
   * @param scores        "raw", "isotonic" or "platt"
   * @param meanPredicted the mean score (a calibrated score's mean should be near the observed rate)
   * @param observedRate  the share of positive rows
   * @param brier         Brier score: the mean of (score − outcome)², lower is better
   * @param ece           expected calibration error over the {@code reliability} bins: Σ (rows of the bin /
   *                      rows) × |observed rate − mean score|
   * @param aucpr         average precision of these scores (a calibration may only lose some by ties)
   * @param reliability   the rows cut into deciles of the score (tied scores never split, so a bin
   *                      may hold more than a tenth of the rows), lowest scores first
   */
  public record Calibrated(String scores, double meanPredicted, double observedRate, double brier, double ece,
      double aucpr, List<ReliabilityBin> reliability) {}

  /** One decile of the scores: its rows, positive rows, mean score and observed positive rate. */
  public record ReliabilityBin(long rows, long positives, double meanPredicted, double observedRate) {}

  /**
   * The hyper-parameter search ({@link HyperSearch}): the fit rows split by siren into inner-fit and
   * inner-validation (never the validation nor the test rows), every candidate in the configured
   * order, and the one refitted on every fit row.
   *
   * @param innerValidationFraction the share of the fit sirens held out to judge the candidates
   * @param innerFit                the rows each candidate was fitted on
   * @param innerValidation         the rows each candidate was judged on (every one, none sampled)
   * @param candidates              in the configured order
   * @param chosen                  index in {@code candidates} of the model (the first best inner AUCPR)
   * @param seconds                 the whole search, refit of the chosen one excluded
   */
  public record Search(double innerValidationFraction, Count innerFit, Count innerValidation,
      List<Candidate> candidates, int chosen, double seconds) {}

  /**
   * One candidate: its parameters (the other GBT settings are model.gbt's), the weight of a positive
   * row they give, and its average precision and ROC AUC on the inner-validation rows; fitSeconds is
   * the wall time of its fit on the inner-fit rows (recorded, never used to choose).
   */
  public record Candidate(int maxDepth, int maxIter, double stepSize, int minInstancesPerNode,
      double positiveWeightFactor, double positiveWeight, double innerAucpr, double innerRocAuc,
      double fitSeconds) {}
}
