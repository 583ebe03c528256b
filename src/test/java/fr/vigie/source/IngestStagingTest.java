package fr.vigie.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.config.ConfigLoader;
import fr.vigie.job.Extraction;
import fr.vigie.job.IngestRun;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IngestStaging#recover}: what the next command does with the staging folder of a killed ingest. */
class IngestStagingTest {
  @TempDir Path out;

  private Job job() {
    return new Job(ConfigLoader.load(null, List.of(), Map.of("output.root", out.toString(),
        "input.root", out.resolve("in").toString())), null);
  }

  /**
   * Killed after writing the journal: the staged delivery is swapped in, the journal's sections set,
   * and the ingest section, still "running", completed as the former put() chain did (same keys, same
   * order: the start and the input kept, then finished and completed_by_recovery).
   */
  @Test
  void aCommittedStagingFolderIsSwappedInAndTheIngestMarkedCompletedByRecovery() throws IOException {
    Path stage = out.resolve(IngestStaging.PREFIX + "killed");
    Files.createDirectories(stage.resolve("sources/cotisations"));
    Files.writeString(stage.resolve("sources/cotisations/part-0.parquet"), "staged");
    Files.createDirectories(stage.resolve("quarantine"));
    Files.writeString(stage.resolve(IngestStaging.COMMITTED),
        "{\"extraction\": {\"month\": \"2019-12\", \"from\": \"input.as-of\"}}");
    Files.writeString(out.resolve("_manifest.json"), "{\"ingest\": {\"status\": \"running\", \"started\":"
        + " \"2026-12-02T10:00:00Z\", \"input\": \"/data/in\"}}");

    IngestStaging.recover(job());

    assertThat(out.resolve("sources/cotisations/part-0.parquet")).hasContent("staged");
    assertThat(stage).doesNotExist();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    assertThat(Manifest.read(manifest, Extraction.class)).contains(Extraction.asOf(YearMonth.of(2019, 12)));
    IngestRun ingest = Manifest.read(manifest, IngestRun.class).orElseThrow();
    assertThat(ingest.succeeded()).isTrue();
    assertThat(ingest.completedByRecovery()).isTrue();
    assertThat(ingest.started()).isEqualTo("2026-12-02T10:00:00Z");
    assertThat(ingest.input()).isEqualTo("/data/in");
    assertThat(ingest.finished()).isGreaterThan(ingest.started());
    assertThat(ingest.error()).isNull();
    assertThat(manifest.get("ingest").fieldNames()).toIterable()
        .containsExactly("status", "started", "input", "finished", "completed_by_recovery");
  }
}
