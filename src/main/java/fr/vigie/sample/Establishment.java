package fr.vigie.sample;

import java.time.LocalDate;

/**
 * One generated establishment: identity, place, URSSAF account and its monthly headcount. An
 * establishment that moved has an older siret, used before {@code moveMonth}; its compte stays.
 */
public final class Establishment {
  final int number;          // 0 = head office
  final String siret;
  final String compte;
  final String departement;
  final String region;
  final String commune;
  final String postalCode;
  final double[] coordinates;
  final LocalDate created;
  final int createdMonth;    // month index; negative = before the window
  final boolean quarterly;   // pays its contributions per quarter (small employers)
  String oldSiret;           // null unless it moved
  int moveMonth = -1;
  /** Headcount per month of the window; −1 where the establishment does not exist. */
  int[] headcount;

  Establishment(int number, String siret, String compte, String departement, String region, String commune,
      String postalCode, double[] coordinates, LocalDate created, int createdMonth, boolean quarterly) {
    this.number = number;
    this.siret = siret;
    this.compte = compte;
    this.departement = departement;
    this.region = region;
    this.commune = commune;
    this.postalCode = postalCode;
    this.coordinates = coordinates;
    this.created = created;
    this.createdMonth = createdMonth;
    this.quarterly = quarterly;
  }

  public String siret() {
    return siret;
  }

  /** The siret the records of month u are filed under. */
  public String siretAt(int u) {
    return oldSiret != null && u < moveMonth ? oldSiret : siret;
  }

  public boolean activeAt(int u) {
    return u >= 0 && u < headcount.length && headcount[u] >= 0;
  }

  public int[] headcount() {
    return headcount;
  }
}
