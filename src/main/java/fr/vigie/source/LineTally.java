package fr.vigie.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one aggregation over a source's cached lines tells, per (file, split, blank, reason code,
 * warning code): how many lines, and the highest line number within the split. From these few rows
 * come both the file's line numbers (each split's offset: the lines of the file's earlier splits)
 * and the file's counts, so the cache is scanned once for both (it was scanned twice, D16).
 *
 * <p>A split is counted by its highest number: every line, blank or quarantined, is a row, numbered
 * from 1 within its split; the header, line 1 of split 0, is not a row, so split 0 counts at least 1
 * (the header); a split in which no line starts (a line longer than a split) has no row and counts 0.
 */
final class LineTally {
  /** One group of the aggregation; {@code lastLine} is the highest line number within the split. */
  record Group(String file, int split, boolean blank, String reason, String warning, long lines, long lastLine) {}

  private final List<Group> groups;
  /** file → split → the lines of that file before the split (the header included). */
  private final Map<String, TreeMap<Integer, Long>> before = new HashMap<>();

  LineTally(List<Group> groups) {
    this.groups = List.copyOf(groups);
    Map<String, TreeMap<Integer, Long>> last = new HashMap<>();
    for (Group g : groups) {
      last.computeIfAbsent(g.file(), f -> new TreeMap<>()).merge(g.split(), g.lastLine(), Math::max);
    }
    last.forEach((file, splits) -> {
      TreeMap<Integer, Long> offsets = new TreeMap<>();
      long lines = 0;
      for (Map.Entry<Integer, Long> split : splits.entrySet()) {
        offsets.put(split.getKey(), lines);
        lines += split.getKey() == 0 ? Math.max(1, split.getValue()) : split.getValue();
      }
      before.put(file, offsets);
    });
  }

  /** file → split → the number to add to a line's number within the split to get its number in the file. */
  Map<String, TreeMap<Integer, Long>> offsets() {
    return before;
  }

  /** Adds every group to its file's count, with its last line numbered in the file. */
  void addTo(Map<String, FileCount.Builder> perFile) {
    for (Group g : groups) {
      FileCount.Builder count = perFile.get(g.file());
      if (count == null) throw new IllegalStateException("lines counted for a file not asked for: " + g.file());
      count.add(g.blank(), g.reason(), g.warning(), g.lines(), g.lastLine() + before.get(g.file()).get(g.split()));
    }
  }
}
