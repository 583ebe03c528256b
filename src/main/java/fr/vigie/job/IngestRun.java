package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The manifest's {@code ingest} section: how the last {@code vigie ingest} into this root ended,
 * kept apart from {@code last_run}, which the next command overwrites ({@code source/IngestStatus}).
 * {@code status} is {@code running} from the start, then {@code succeeded} or {@code failed} (with
 * the {@code error}); {@code completedByRecovery} is true when the next command completed the swap
 * of an ingest killed after writing every source. Instants are ISO-8601; absent fields are left out.
 */
@ManifestSection("ingest")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "started", "input", "finished", "error", "completed_by_recovery"})
public record IngestRun(
    @JsonProperty("status") String status,
    @JsonProperty("started") String started,
    @JsonProperty("input") String input,
    @JsonProperty("finished") String finished,
    @JsonProperty("error") String error,
    @JsonProperty("completed_by_recovery") Boolean completedByRecovery) {

  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  /** A section absent where one is needed (a manifest edited by hand): nothing known of the run. */
  public static IngestRun unknown() {
    return new IngestRun(null, null, null, null, null, null);
  }

  /** An ingest of {@code input} started now. */
  public static IngestRun started(String input) {
    return new IngestRun(RUNNING, Instant.now().toString(), input, null, null, null);
  }

  /** This ingest ended now: succeeded when {@code error} is null, else failed with it. */
  public IngestRun ended(String error) {
    return new IngestRun(error == null ? SUCCEEDED : FAILED, started, input, Instant.now().toString(), error,
        completedByRecovery);
  }

  /** This ingest, killed after writing every source, completed now by the next command. */
  public IngestRun recovered() {
    return new IngestRun(SUCCEEDED, started, input, Instant.now().toString(), error, true);
  }

  public boolean succeeded() {
    return SUCCEEDED.equals(status);
  }
}
