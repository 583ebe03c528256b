package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.panel.PanelJob;
import fr.vigie.source.IngestStatus;
import picocli.CommandLine.Command;

@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the calendar-complete monthly panels panel/ (siret x month) and panel_entreprise/ (siren x month),"
          + " partitioned by periode, from the sources/ written by ingest.",
      "Without --period every month is written; with --period yyyy-MM only that month's partitions are replaced.",
      "Refuses (exit 3) an output root whose last ingest did not succeed."
    })
final class PanelCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    IngestStatus.requireSucceeded(job);
    PanelJob.run(job);
  }
}
