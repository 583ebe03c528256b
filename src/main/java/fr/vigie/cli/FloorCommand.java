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
  @picocli.CommandLine.Option(names = "--panel-outputs", description = "the write floor instead: read the panel/,"
      + " panel_entreprise/ and bilans/ under --output and write them again, same layout, under floor-write/")
  boolean panelOutputs;

  @Override
  protected void run(Job job) {
    if (panelOutputs) Floor.rewritePanels(job);
    else Floor.run(job);
  }
}
