package fr.vigie.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One aggregation per (file, split, blank, reason, warning) gives both the line numbers and the
 * counts. Hand-made groups: file a.csv has a header and 9 lines in three splits (split 0: header +
 * 3 lines, numbered 2..4 within it; split 1: 4 lines; split 2: 2 lines), one split in between where
 * no line starts.
 */
class LineTallyTest {
  private static LineTally.Group g(String file, int split, boolean blank, String reason, String warning, long n,
      long last) {
    return new LineTally.Group(file, split, blank, reason, warning, n, last);
  }

  private static final List<LineTally.Group> A = List.of(
      g("a.csv", 0, false, null, null, 2, 4), // lines 2 and 4 of split 0 accepted
      g("a.csv", 0, false, "bad_siret", null, 1, 3), // line 3 quarantined
      g("a.csv", 1, false, null, "rounded", 3, 4), // split 1: 3 accepted with a warning, one blank
      g("a.csv", 1, true, null, null, 1, 2),
      // split 2 starts no line: no group; split 3 holds the last two lines
      g("a.csv", 3, false, null, null, 1, 1),
      g("a.csv", 3, false, "bad_siret", null, 1, 2));

  @Test
  void eachSplitStartsAfterTheLinesOfTheEarlierOnes() {
    LineTally tally = new LineTally(A);
    // split 0 holds the header and lines 2..4: 4; split 1, 4 lines; split 3 after 8 lines
    assertThat(tally.offsets().get("a.csv")).containsExactly(Map.entry(0, 0L), Map.entry(1, 4L), Map.entry(3, 8L));
  }

  @Test
  void eachFileIsNumberedOnItsOwn() {
    List<LineTally.Group> groups = new java.util.ArrayList<>(A);
    groups.add(g("b.csv", 1, false, null, null, 5, 5));
    groups.add(g("b.csv", 0, false, null, null, 6, 7));
    LineTally tally = new LineTally(groups);
    assertThat(tally.offsets().get("b.csv")).containsExactly(Map.entry(0, 0L), Map.entry(1, 7L));
    assertThat(tally.offsets().get("a.csv")).containsExactly(Map.entry(0, 0L), Map.entry(1, 4L), Map.entry(3, 8L));
  }

  @Test
  void theCountsAddUpPerFileWithTheFilesLastLine() {
    Map<String, FileCount.Builder> perFile = new LinkedHashMap<>();
    perFile.put("a.csv", new FileCount.Builder("a.csv", List.of()));
    perFile.put("d.csv", new FileCount.Builder("d.csv", List.of()));
    List<LineTally.Group> groups = new java.util.ArrayList<>(A);
    groups.add(g("d.csv", 0, false, "bad_date", null, 2, 3));
    new LineTally(groups).addTo(perFile);
    // the builder checks blank + accepted + quarantined = last line - 1 (10 - 1 for a.csv)
    FileCount a = perFile.get("a.csv").firstSeen(5).build();
    assertThat(a.linesRead()).isEqualTo(8);
    assertThat(a.linesBlank()).isEqualTo(1);
    assertThat(a.linesAccepted()).isEqualTo(6);
    assertThat(a.linesQuarantined()).isEqualTo(2);
    assertThat(a.linesDuplicate()).isEqualTo(1);
    assertThat(a.quarantinedByReason()).containsExactly(Map.entry("bad_siret", 2L));
    assertThat(a.warningsByReason()).containsExactly(Map.entry("rounded", 3L));
    FileCount d = perFile.get("d.csv").firstSeen(0).build();
    assertThat(d.linesRead()).isEqualTo(2);
    assertThat(d.quarantinedByReason()).containsExactly(Map.entry("bad_date", 2L));
  }

  @Test
  void aLineLostBetweenSplitsIsCaughtByTheFilesCount() {
    Map<String, FileCount.Builder> perFile = new LinkedHashMap<>();
    perFile.put("a.csv", new FileCount.Builder("a.csv", List.of()));
    // line 3 of split 0 missing: its last line still says 4
    new LineTally(List.of(g("a.csv", 0, false, null, null, 2, 4))).addTo(perFile);
    assertThatThrownBy(() -> perFile.get("a.csv").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Lines lost or duplicated");
  }

  @Test
  void aFileNotAskedForIsAnError() {
    Map<String, FileCount.Builder> perFile = new LinkedHashMap<>();
    assertThatThrownBy(() -> new LineTally(A).addTo(perFile)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a.csv");
  }
}
