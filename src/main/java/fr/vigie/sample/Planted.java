package fr.vigie.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import java.util.Map;

/**
 * {@code _truth/planted.json}: the lines planted on purpose for ingest to quarantine, per source
 * (every source listed, 0 when none), with totals by reason code and per file (paths relative to
 * the sample root). Ingest's quarantine counts must equal these exactly.
 */
final class Planted {
  private Planted() {}

  static ObjectNode describe(Map<String, Map<String, Long>> perFile, long calage) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode sources = root.putObject("sources");
    long total = 0;
    for (SourceName source : SourceName.values()) {
      ObjectNode entry = sources.putObject(source.folder());
      ObjectNode byReason = entry.putObject("by_reason");
      ObjectNode files = entry.putObject("files");
      long sourceTotal = 0;
      for (Map.Entry<String, Map<String, Long>> file : perFile.entrySet()) {
        if (!file.getKey().startsWith(source.folder() + "/")) continue;
        ObjectNode f = files.putObject(file.getKey());
        for (Map.Entry<String, Long> reason : file.getValue().entrySet()) {
          f.put(reason.getKey(), reason.getValue());
          byReason.put(reason.getKey(), byReason.path(reason.getKey()).asLong() + reason.getValue());
          sourceTotal += reason.getValue();
        }
      }
      if (source == SourceName.PROCOLS_REGION && calage > 0) {
        byReason.put(Reason.CALAGE_REGION.code(), calage);
        files.putObject(source.folder() + "/procedures-collectives-par-region.csv")
            .put(Reason.CALAGE_REGION.code(), calage);
        sourceTotal += calage;
      }
      entry.put("total", sourceTotal);
      total += sourceTotal;
    }
    root.put("total", total);
    return root;
  }
}
