package fr.vigie.cli;

import fr.vigie.job.Job;
import picocli.CommandLine.Command;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes the self-contained HTML report into report/.")
final class ReportCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    throw new NotBuiltException("report", "issue #6: the HTML report");
  }
}
