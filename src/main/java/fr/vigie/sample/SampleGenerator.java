package fr.vigie.sample;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.config.ConfigException;
import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SampleConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie sample}: writes an input root in the layout of inputs.md and its ground truth in
 * {@code _truth/}. Companies are spread over partitions; each Spark task generates its companies and
 * writes one file per source (nothing is collected but small summaries); the driver then writes
 * the open-data series, the truth (Parquet, from a second pass that regenerates the same companies)
 * and {@code model.json} / {@code planted.json}. See docs/sample.md.
 */
public final class SampleGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);
  /** Companies per Spark task: ~8,000 keeps a task's files a few tens of MB. */
  static final int COMPANIES_PER_PARTITION = 8_000;
  static final String TRUTH = "_truth";
  static final String MODEL = TRUTH + "/model.json";
  static final String PLANTED = TRUTH + "/planted.json";
  static final String PROBABILITIES = TRUTH + "/probabilites";
  static final String OBSERVABLE = TRUTH + "/observable";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SampleGenerator() {}

  /**
   * Refuses (exit 2) an output folder that exists, is not empty and is not a previous sample; deletes
   * a previous sample. Called before Spark starts.
   */
  public static void prepare(String output, Configuration hadoop) {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root)) return;
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new ConfigException("Cannot write the sample to " + output + ": it is a file; choose another --output");
      }
      FileStatus[] children = fs.listStatus(root);
      if (children.length == 0) return;
      if (!fs.exists(new Path(root, MODEL))) {
        throw new ConfigException("Cannot write the sample to " + output + ": the folder is not empty and holds no "
            + "previous sample (no " + MODEL + "); choose an empty or new folder for --output");
      }
      LOG.info("sample: replacing the previous sample in {}", output);
      for (FileStatus child : children) fs.delete(child.getPath(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the sample folder " + output, e);
    }
  }

  /** What a generation produced, for the log and the tests. */
  public record Result(long companies, long establishments, double yearlyRate10, double baseRate18,
      double realisedRate18, long plantedLines, double seconds) {}

  /** With the publication delays of the embedded defaults (conf/vigie.yaml). */
  public static Result generate(SparkSession spark, SampleConfig conf, String folder) {
    return generate(spark, conf, Publication.of(ConfigLoader.defaultsOnly()), folder);
  }

  /** {@code publication}: when the files show what they show, for the observable ceiling. */
  public static Result generate(SparkSession spark, SampleConfig conf, Publication publication, String folder) {
    Instant started = Instant.now();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // the executors write the files: a relative folder would resolve against each executor's working
    // directory on a cluster, so it is made absolute here, on the driver (file:/..., hdfs://host/user/...)
    String output = qualified(folder, hadoop);
    prepare(output, hadoop);
    Population.Plan plan = Population.plan(conf.seed(), conf.establishments());
    int partitions = Math.max(2, (plan.companies() + COMPANIES_PER_PARTITION - 1) / COMPANIES_PER_PARTITION);
    LOG.info("sample: {} establishments in {} companies, {} months from {}, seed {}, {} partitions",
        conf.establishments(), plan.companies(), conf.months(), conf.start(), conf.seed(), partitions);
    // marks the folder as a sample
    writeJson(hadoop, output, MODEL, ModelDescription.describe(conf, plan, publication, null, null));

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Integer> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) parts.add(p);
    Map<String, String> conf_ = new HashMap<>();
    hadoop.forEach(e -> conf_.put(e.getKey(), e.getValue()));
    spark.sparkContext().setJobDescription("sample: source files");
    PartitionSummary summary = jsc.parallelize(parts, partitions)
        .map(new WritePartition(output, conf, plan, partitions, conf_))
        .reduce(PartitionSummary::merge);

    spark.sparkContext().setJobDescription("sample: open data");
    double scale = 1_000_000.0 / plan.companies();
    long calage = OpenDataFiles.procolsRegion(output, hadoop, summary.openings, scale, conf.start(), conf.months(),
        conf.seed());
    OpenDataFiles.autoEntrepreneurs(output, hadoop, conf.start(), conf.months(), conf.seed());

    spark.sparkContext().setJobDescription("sample: truth");
    JavaRDD<Row> rows = jsc.parallelize(parts, partitions).flatMap(new TruthRows(conf, publication, plan, partitions));
    Dataset<Row> truth = spark.createDataFrame(rows, TruthRows.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK()); // generated once (companies replayed, filtered), written twice
    try {
      truth.drop(TruthRows.OBSERVABLE).write().mode(SaveMode.Overwrite).parquet(new Path(output, PROBABILITIES).toString());
      spark.sparkContext().setJobDescription("sample: observable ceiling");
      truth.select(col("siren"), col("periode"), col(TruthRows.OBSERVABLE)).write().mode(SaveMode.Overwrite)
          .parquet(new Path(output, OBSERVABLE).toString());
    } finally {
      truth.unpersist();
    }
    Row rates = baseRates(spark.read().parquet(new Path(output, PROBABILITIES).toString()), conf);

    ObjectNode planted = Planted.describe(summary.planted, calage);
    writeJson(hadoop, output, PLANTED, planted);
    ObjectNode calibration = ModelDescription.calibration(summary, rates, scale);
    writeJson(hadoop, output, MODEL, ModelDescription.describe(conf, plan, publication, calibration, summary));
    double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    Result result = new Result(summary.companies, summary.establishments, summary.calibration.rate(),
        rates.isNullAt(0) ? 0 : rates.getDouble(0), rates.isNullAt(1) ? 0 : rates.getDouble(1),
        planted.get("total").asLong(), seconds);
    LOG.info("sample: {} companies, {} establishments written to {} in {} s; yearly opening rate of 10+ companies {},"
        + " 18-month base rate {} (realised {}), {} planted lines", result.companies(), result.establishments(), output,
        seconds, result.yearlyRate10(), result.baseRate18(), result.realisedRate18(), result.plantedLines());
    return result;
  }

  /**
   * Over (siren, month) rows of companies with 10+ employees not yet in procedure: the mean true
   * probability, and the realised share opening within 18 months (months whose horizon the window covers).
   */
  static Row baseRates(Dataset<Row> truth, SampleConfig conf) {
    String lastLabelled = conf.start().plusMonths(conf.months() - 1L - RiskModel.HORIZON).atDay(1).toString();
    Dataset<Row> scope = truth.where(col("effectif").geq(10).and(col("probabilite").isNotNull()));
    return scope.agg(
        avg(col("probabilite")),
        avg(when(col("periode").leq(lit(lastLabelled)),
            when(col("ouverture").isNotNull()
                .and(months_between(trunc(col("ouverture"), "month"), col("periode")).between(1, RiskModel.HORIZON)),
                1.0).otherwise(0.0))),
        count(lit(1))).first();
  }

  static String qualified(String folder, Configuration hadoop) {
    Path path = new Path(folder);
    try {
      return path.getFileSystem(hadoop).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the sample folder " + folder, e);
    }
  }

  static void writeJson(Configuration hadoop, String root, String relative, ObjectNode json) {
    Path path = new Path(root, relative);
    try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
      JSON.writeValue(out, json);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
  }
}
