package fr.vigie.cli;

import fr.vigie.config.SampleConfig;
import fr.vigie.job.Job;
import fr.vigie.sample.Publication;
import fr.vigie.sample.SampleGenerator;
import java.time.YearMonth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a built-in sample input root: every source folder in its real format, generated from a known risk"
          + " model, with its ground truth in <output>/_truth/ (docs/sample.md).",
      "--output is the sample folder (default: input.root). An existing folder must be empty or hold a previous"
          + " sample, which is replaced."
    })
final class SampleCommand extends JobCommand {

  @Option(names = "--establishments", paramLabel = "N", description = "Establishments to generate (default: sample.establishments).")
  Integer establishments;

  @Option(names = "--months", paramLabel = "M", description = "Months in the window (default: sample.months).")
  Integer months;

  @Option(names = "--start", paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
      description = "First month of the window (default: sample.start).")
  YearMonth start;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: sample.seed).")
  Long seed;

  /** The sample is an input root: no output root is locked or written (docs/sample.md). */
  @Override
  protected boolean writesOutputRoot() {
    return false;
  }

  @Override
  protected void run(Job job) {
    SampleConfig conf = job.config().sample().with(establishments, months, start, seed);
    String output = common.output != null ? job.config().output().root() : job.config().input().root();
    SampleGenerator.prepare(output, job.hadoop()); // refuse a foreign folder before starting Spark
    SampleGenerator.generate(job.spark(), conf, Publication.of(job.config()), output);
  }
}
