package fr.vigie.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.report.ReportData.SourceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest's "sources" section (written by {@code vigie ingest}) as one {@link SourceVolume}
 * per source, in the manifest's order; quarantine reasons are summed over the source's files. A
 * manifest written before duplicates were counted gives 0 duplicates.
 */
final class SourceVolumes {
  private SourceVolumes() {}

  /** An absent section (ingest never ran on this root) gives no source. */
  static List<SourceVolume> from(JsonNode sources) {
    List<SourceVolume> volumes = new ArrayList<>();
    if (sources == null || !sources.isObject()) return volumes;
    for (Map.Entry<String, JsonNode> source : sources.properties()) {
      JsonNode s = source.getValue();
      Map<String, Long> reasons = new TreeMap<>();
      for (JsonNode file : s.path("files")) {
        for (Map.Entry<String, JsonNode> r : file.path("quarantined_by_reason").properties()) {
          reasons.merge(r.getKey(), r.getValue().asLong(), Long::sum);
        }
      }
      volumes.add(new SourceVolume(source.getKey(), s.path("delivered").asBoolean(true), s.path("lines_read").asLong(),
          s.path("lines_accepted").asLong(), s.path("lines_duplicate").asLong(), s.path("lines_quarantined").asLong(),
          reasons));
    }
    return volumes;
  }
}
