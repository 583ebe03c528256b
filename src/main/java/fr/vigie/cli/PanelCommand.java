package fr.vigie.cli;

import fr.vigie.job.Job;
import picocli.CommandLine.Command;

@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    description = "Builds the calendar-complete monthly panels panel/ (siret x month) and panel_entreprise/ (siren x month) from sources/.")
final class PanelCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    throw new NotBuiltException("panel", "issue #5: the monthly panels");
  }
}
