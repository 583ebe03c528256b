package fr.vigie.cli;

import fr.vigie.bench.Floor;
import fr.vigie.job.Job;
import picocli.CommandLine.Command;

/** Hidden: the benchmark's floor job (scripts/bench.sh), run through the same launcher and settings as the others. */
@Command(
    name = "floor",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Benchmark floor: reads every file under --input with Spark's CSV reader and writes it back as"
        + " Parquet under <output>/floor/<source>/, nothing else.")
final class FloorCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    Floor.run(job);
  }
}
