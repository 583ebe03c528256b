package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One source's entry in the manifest's {@code sources} section: what {@code vigie ingest} read from
 * its folder, written by {@code source/Ingest} and read back by {@code report/SourceVolumes}. Both
 * sides go through this record, so renaming a field breaks the compiler, not the report's figures.
 * The JSON names are those documented in docs/contract.md and read from existing output roots:
 * they must not change.
 *
 * <p>A source not delivered has no counts: {@code rowsWritten}, {@code files} and the four totals
 * are null and left out of the JSON (as they always were). Read back, an absent count is null;
 * {@link #orZero} gives the 0 the report shows. Fields an older or newer manifest carries that
 * are not listed here are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "files_not_read", "delivered", "rows_written", "files", "lines_read", "lines_accepted",
    "lines_quarantined", "lines_duplicate"})
public record IngestedSource(
    @JsonProperty("path") String path,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("files_not_read") List<FileNotRead> filesNotRead,
    @JsonProperty("delivered") boolean delivered,
    @JsonProperty("rows_written") Long rowsWritten,
    @JsonProperty("files") List<FileVolume> files,
    @JsonProperty("lines_read") Long linesRead,
    @JsonProperty("lines_accepted") Long linesAccepted,
    @JsonProperty("lines_quarantined") Long linesQuarantined,
    @JsonProperty("lines_duplicate") Long linesDuplicate) {

  /** The manifest section holding one entry per source folder. */
  public static final String SECTION = "sources";

  public IngestedSource {
    filesNotRead = filesNotRead == null ? List.of() : List.copyOf(filesNotRead);
    files = files == null ? null : List.copyOf(files);
  }

  /**
   * Jackson's way in: a manifest written before "delivered" existed only had delivered sources,
   * so an absent flag reads as true (a primitive would read it as false).
   */
  @com.fasterxml.jackson.annotation.JsonCreator
  static IngestedSource read(
      @JsonProperty("path") String path,
      @JsonProperty("files_not_read") List<FileNotRead> filesNotRead,
      @JsonProperty("delivered") Boolean delivered,
      @JsonProperty("rows_written") Long rowsWritten,
      @JsonProperty("files") List<FileVolume> files,
      @JsonProperty("lines_read") Long linesRead,
      @JsonProperty("lines_accepted") Long linesAccepted,
      @JsonProperty("lines_quarantined") Long linesQuarantined,
      @JsonProperty("lines_duplicate") Long linesDuplicate) {
    return new IngestedSource(path, filesNotRead, delivered == null || delivered, rowsWritten, files, linesRead,
        linesAccepted, linesQuarantined, linesDuplicate);
  }

  /** A folder absent, empty or holding nothing to read. */
  public static IngestedSource notDelivered(String path, List<FileNotRead> filesNotRead) {
    return new IngestedSource(path, filesNotRead, false, null, null, null, null, null, null);
  }

  /** A delivered source: its totals are the sums over its files (so they cannot disagree). */
  public static IngestedSource delivered(String path, List<FileNotRead> filesNotRead, long rowsWritten,
      List<FileVolume> files) {
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    long duplicates = 0;
    for (FileVolume f : files) {
      read += f.linesRead();
      accepted += f.linesAccepted();
      quarantined += f.linesQuarantined();
      duplicates += f.linesDuplicate();
    }
    return new IngestedSource(path, filesNotRead, true, rowsWritten, files, read, accepted, quarantined, duplicates);
  }

  /** The files read, none when the source was not delivered. */
  public List<FileVolume> filesRead() {
    return files == null ? List.of() : files;
  }

  /** An absent count (source not delivered, or a manifest older than the count) as 0. */
  public static long orZero(Long count) {
    return count == null ? 0 : count;
  }

  /** The {@code sources} section for these entries, in the map's order. */
  public static ObjectNode section(Map<String, IngestedSource> sources) {
    ObjectNode node = Manifest.JSON.createObjectNode();
    sources.forEach((name, entry) -> node.set(name, Manifest.JSON.valueToTree(entry)));
    return node;
  }

  /**
   * The entries of a {@code sources} section, in the manifest's order; none when the section is
   * absent (ingest never ran on this root). A field of the wrong type fails naming the source.
   */
  public static Map<String, IngestedSource> fromSection(JsonNode section) {
    Map<String, IngestedSource> sources = new LinkedHashMap<>();
    if (section == null || !section.isObject()) return sources;
    for (Map.Entry<String, JsonNode> e : section.properties()) {
      try {
        sources.put(e.getKey(), Manifest.JSON.convertValue(e.getValue(), IngestedSource.class));
      } catch (IllegalArgumentException bad) {
        throw new IllegalStateException("_manifest.json: sources." + e.getKey() + " cannot be read: "
            + bad.getMessage(), bad);
      }
    }
    return sources;
  }

  /** A file under the source folder that was not read, and why (hidden, job marker, empty). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"file", "reason"})
  public record FileNotRead(@JsonProperty("file") String file, @JsonProperty("reason") String reason) {}

  /**
   * The counts of one file read: {@code linesRead = linesAccepted + linesQuarantined}, blank lines
   * apart; quarantines and warnings per reason code (sorted by code, so the manifest is the same
   * from run to run); {@code columnWarnings} about the header, left out of the JSON when none.
   * Counts absent from an older manifest read as 0.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"file", "bytes", "modified", "lines_read", "lines_accepted", "lines_quarantined", "lines_blank",
      "lines_duplicate", "quarantined_by_reason", "warnings_by_reason", "column_warnings"})
  public record FileVolume(
      @JsonProperty("file") String file,
      @JsonProperty("bytes") long bytes,
      /* ISO-8601 instant of the file's last modification */
      @JsonProperty("modified") String modified,
      @JsonProperty("lines_read") long linesRead,
      @JsonProperty("lines_accepted") long linesAccepted,
      @JsonProperty("lines_quarantined") long linesQuarantined,
      @JsonProperty("lines_blank") long linesBlank,
      @JsonProperty("lines_duplicate") long linesDuplicate,
      @JsonProperty("quarantined_by_reason") Map<String, Long> quarantinedByReason,
      @JsonProperty("warnings_by_reason") Map<String, Long> warningsByReason,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("column_warnings") List<String> columnWarnings) {

    public FileVolume {
      quarantinedByReason = sorted(quarantinedByReason);
      warningsByReason = sorted(warningsByReason);
      columnWarnings = columnWarnings == null ? List.of() : List.copyOf(columnWarnings);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
      return Collections.unmodifiableMap(counts == null ? new TreeMap<>() : new TreeMap<>(counts));
    }
  }
}
