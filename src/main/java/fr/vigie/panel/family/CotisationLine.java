package fr.vigie.panel.family;

/**
 * One cotisation record of an establishment: its period [first, last] (month indexes), its number of
 * months (1, 3, or 12 for a yearly {@code AA62} record) and the amount due in whole centimes.
 */
public record CotisationLine(int first, int last, int months, long centimes) {
  public boolean yearly() {
    return months == 12;
  }

  /** A month's share in twelfths of a centime: whole, since the number of months divides 12. */
  public long share() {
    return centimes * (12 / months);
  }
}
