package fr.vigie.panel.family;

import java.util.Comparator;

/**
 * An activité partielle authorisation: its id, the day it was decided (statut), its period
 * [debut, fin] (days since 1970-01-01), the hours authorised over it and the reason code (null when
 * unknown).
 */
public record ApDemande(String idDa, int statut, int debut, int fin, double hta, Integer motif) {
  /** The authorisation a consumption belongs to: the first 9 characters of ID_DA (inputs.md). */
  public String idDemande() {
    return idDa.length() <= 9 ? idDa : idDa.substring(0, 9);
  }

  /** The most recent authorisation describes the month: latest decision, then id, then reason (nulls first). */
  static final Comparator<ApDemande> MOST_RECENT = Comparator.comparingInt(ApDemande::statut)
      .thenComparing(ApDemande::idDa, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(ApDemande::motif, Comparator.nullsFirst(Comparator.naturalOrder()));
}
