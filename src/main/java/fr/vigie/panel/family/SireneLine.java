package fr.vigie.panel.family;

import java.util.Comparator;

/**
 * An establishment's Sirene record: activity code and its nomenclature, département, region, head
 * office flag, creation day, administrative state (A/F) and the day that state began (days since
 * 1970-01-01; null when unknown), and where it was read (file, line).
 */
public record SireneLine(String file, long line, String activite, String nomenclature, String departement,
    String region, Boolean siege, Integer creation, String etat, Integer debut) {
  /** A snapshot may repeat an establishment: the latest line wins (file, then line, then the values). */
  static final Comparator<SireneLine> LATEST = Comparator
      .comparing(SireneLine::file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(SireneLine::line)
      .thenComparing(SireneLine::activite, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::nomenclature, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::departement, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::region, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::siege, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::creation, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::etat, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(SireneLine::debut, Comparator.nullsFirst(Comparator.naturalOrder()));
}
