package fr.vigie.panel.family;

import java.util.Comparator;

/**
 * A collective-procedure event of a company: its day (days since 1970-01-01), nature and stage as
 * decoded (the nature is never null here: events without one are not procedures), and where it was
 * read (file, line).
 */
public record ProcolLine(int day, String nature, String stage, String file, long line) {
  /** Events in the order they apply: by day, then file and line (a deterministic same-day order). */
  static final Comparator<ProcolLine> ORDER = Comparator.comparingInt(ProcolLine::day)
      .thenComparing(ProcolLine::file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(ProcolLine::line);
}
