package fr.vigie.source;

import fr.vigie.error.InputException;
import fr.vigie.job.IngestRun;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest's {@code ingest} section ({@link IngestRun}): how the last {@code vigie ingest} (alone
 * or within {@code vigie run}) ended, kept apart from {@code last_run}, which the next command
 * overwrites. {@code status} is {@code running} from its start, then {@code succeeded} or
 * {@code failed}; a run killed on the way stays {@code running}. {@code vigie panel} refuses to build
 * on a root whose last ingest did not succeed.
 */
public final class IngestStatus {
  private IngestStatus() {}

  static void started(Job job) {
    Manifest manifest = job.manifest();
    manifest.set(IngestRun.started(job.config().input().root()));
    manifest.save();
  }

  static void ended(Job job, String error) {
    Manifest manifest = job.manifest();
    manifest.set(manifest.read(IngestRun.class).orElse(IngestRun.unknown()).ended(error));
    manifest.save();
  }

  /**
   * Fails (exit 3, naming the output root) when the last ingest into it did not succeed. A root
   * without an ingest section (sources written by an older version, or by hand) is taken as it is.
   */
  public static void requireSucceeded(Job job) {
    Optional<IngestRun> last = job.manifest().read(IngestRun.class);
    if (last.isEmpty() || last.get().succeeded()) return;
    IngestRun run = last.get();
    String how = IngestRun.RUNNING.equals(run.status())
        ? "started " + Objects.toString(run.started(), "?") + " and never finished (killed?)"
        : Objects.toString(run.status(), "") + " at " + Objects.toString(run.finished(), "?") + ": "
            + Objects.toString(run.error(), "?");
    throw new InputException("Cannot build the panel: the last ingest into " + job.layout().root() + " (input "
        + Objects.toString(run.input(), "?") + ") did not succeed: it " + how + ". Run vigie ingest again;"
        + " the panel is built only on a delivery read whole");
  }
}
