package fr.vigie.panel.family;

/**
 * One cotisation record of an establishment: its period [first, last] (month indexes), its number of
 * months (1, 3, or 12 for a yearly {@code AA62} record), the amount due and the amount collected
 * directly ({@code enc_direct}, null when the file leaves it empty), in whole centimes.
 */
public record CotisationLine(int first, int last, int months, long centimes, Long encaisse) {
  public CotisationLine(int first, int last, int months, long centimes) {
    this(first, last, months, centimes, null);
  }

  public boolean yearly() {
    return months == 12;
  }

  /** A month's share in twelfths of a centime: whole, since the number of months divides 12. */
  public long share() {
    return centimes * (12 / months);
  }

  /** A month's share of the amount collected directly, twelfths of a centime; null when unknown. */
  public Long encaisseShare() {
    return encaisse == null ? null : encaisse * (12 / months);
  }
}
