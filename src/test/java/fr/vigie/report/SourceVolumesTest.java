package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.report.ReportData.SourceVolume;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's volume table from the manifest's {@code sources} section, read through the typed records. */
class SourceVolumesTest {

  /** Two sources copied from a benchmark ingest's {@code _manifest.json}, and one not delivered. */
  private static JsonNode sources() throws IOException {
    try (InputStream in = SourceVolumesTest.class.getResourceAsStream("/manifest/sources-section.json")) {
      return new ObjectMapper().readTree(in).get("sources");
    }
  }

  @Test
  void onePerSourceInTheManifestsOrderWithReasonsSummedOverFiles() throws IOException {
    List<SourceVolume> volumes = SourceVolumes.from(sources());
    assertThat(volumes).containsExactly(
        // bare_quote 113 + 129 + 99 + 121, wrong_field_count 104 + 100 + 126 + 102 over the four files
        new SourceVolume("cotisations", true, 907_103, 906_209, 1_826, 894,
            Map.of("bare_quote", 462L, "wrong_field_count", 432L)),
        new SourceVolume("ccsf", false, 0, 0, 0, 0, Map.of()),
        new SourceVolume("procols", true, 5_407, 5_407, 11, 0, Map.of()));
  }

  @Test
  void noIngestNoSource() {
    assertThat(SourceVolumes.from(null)).isEmpty();
  }
}
