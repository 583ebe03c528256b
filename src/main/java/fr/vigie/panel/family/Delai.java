package fr.vigie.panel.family;

import java.util.Comparator;

/**
 * A payment-delay agreement: created and due on two days (days since 1970-01-01), its duration in
 * days and its amount in centimes, and the line it was read from.
 */
public record Delai(int creation, int echeance, long duree, long montantCentimes, long line) {
  /**
   * The agreement that describes a month when several are active: the most recently created, then the
   * later line, then the other fields (so the choice never depends on the order rows arrive in).
   */
  static final Comparator<Delai> MOST_RECENT = Comparator.comparingInt(Delai::creation)
      .thenComparingLong(Delai::line)
      .thenComparingLong(Delai::duree)
      .thenComparingLong(Delai::montantCentimes)
      .thenComparingInt(Delai::echeance);
}
