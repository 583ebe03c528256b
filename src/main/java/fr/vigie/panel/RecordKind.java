package fr.vigie.panel;

/**
 * The kinds of narrow records one company's shuffle brings together, in the order they are read:
 * first what concerns the company as a whole (phase 0: headcount of every establishment included, since
 * the company's headcount falls back on their sum, and activité partielle consumption, which an
 * authorisation may draw on from another establishment of the company), then each establishment's
 * records in siret order (phase 1).
 */
public enum RecordKind {
  SIRENE_UL(0),
  PROCOL(0),
  EFFECTIF_ENTREPRISE(0),
  BDF_SHEET(0),
  DIANE_SHEET(0),
  EFFECTIF(0),
  // a consumption may be booked on another establishment of the company than its authorisation (an
  // establishment that moved): the authorisation's cumulated hours need all of them
  AP_CONSOMMATION(0),
  SIRENE(1),
  COTISATION(1),
  DEBIT(1),
  DELAI(1),
  CCSF(1),
  AP_DEMANDE(1);

  /** 0: the company's records, 1: an establishment's. */
  public final int phase;

  RecordKind(int phase) {
    this.phase = phase;
  }

  private static final RecordKind[] ALL = values();

  public static RecordKind of(int code) {
    return ALL[code];
  }
}
