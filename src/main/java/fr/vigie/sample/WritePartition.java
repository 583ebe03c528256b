package fr.vigie.sample;

import fr.vigie.config.SampleConfig;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.Function;

/**
 * Spark task: generates the companies of one partition and writes their lines into the partition's
 * files; returns the partition's summary. Company i gets the same lines whatever partition holds it.
 */
final class WritePartition implements Function<Integer, PartitionSummary> {
  private static final long serialVersionUID = 1L;
  private final String root;
  private final SampleConfig conf;
  private final Population.Plan plan;
  private final int partitions;
  private final Map<String, String> hadoop;

  WritePartition(String root, SampleConfig conf, Population.Plan plan, int partitions, Map<String, String> hadoop) {
    this.root = root;
    this.conf = conf;
    this.plan = plan;
    this.partitions = partitions;
    this.hadoop = hadoop;
  }

  /** The companies [first, end) of partition {@code part}. */
  static int first(Population.Plan plan, int partitions, int part) {
    return (int) ((long) plan.companies() * part / partitions);
  }

  static int cap(Population.Plan plan, int index) {
    return index == plan.companies() - 1 ? plan.lastEstablishments() : Integer.MAX_VALUE;
  }

  /**
   * Every line of company {@code c}, in the order that fixes its random draws: the observable ceiling
   * replays this very method ({@link ObservableCeiling}), so what it records is what was written.
   */
  static void writeLines(Company c, PartitionOutput out, SampleConfig conf) {
    SplittableRandom rng = Seeds.stream(conf.seed(), c.index, Seeds.LINES);
    UrssafLines.write(c, out, conf.start(), conf.months(), rng);
    HeadcountLines.write(c, out, conf.seed(), conf.months(), conf.missingCellRate(), rng);
    RegisterLines.write(c, out, conf.start(), conf.months(), rng);
    PartialActivityLines.write(c, out, conf.start(), conf.months(), rng);
    FinancialLines.write(c, out, conf.start(), conf.months(), rng);
  }

  @Override
  public PartitionSummary call(Integer part) {
    Population population = new Population(conf.seed(), conf.start(), conf.months());
    PartitionSummary summary = new PartitionSummary();
    int months = conf.months();
    try (PartitionOutput out = new PartitionOutput(root, part, hadoop, conf)) {
      for (int i = first(plan, partitions, part); i < first(plan, partitions, part + 1); i++) {
        Company c = population.company(i, cap(plan, i));
        writeLines(c, out, conf);
        summary.add(c, conf.start(), months);
      }
      summary.planted.putAll(out.planted());
      summary.lines.putAll(out.lines());
    }
    return summary;
  }
}
