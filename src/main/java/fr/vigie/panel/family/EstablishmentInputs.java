package fr.vigie.panel.family;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of one establishment, a line delivered twice already counted once (the reader keeps the
 * first place it was delivered at); a list is null when its source was not delivered.
 */
public final class EstablishmentInputs {
  public final String siret;
  public List<CotisationLine> cotisations;
  public List<DebitLine> debits;
  public List<Delai> delais;
  public List<Integer> ccsf;
  public List<ApDemande> demandes;
  public List<ApConsommation> consommations;
  public List<SireneLine> sirene;

  public EstablishmentInputs(String siret) {
    this.siret = siret;
  }

  /** Starts every list of a delivered source empty, so that "delivered, nothing for this siret" reads as such. */
  public EstablishmentInputs delivered(boolean cotisations, boolean debits, boolean delais, boolean ccsf,
      boolean demandes, boolean consommations, boolean sirene) {
    if (cotisations) this.cotisations = new ArrayList<>();
    if (debits) this.debits = new ArrayList<>();
    if (delais) this.delais = new ArrayList<>();
    if (ccsf) this.ccsf = new ArrayList<>();
    if (demandes) this.demandes = new ArrayList<>();
    if (consommations) this.consommations = new ArrayList<>();
    if (sirene) this.sirene = new ArrayList<>();
    return this;
  }

  /** Whether the URSSAF files know this siret (the panel's universe: cotisations, débits or headcount). */
  public boolean inUniverse(boolean hasHeadcount) {
    return hasHeadcount || (cotisations != null && !cotisations.isEmpty()) || (debits != null && !debits.isEmpty());
  }
}
