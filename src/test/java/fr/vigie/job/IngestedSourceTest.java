package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.job.IngestedSource.FileNotRead;
import fr.vigie.job.IngestedSource.FileVolume;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The manifest's {@code sources} section through {@link IngestedSource}: the records read a real
 * manifest, write it back to the same text, and write what the string-keyed writer they replace
 * wrote, so output roots written before and after read the same.
 */
class IngestedSourceTest {

  /**
   * cotisations and procols are copied verbatim from the {@code _manifest.json} of a benchmark
   * ingest on the 0.1 sample (written by the string-keyed Ingest); ccsf, not delivered with a job
   * marker, is written by hand in the same format (no output at hand had one).
   */
  private static String fixture() throws IOException {
    try (InputStream in = IngestedSourceTest.class.getResourceAsStream("/manifest/sources-section.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, IngestedSource> readFixture() throws IOException {
    return IngestedSource.fromSection(Manifest.JSON.readTree(fixture()).get("sources"));
  }

  @Test
  void aRealManifestReadsIntoTheRecords() throws IOException {
    Map<String, IngestedSource> sources = readFixture();
    assertThat(sources.keySet()).as("the manifest's order").containsExactly("cotisations", "ccsf", "procols");

    IngestedSource cotisations = sources.get("cotisations");
    assertThat(cotisations.path()).isEqualTo("bench/work/0.1/input/cotisations");
    assertThat(cotisations.delivered()).isTrue();
    assertThat(cotisations.filesNotRead()).isEmpty();
    assertThat(cotisations.rowsWritten()).isEqualTo(906_209L);
    assertThat(cotisations.linesRead()).isEqualTo(907_103L);
    assertThat(cotisations.linesAccepted()).isEqualTo(906_209L);
    assertThat(cotisations.linesQuarantined()).isEqualTo(894L);
    assertThat(cotisations.linesDuplicate()).isEqualTo(1_826L);
    assertThat(cotisations.files()).hasSize(4);
    FileVolume first = cotisations.files().get(0);
    assertThat(first).isEqualTo(new FileVolume(
        "file:/work/main/bench/work/0.1/input/cotisations/sigfaible_cotisdues-00000.csv", 12_835_469L,
        "2026-12-02T05:44:41.470Z", 224_197L, 223_980L, 217L, 0L, 440L,
        Map.of("bare_quote", 113L, "wrong_field_count", 104L), Map.of(), List.of()));
    // the source's totals are the sums over its files, as Ingest wrote them
    assertThat(cotisations.files().stream().mapToLong(FileVolume::linesRead).sum()).isEqualTo(907_103L);
    assertThat(IngestedSource.delivered(cotisations.path(), List.of(), 906_209L, cotisations.files()))
        .isEqualTo(cotisations);

    IngestedSource ccsf = sources.get("ccsf");
    assertThat(ccsf.delivered()).isFalse();
    assertThat(ccsf.filesNotRead()).containsExactly(
        new FileNotRead("file:/data/input/ccsf/_SUCCESS", "job marker of a Spark or Hadoop export"));
    assertThat(ccsf.files()).isNull();
    assertThat(ccsf.filesRead()).isEmpty();
    assertThat(ccsf.linesRead()).isNull();
    assertThat(IngestedSource.orZero(ccsf.linesRead())).isZero();

    IngestedSource procols = sources.get("procols");
    assertThat(procols.files().get(0).warningsByReason()).containsExactly(Map.entry("unknown_nature_warning", 29L));
    assertThat(procols.files().get(0).quarantinedByReason()).isEmpty();
  }

  @Test
  void writtenBackTheSectionIsTheSameText() throws IOException {
    String text = fixture();
    ObjectNode root = Manifest.JSON.createObjectNode();
    root.set("sources", IngestedSource.section(readFixture()));
    assertThat(Manifest.JSON.writeValueAsString(root)).isEqualTo(text);
  }

  /** What the string-keyed Ingest wrote for one source, its code kept here as the reference. */
  private static ObjectNode formerEntry(String path, List<FileNotRead> notRead, boolean delivered, long rows,
      List<FileVolume> files) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("path", path);
    if (!notRead.isEmpty()) {
      ArrayNode a = entry.putArray("files_not_read");
      for (FileNotRead n : notRead) a.addObject().put("file", n.file()).put("reason", n.reason());
    }
    if (!delivered) {
      entry.put("delivered", false);
      return entry;
    }
    entry.put("delivered", true);
    entry.put("rows_written", rows);
    ArrayNode fileEntries = entry.putArray("files");
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    long duplicates = 0;
    for (FileVolume count : files) {
      ObjectNode f = fileEntries.addObject();
      f.put("file", count.file());
      f.put("bytes", count.bytes());
      f.put("modified", count.modified());
      f.put("lines_read", count.linesRead());
      f.put("lines_accepted", count.linesAccepted());
      f.put("lines_quarantined", count.linesQuarantined());
      f.put("lines_blank", count.linesBlank());
      f.put("lines_duplicate", count.linesDuplicate());
      ObjectNode reasons = f.putObject("quarantined_by_reason");
      count.quarantinedByReason().forEach(reasons::put);
      ObjectNode warnings = f.putObject("warnings_by_reason");
      count.warningsByReason().forEach(warnings::put);
      if (!count.columnWarnings().isEmpty()) {
        ArrayNode w = f.putArray("column_warnings");
        count.columnWarnings().forEach(w::add);
      }
      read += count.linesRead();
      accepted += count.linesAccepted();
      quarantined += count.linesQuarantined();
      duplicates += count.linesDuplicate();
    }
    entry.put("lines_read", read).put("lines_accepted", accepted).put("lines_quarantined", quarantined)
        .put("lines_duplicate", duplicates);
    return entry;
  }

  @Test
  void theRecordsWriteWhatTheStringKeyedWriterWrote() throws IOException {
    List<FileNotRead> notRead = List.of(new FileNotRead("file:/in/diane/.part.crc", "hidden file"),
        new FileNotRead("file:/in/diane/vide.csv", "empty file (0 bytes)"));
    List<FileVolume> files = List.of(
        new FileVolume("file:/in/diane/diane_2019.csv", 20_480L, "2026-11-30T08:00:00Z", 12, 9, 3, 2, 1,
            new TreeMap<>(Map.of("wrong_field_count", 2L, "invalid_siren", 1L)), Map.of("invalid_amount_warning", 4L),
            List.of("unknown_column:Marge nette 2019", "unknown_column:Foo 2018")),
        new FileVolume("file:/in/diane/diane_2020.csv", 0L, "2026-11-30T08:00:01.5Z", 0, 0, 0, 1, 0,
            Map.of(), Map.of(), List.of()));
    IngestedSource delivered = IngestedSource.delivered("in/diane", notRead, 9, files);
    assertThat(text(IngestedSource.section(Map.of("diane", delivered)).get("diane")))
        .isEqualTo(text(formerEntry("in/diane", notRead, true, 9, files)));
    assertThat(delivered.linesRead()).isEqualTo(12L);
    assertThat(delivered.linesAccepted()).isEqualTo(9L);
    assertThat(delivered.linesQuarantined()).isEqualTo(3L);
    assertThat(delivered.linesDuplicate()).isEqualTo(1L);

    IngestedSource absent = IngestedSource.notDelivered("in/bdf", List.of());
    assertThat(text(IngestedSource.section(Map.of("bdf", absent)).get("bdf")))
        .isEqualTo(text(formerEntry("in/bdf", List.of(), false, 0, List.of())))
        .isEqualTo("{\n  \"path\" : \"in/bdf\",\n  \"delivered\" : false\n}");
    IngestedSource onlyMarkers = IngestedSource.notDelivered("in/ccsf", notRead);
    assertThat(text(IngestedSource.section(Map.of("ccsf", onlyMarkers)).get("ccsf")))
        .isEqualTo(text(formerEntry("in/ccsf", notRead, false, 0, List.of())));

    // and back: record → JSON → record
    Map<String, IngestedSource> both = new LinkedHashMap<>();
    both.put("diane", delivered);
    both.put("ccsf", onlyMarkers);
    assertThat(IngestedSource.fromSection(Manifest.JSON.readTree(text(IngestedSource.section(both)))))
        .containsExactlyEntriesOf(both);
  }

  @Test
  void reasonsAreWrittenInCodeOrderWhateverTheMapGiven() throws IOException {
    Map<String, Long> unordered = new LinkedHashMap<>();
    unordered.put("wrong_field_count", 1L);
    unordered.put("bare_quote", 2L);
    FileVolume f = new FileVolume("f", 1, "2026-01-01T00:00:00Z", 3, 0, 3, 0, 0, unordered, Map.of(), List.of());
    assertThat(Manifest.JSON.valueToTree(f).get("quarantined_by_reason").fieldNames())
        .toIterable().containsExactly("bare_quote", "wrong_field_count");
  }

  @Test
  void anOlderManifestStillReads() throws IOException {
    // before "delivered", "lines_duplicate", "lines_blank", "bytes" and "modified" were written, with
    // a field this version does not know
    JsonNode section = Manifest.JSON.readTree("""
        {"debits": {"path": "in/debits", "rows_written": 7, "lines_read": 10, "lines_accepted": 7,
          "lines_quarantined": 3, "checksum": "abc",
          "files": [{"file": "f.csv", "lines_read": 10, "lines_accepted": 7, "lines_quarantined": 3,
            "quarantined_by_reason": {"bare_quote": 3}, "encoding_guess": "UTF-8"}]}}
        """);
    IngestedSource debits = IngestedSource.fromSection(section).get("debits");
    assertThat(debits.delivered()).as("a source listed without the flag was delivered").isTrue();
    assertThat(debits.linesDuplicate()).isNull();
    assertThat(IngestedSource.orZero(debits.linesDuplicate())).isZero();
    FileVolume file = debits.files().get(0);
    assertThat(file.linesDuplicate()).isZero();
    assertThat(file.modified()).isNull();
    assertThat(file.warningsByReason()).isEmpty();
    assertThat(file.quarantinedByReason()).containsExactly(Map.entry("bare_quote", 3L));
  }

  @Test
  void noSectionGivesNoSource() throws IOException {
    assertThat(IngestedSource.fromSection(null)).isEmpty();
    assertThat(IngestedSource.fromSection(Manifest.JSON.readTree("[]"))).isEmpty();
  }

  @Test
  void aFieldOfTheWrongTypeFailsNamingTheSource() throws IOException {
    JsonNode section = Manifest.JSON.readTree("{\"bdf\": {\"lines_read\": \"beaucoup\"}}");
    assertThatThrownBy(() -> IngestedSource.fromSection(section))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sources.bdf")
        .hasMessageContaining("lines_read");
  }

  private static String text(JsonNode node) throws IOException {
    return Manifest.JSON.writeValueAsString(node);
  }
}
