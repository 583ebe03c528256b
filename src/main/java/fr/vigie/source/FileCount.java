package fr.vigie.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line counts of one file: {@code linesRead = linesAccepted + linesQuarantined}, blank lines counted
 * apart. The builder checks the identity against the file's own line numbers (every line after the
 * header is accounted for exactly once). Quarantine and warning counts are per reason code;
 * {@code linesDuplicate} counts the accepted lines identical to an earlier line of the source (they
 * are accepted lines, neither lost nor quarantined); {@code columnWarnings} are about the header.
 */
public record FileCount(
    String file,
    long linesRead,
    long linesBlank,
    long linesAccepted,
    long linesQuarantined,
    long linesDuplicate,
    Map<String, Long> quarantinedByReason,
    Map<String, Long> warningsByReason,
    List<String> columnWarnings) {

  public FileCount {
    quarantinedByReason = Map.copyOf(quarantinedByReason);
    warningsByReason = Map.copyOf(warningsByReason);
    columnWarnings = List.copyOf(columnWarnings);
  }

  static final class Builder {
    private final String file;
    private final List<String> columnWarnings;
    private long lastLine = 1;
    private long blank;
    private long accepted;
    private long quarantined;
    private long firstSeen = -1;
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Long> warnings = new TreeMap<>();

    Builder(String file, List<String> columnWarnings) {
      this.file = file;
      this.columnWarnings = columnWarnings;
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

    /** The number of distinct accepted lines first seen in this file (the others are duplicates). */
    Builder firstSeen(long distinct) {
      firstSeen = distinct;
      return this;
    }

    FileCount build() {
      long counted = blank + accepted + quarantined;
      if (counted != lastLine - 1) {
        throw new IllegalStateException(String.format("Lines lost or duplicated in %s: %d lines after the header,"
            + " but %d blank + %d accepted + %d quarantined", file, lastLine - 1, blank, accepted, quarantined));
      }
      long duplicates = firstSeen < 0 ? 0 : accepted - firstSeen;
      if (duplicates < 0) {
        throw new IllegalStateException(String.format("Duplicates miscounted in %s: %d distinct lines first seen"
            + " there, but only %d accepted", file, firstSeen, accepted));
      }
      return new FileCount(file, accepted + quarantined, blank, accepted, quarantined, duplicates, reasons, warnings,
          columnWarnings);
    }
  }
}
