package fr.vigie.cli;

import fr.vigie.job.Job;
import picocli.CommandLine.Command;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains the gradient-boosted trees model out of time and writes model/ with metrics.json.")
final class TrainCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    throw new NotBuiltException("train", "issue #6: training and out-of-time evaluation");
  }
}
