package fr.vigie.source;

import java.util.Map;
import java.util.TreeMap;

/**
 * Line counts of one file: {@code linesRead = linesAccepted + linesQuarantined}, blank lines counted
 * apart. The builder checks the identity against the file's own line numbers (every line after the
 * header is accounted for exactly once). Quarantine and warning counts are per reason code.
 */
public record FileCount(
    String file,
    long linesRead,
    long linesBlank,
    long linesAccepted,
    long linesQuarantined,
    Map<String, Long> quarantinedByReason,
    Map<String, Long> warningsByReason) {

  public FileCount {
    quarantinedByReason = Map.copyOf(quarantinedByReason);
    warningsByReason = Map.copyOf(warningsByReason);
  }

  static final class Builder {
    private final String file;
    private long lastLine = 1;
    private long blank;
    private long accepted;
    private long quarantined;
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Long> warnings = new TreeMap<>();

    Builder(String file) {
      this.file = file;
    }

    void add(boolean isBlank, String reason, String warning, long n, long maxLine) {
      lastLine = Math.max(lastLine, maxLine);
      if (isBlank) {
        blank += n;
        return;
      }
      if (reason != null) {
        quarantined += n;
        reasons.merge(reason, n, Long::sum);
      } else {
        accepted += n;
        if (warning != null) warnings.merge(warning, n, Long::sum);
      }
    }

    FileCount build() {
      long counted = blank + accepted + quarantined;
      if (counted != lastLine - 1) {
        throw new IllegalStateException(String.format("Lines lost or duplicated in %s: %d lines after the header,"
            + " but %d blank + %d accepted + %d quarantined", file, lastLine - 1, blank, accepted, quarantined));
      }
      return new FileCount(file, accepted + quarantined, blank, accepted, quarantined, reasons, warnings);
    }
  }
}
