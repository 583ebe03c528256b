package fr.vigie.model;

import static org.apache.spark.sql.functions.col;

import fr.vigie.job.Job;
import fr.vigie.panel.Columns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a generated sample knows of its own companies (input root's {@code _truth/}, docs/sample.md):
 * per (siren, periode) the generator's probability of a first opening within the horizon
 * ({@code probabilites/}) and, when present, the observable ceiling ({@code observable/}). Real
 * deliveries have none: {@link #open} is then null and the training skips every comparison.
 *
 * @param root the {@code _truth} folder
 * @param horizonMonths the horizon its probabilities answer (the labels' horizon, or it is not opened)
 * @param observable whether {@code observable/} is there
 */
record SampleTruth(String root, int horizonMonths, boolean observable) {
  private static final Logger LOG = LoggerFactory.getLogger(SampleTruth.class);
  static final String PROBABILITE = "probabilite";
  static final String PROBABILITE_OBSERVABLE = "probabilite_observable";

  /** The input root's truth, or null when absent or of another horizon than the labels'. */
  static SampleTruth open(Job job, int horizon) {
    String root = job.config().input().root() + "/_truth";
    Path description = new Path(root, "model.json");
    try {
      FileSystem fs = description.getFileSystem(job.hadoop());
      if (!fs.exists(description) || !fs.exists(new Path(root, "probabilites"))) return null;
      int truthHorizon;
      try (InputStream in = fs.open(description)) {
        truthHorizon = Metrics.JSON.readTree(in).path("horizon_months").asInt(-1);
      }
      if (truthHorizon != horizon) {
        LOG.warn("train: {} gives probabilities over {} months, the labels use {}: no comparison", root,
            truthHorizon, horizon);
        return null;
      }
      return new SampleTruth(root, truthHorizon, fs.exists(new Path(root, "observable")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + description, e);
    }
  }

  String probabilitiesPath() {
    return root + "/probabilites";
  }

  String observablePath() {
    return root + "/observable";
  }

  /**
   * (siren, periode, probabilite, and probabilite_observable when the sample has it, null where the
   * ceiling does not cover the row) on the held-out months only, the training and the test months:
   * the truth covers every company-month of the sample, the held-out rows a third of the months
   * (at scale 1 the two tables are 15 million rows each, shuffled to meet 1.2 million scores).
   */
  Dataset<Row> onHeldOutMonths(Job job, OutOfTime split) {
    Column months = within(split.trainFirst(), split.trainLast()).or(within(split.testFirst(), split.testLast()));
    Dataset<Row> truth = job.spark().read().parquet(probabilitiesPath())
        .select(col(Columns.SIREN), col(Columns.PERIODE), col(PROBABILITE))
        .where(col(PROBABILITE).isNotNull().and(months));
    if (!observable) return truth;
    Dataset<Row> ceiling = job.spark().read().parquet(observablePath())
        .select(col(Columns.SIREN), col(Columns.PERIODE), col(PROBABILITE_OBSERVABLE))
        .where(col(PROBABILITE_OBSERVABLE).isNotNull().and(months));
    return truth.join(ceiling, new String[] {Columns.SIREN, Columns.PERIODE}, "left");
  }

  private static Column within(java.time.YearMonth first, java.time.YearMonth last) {
    return col(Columns.PERIODE).between(Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)));
  }
}
