package fr.vigie.panel.family;

import java.util.Comparator;

/** A company's Sirene record: legal category and creation day (days since 1970-01-01), where it was read. */
public record SireneUlLine(String file, long line, String categorie, Integer creation) {
  /** The latest line wins (file, then line, then the values). */
  static final Comparator<SireneUlLine> LATEST = Comparator
      .comparing(SireneUlLine::file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(SireneUlLine::line)
      .thenComparing(SireneUlLine::categorie, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneUlLine::creation, Comparator.nullsFirst(Comparator.naturalOrder()));
}
