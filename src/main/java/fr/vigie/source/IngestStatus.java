package fr.vigie.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.error.InputException;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import java.time.Instant;

/**
 * The manifest's {@code ingest} section: how the last {@code vigie ingest} (alone or within
 * {@code vigie run}) ended, kept apart from {@code last_run}, which the next command overwrites.
 * {@code status} is {@code running} from its start, then {@code succeeded} or {@code failed}; a run
 * killed on the way stays {@code running}. {@code vigie panel} refuses to build on a root whose last
 * ingest did not succeed.
 */
public final class IngestStatus {
  static final String SECTION = "ingest";

  private IngestStatus() {}

  static void started(Job job) {
    Manifest manifest = job.manifest();
    manifest.root().putObject(SECTION)
        .put("status", "running")
        .put("started", Instant.now().toString())
        .put("input", job.config().input().root());
    manifest.save();
  }

  static void ended(Job job, String error) {
    Manifest manifest = job.manifest();
    ObjectNode section = manifest.section(SECTION);
    section.put("status", error == null ? "succeeded" : "failed").put("finished", Instant.now().toString());
    if (error != null) section.put("error", error);
    manifest.save();
  }

  /**
   * Fails (exit 3, naming the output root) when the last ingest into it did not succeed. A root
   * without an ingest section (sources written by an older version, or by hand) is taken as it is.
   */
  public static void requireSucceeded(Job job) {
    JsonNode section = job.manifest().root().get(SECTION);
    if (section == null || !section.isObject()) return;
    String status = section.path("status").asText("");
    if (status.equals("succeeded")) return;
    String how = status.equals("running")
        ? "started " + section.path("started").asText("?") + " and never finished (killed?)"
        : status + " at " + section.path("finished").asText("?") + ": " + section.path("error").asText("?");
    throw new InputException("Cannot build the panel: the last ingest into " + job.layout().root() + " (input "
        + section.path("input").asText("?") + ") did not succeed: it " + how + ". Run vigie ingest again;"
        + " the panel is built only on a delivery read whole");
  }
}
