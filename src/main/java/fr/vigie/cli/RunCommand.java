package fr.vigie.cli;

import fr.vigie.config.InputConfig;
import fr.vigie.job.Job;
import fr.vigie.model.ScoreJob;
import fr.vigie.model.TrainJob;
import fr.vigie.panel.PanelJob;
import fr.vigie.report.ReportJob;
import fr.vigie.source.Ingest;
import fr.vigie.source.SourceFiles;
import java.time.YearMonth;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest, panel, train, score and report in order, on one Spark session.",
      "With --period P the panel step writes only P's partitions (the months before must be there from earlier"
          + " runs), training uses every month of panel/, and P is scored."
    })
final class RunCommand extends JobCommand {
  @Option(names = "--as-of", paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
      description = "The month the deliveries were extracted in (see vigie ingest --help). Overrides "
          + InputConfig.AS_OF + ".")
  YearMonth asOf;

  @Override
  protected Map<String, String> settings() {
    return IngestCommand.withAsOf(common.fixedSettings(), asOf);
  }

  @Override
  protected void preflight(Job job) {
    SourceFiles.checkRoot(job.config().input().root(), job.hadoop());
  }

  @Override
  protected void run(Job job) {
    Ingest.run(job);
    PanelJob.run(job);
    TrainJob.run(job);
    ScoreJob.run(job);
    ReportJob.run(job);
  }
}
