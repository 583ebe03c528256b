package fr.vigie.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.job.IngestedSource;
import fr.vigie.report.ReportData.SourceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest's "sources" section (written by {@code vigie ingest}) as one {@link SourceVolume}
 * per source, in the manifest's order; quarantine reasons are summed over the source's files. The
 * section is read into the {@link IngestedSource} records ingest writes it from, so a renamed field
 * fails compilation here rather than showing 0. A manifest written before duplicates were counted
 * gives 0 duplicates; one written before "delivered" existed reads as delivered.
 */
final class SourceVolumes {
  private SourceVolumes() {}

  /** An absent section (ingest never ran on this root) gives no source. */
  static List<SourceVolume> from(JsonNode sources) {
    List<SourceVolume> volumes = new ArrayList<>();
    for (Map.Entry<String, IngestedSource> source : IngestedSource.fromSection(sources).entrySet()) {
      IngestedSource s = source.getValue();
      Map<String, Long> reasons = new TreeMap<>();
      for (IngestedSource.FileVolume file : s.filesRead()) {
        file.quarantinedByReason().forEach((reason, n) -> reasons.merge(reason, n, Long::sum));
      }
      volumes.add(new SourceVolume(source.getKey(), s.delivered(), IngestedSource.orZero(s.linesRead()),
          IngestedSource.orZero(s.linesAccepted()), IngestedSource.orZero(s.linesDuplicate()),
          IngestedSource.orZero(s.linesQuarantined()), reasons));
    }
    return volumes;
  }
}
