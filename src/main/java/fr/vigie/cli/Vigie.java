package fr.vigie.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code vigie} command line: parsing only; each subcommand hands over to its package. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Early-warning system for French companies in difficulty: reads the monthly URSSAF, activité partielle,"
          + " Sirene, procédures collectives and balance-sheet files, builds point-in-time monthly panels per"
          + " establishment and company, trains a gradient-boosted trees model and scores the latest month.",
      "",
      "Exit codes: 0 success, 1 failure, 2 usage or configuration error, 3 input error."
    },
    subcommands = {
      SampleCommand.class,
      IngestCommand.class,
      PanelCommand.class,
      TrainCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      RunCommand.class,
      FloorCommand.class,
      DiffCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Vigie implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("vigie: a subcommand is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }

  /** The configured command line (exit-code mapping included), for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Vigie())
        .setExecutionExceptionHandler(new ErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
