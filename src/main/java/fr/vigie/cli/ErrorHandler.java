package fr.vigie.cli;

import fr.vigie.config.ConfigException;
import fr.vigie.job.OutputBusyException;
import fr.vigie.error.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps a failure to its exit code and prints one clear line (plus the stack trace for unexpected
 * failures). Spark wraps exceptions thrown on executors, so the cause chain is searched.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    ExitCode code = exitCode(ex);
    cmd.getErr().println(cmd.getCommandName() + ": " + message(ex));
    if (code == ExitCode.FAILURE) ex.printStackTrace(cmd.getErr());
    cmd.getErr().flush();
    return code.code;
  }

  static ExitCode exitCode(Throwable ex) {
    Throwable known = knownCause(ex);
    if (known instanceof ConfigException) return ExitCode.USAGE;
    if (known instanceof InputException) return ExitCode.INPUT;
    if (known instanceof OutputBusyException) return ExitCode.BUSY;
    return ExitCode.FAILURE;
  }

  /** The message of the known cause (the one naming the file or key), else the failure's own. */
  static String message(Throwable ex) {
    Throwable known = knownCause(ex);
    if (known != null) return known.getMessage();
    return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getName();
  }

  private static Throwable knownCause(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof ConfigException || t instanceof InputException || t instanceof OutputBusyException) return t;
    }
    return null;
  }
}
