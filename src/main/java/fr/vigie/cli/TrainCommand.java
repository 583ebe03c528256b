package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.model.TrainJob;
import picocli.CommandLine.Command;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains the gradient-boosted trees model out of time and writes model/ with metrics.json.")
final class TrainCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    TrainJob.run(job);
  }
}
