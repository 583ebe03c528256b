package fr.vigie.cli;

import fr.vigie.config.ConfigLoader;
import fr.vigie.job.Job;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A subcommand that loads the configuration, opens a {@link Job} and runs one capability on it. */
abstract class JobCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Override
  public final Integer call() {
    ConfigLoader.Loaded loaded = ConfigLoader.load(common.config, common.overrides, common.fixedSettings());
    try (Job job = new Job(loaded, common.period())) {
      try {
        run(job);
      } catch (RuntimeException e) {
        job.recordOutcome(ErrorHandler.exitCode(e).code, e.getMessage());
        throw e;
      }
      job.recordOutcome(ExitCode.OK.code, null);
    }
    return ExitCode.OK.code;
  }

  protected abstract void run(Job job);
}
