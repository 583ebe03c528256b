package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.model.ScoreJob;
import picocli.CommandLine.Command;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Scores the in-scope establishments of --period (default: the latest month) into scores/ with explanations.")
final class ScoreCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    ScoreJob.run(job);
  }
}
