package fr.vigie.cli;

import fr.vigie.job.Job;
import picocli.CommandLine.Command;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs ingest, panel, train, score and report in order.")
final class RunCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    throw new NotBuiltException("run", "issue #6: the whole chain");
  }
}
