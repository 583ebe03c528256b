package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.report.ReportJob;
import picocli.CommandLine.Command;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes report/index.html: one self-contained HTML page (inline charts, no network needed) with the data"
          + " volumes and quarantine per source, the coverage of each feature family per month, the model's"
          + " out-of-time curves and thresholds, the feature importances and the top alerts of the scored month.",
      "Needs model/metrics.json (vigie train), panel/ (vigie panel) and scores/ (vigie score); the scored month is"
          + " --period, else the latest month of scores/."
    })
final class ReportCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    ReportJob.run(job);
  }
}
