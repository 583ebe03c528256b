package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.panel.PanelJob;
import picocli.CommandLine.Command;

@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the calendar-complete monthly panels panel/ (siret x month) and panel_entreprise/ (siren x month),"
          + " partitioned by periode, from the sources/ written by ingest.",
      "Without --period every month is written; with --period yyyy-MM only that month's partitions are replaced."
    })
final class PanelCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    PanelJob.run(job);
  }
}
