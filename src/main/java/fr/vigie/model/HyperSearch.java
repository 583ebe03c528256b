package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.GbtConfig;
import fr.vigie.config.SearchCandidate;
import fr.vigie.config.SearchConfig;
import fr.vigie.panel.Columns;
import fr.vigie.error.InputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small hyper-parameter search of {@code vigie train} (model.search).
 *
 * <p>The fit rows alone are split once more by siren ({@link ValidationSplit#isInnerValidation}):
 * each candidate is fitted on the inner-fit rows and judged by its average precision on the
 * inner-validation rows, the measure the issue targets. The outer validation rows, which calibrate
 * the scores and set the alert thresholds, would otherwise be judged on the very rows that chose
 * the model, and the test months must stay unseen: neither is ever passed here.
 *
 * <p>Deterministic by construction: the split is a hash of (siren, seed); every fit reads the
 * persisted single-partition layout of TrainJob (filtered, so its order is kept) with the model's
 * seed; the candidates are tried in the configured order and a tie keeps the earlier. The work is
 * bounded by the candidate list, never by a clock: a time limit would make the chosen model depend on
 * how loaded the machine was. Fit times are recorded for the reader, never used to choose.
 */
final class HyperSearch {
  private static final Logger LOG = LoggerFactory.getLogger(HyperSearch.class);

  private HyperSearch() {}

  /** The search's figures and the candidate chosen, to refit on every fit row. */
  record Outcome(Metrics.Search search, SearchCandidate chosen) {}

  /**
   * Tries every candidate.
   *
   * @param weighted        the fit rows as TrainJob fits them: sampled, wide, weighted, laid out and persisted
   * @param innerValidation every fit row of the inner-validation sirens (unsampled, wide); each
   *                        candidate is judged on these
   * @param innerCounts     rows, positives and sirens of the inner-fit and inner-validation parts
   * @param classRatio      negatives / positives of the fit rows: a positive weighs this × the
   *                        candidate's positive-weight-factor
   */
  static Outcome run(Dataset<Row> weighted, Dataset<Row> innerValidation, InnerCounts innerCounts,
      FeatureColumns features, SearchConfig search, GbtConfig gbt, double classRatio, long seed) {
    requirePositives(innerCounts, search);
    long start = System.nanoTime();
    Dataset<Row> innerFit = weighted.where(not(inner(search, seed)));
    List<Metrics.Candidate> tried = new ArrayList<>();
    for (SearchCandidate c : search.candidates()) {
      double positiveWeight = classRatio * c.positiveWeightFactor();
      long fitStart = System.nanoTime();
      PipelineModel trees = ModelPipelines.boostedTrees(features, c.applyTo(gbt), seed)
          .fit(withPositiveWeight(innerFit, positiveWeight));
      double seconds = (System.nanoTime() - fitStart) / 1e9;
      Curves curves = Curves.of(scoreCounts(trees, innerValidation));
      tried.add(new Metrics.Candidate(c.maxDepth(), c.maxIter(), c.stepSize(), c.minInstancesPerNode(),
          c.positiveWeightFactor(), positiveWeight, curves.averagePrecision(), curves.rocAuc(), seconds));
      LOG.info("train: search candidate {}/{} {}: inner AUCPR {}, fit {} s", tried.size(),
          search.candidates().size(), c, curves.averagePrecision(), String.format("%.1f", seconds));
    }
    int chosen = best(tried.stream().map(Metrics.Candidate::innerAucpr).toList());
    LOG.info("train: search chose candidate {} {}", chosen + 1, search.candidates().get(chosen));
    return new Outcome(new Metrics.Search(search.innerValidationFraction(), innerCounts.innerFit(),
        innerCounts.innerValidation(), tried, chosen, (System.nanoTime() - start) / 1e9),
        search.candidates().get(chosen));
  }

  /** The inner-fit and inner-validation parts of the (unsampled) fit rows. */
  record InnerCounts(Metrics.Count innerFit, Metrics.Count innerValidation) {}

  /** Counts the inner parts of the fit rows (one pass). */
  static InnerCounts innerCounts(Dataset<Row> fitRows, SearchConfig search, long seed) {
    Metrics.Count fit = new Metrics.Count(0, 0, 0);
    Metrics.Count validation = new Metrics.Count(0, 0, 0);
    for (Row r : fitRows.groupBy(inner(search, seed).as("interne"))
        .agg(count(lit(1)), sum(ModelPipelines.LABEL), org.apache.spark.sql.functions.countDistinct(
            col(Columns.SIREN))).collectAsList()) {
      Metrics.Count c = new Metrics.Count(r.getLong(1), Math.round(r.getDouble(2)), r.getLong(3));
      if (r.getBoolean(0)) validation = c;
      else fit = c;
    }
    return new InnerCounts(fit, validation);
  }

  /** True on the inner-validation rows. */
  static Column inner(SearchConfig search, long seed) {
    return ValidationSplit.isInnerValidation(col(Columns.SIREN), search.innerValidationFraction(), seed);
  }

  /** The same rows with every positive row weighing {@code positiveWeight}; negatives keep theirs (1 / sampling rate). */
  static Dataset<Row> withPositiveWeight(Dataset<Row> weighted, double positiveWeight) {
    return weighted.withColumn(ModelPipelines.WEIGHT,
        when(col(ModelPipelines.LABEL).equalTo(1.0), lit(positiveWeight)).otherwise(col(ModelPipelines.WEIGHT)));
  }

  /**
   * The index of the highest average precision; on a tie, the first in list order (the configured
   * order says which candidate is preferred, the defaults first). NaN (no positive row) never wins
   * over a number.
   */
  static int best(List<Double> aucprs) {
    if (aucprs.isEmpty()) throw new IllegalArgumentException("no candidate");
    int best = 0;
    for (int i = 1; i < aucprs.size(); i++) {
      double a = aucprs.get(i);
      double b = aucprs.get(best);
      if (!Double.isNaN(a) && (Double.isNaN(b) || a > b)) best = i;
    }
    return best;
  }

  /** The candidates cannot be fitted or judged without a positive row on each side. */
  static void requirePositives(InnerCounts counts, SearchConfig search) {
    for (Metrics.Count c : List.of(counts.innerFit(), counts.innerValidation())) {
      if (c.positives() == 0 || c.positives() == c.rows()) {
        throw new InputException(String.format("Cannot search the trees' hyper-parameters: the fit rows split by"
            + " model.search.inner-validation-fraction = %s give an inner-fit part of %d rows (%d positive) and an"
            + " inner-validation part of %d rows (%d positive); both need both classes. Change the fraction,"
            + " train on more months, or set model.search.enabled: false", search.innerValidationFraction(),
            counts.innerFit().rows(), counts.innerFit().positives(), counts.innerValidation().rows(),
            counts.innerValidation().positives()));
      }
    }
  }

  /** The raw scores of the trees on some labelled rows, counted per distinct score. */
  private static List<Curves.ScoreCount> scoreCounts(PipelineModel trees, Dataset<Row> rows) {
    List<Curves.ScoreCount> counts = new ArrayList<>();
    for (Row r : trees.transform(rows).select(ModelPipelines.rawScore(trees).as("s"), col(ModelPipelines.LABEL))
        .groupBy(col("s")).agg(sum(ModelPipelines.LABEL), count(lit(1))).collectAsList()) {
      long positives = Math.round(r.getDouble(1));
      counts.add(new Curves.ScoreCount(r.getDouble(0), positives, r.getLong(2) - positives));
    }
    return counts;
  }
}
