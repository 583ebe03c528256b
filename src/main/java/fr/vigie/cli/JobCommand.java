package fr.vigie.cli;

import fr.vigie.config.ConfigLoader;
import fr.vigie.job.Job;
import fr.vigie.job.OutputLock;
import fr.vigie.source.IngestStaging;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that loads the configuration, opens a {@link Job} and runs one capability on it,
 * holding the output root's lock ({@link OutputLock}: one writer per output root). The manifest's
 * {@code last_run} says {@code running} from the start and records every way out: success, an input
 * or configuration error, any other exception (Spark's included) or error.
 */
abstract class JobCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    ConfigLoader.Loaded loaded = ConfigLoader.load(common.config, common.overrides, settings());
    try (Job job = new Job(loaded, common.period())) {
      preflight(job);
      if (!writesOutputRoot()) {
        runRecorded(job);
        return ExitCode.OK.code;
      }
      String command = spec.name();
      try (OutputLock lock = OutputLock.acquire(job.layout().root(), job.hadoop(), command,
          job.config().output().lockStaleAfter())) {
        job.recordStart(command);
        try {
          IngestStaging.recover(job); // what a killed ingest left, before anything reads or writes
          run(job);
        } catch (Exception | Error e) {
          job.recordOutcome(ErrorHandler.exitCode(e).code, ErrorHandler.message(e));
          throw e;
        }
        job.recordOutcome(ExitCode.OK.code, null);
      }
    }
    return ExitCode.OK.code;
  }

  /** Runs without the output root's lock (a command that writes elsewhere), recording how it ended. */
  private void runRecorded(Job job) throws Exception {
    try {
      run(job);
    } catch (Exception | Error e) {
      job.recordOutcome(ErrorHandler.exitCode(e).code, ErrorHandler.message(e));
      throw e;
    }
    job.recordOutcome(ExitCode.OK.code, null);
  }

  /**
   * Whether the command writes into the output root, and so takes its lock: every command but
   * {@code sample}, which writes an input root.
   */
  protected boolean writesOutputRoot() {
    return true;
  }

  /** The settings the command line fixes (--input, --output, and the command's own options). */
  protected Map<String, String> settings() {
    return common.fixedSettings();
  }

  /** Checks made before the output root is locked or written (they must write nothing). */
  protected void preflight(Job job) {}

  protected abstract void run(Job job);
}
