package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.model.ScoreJob;
import fr.vigie.model.TrainJob;
import fr.vigie.panel.PanelJob;
import fr.vigie.report.ReportJob;
import fr.vigie.source.Ingest;
import picocli.CommandLine.Command;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest, panel, train, score and report in order, on one Spark session.",
      "With --period P the panel step writes only P's partitions (the months before must be there from earlier"
          + " runs), training uses every month of panel/, and P is scored."
    })
final class RunCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    Ingest.run(job);
    PanelJob.run(job);
    TrainJob.run(job);
    ScoreJob.run(job);
    ReportJob.run(job);
  }
}
