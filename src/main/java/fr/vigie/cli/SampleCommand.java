package fr.vigie.cli;

import fr.vigie.job.Job;
import picocli.CommandLine.Command;

@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Writes a built-in sample input root: every source folder in its real format, with a known risk model.")
final class SampleCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    throw new NotBuiltException("sample", "issue #4: the built-in sample generator");
  }
}
