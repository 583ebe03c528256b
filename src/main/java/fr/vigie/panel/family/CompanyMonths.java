package fr.vigie.panel.family;

import fr.vigie.config.SourceName;
import java.util.Map;

/**
 * The company-level features of a company, per month, shared by its establishments: labels, legal
 * category and age (Sirene company file), the company's headcount (its own file, else the sum over
 * its establishments), and the balance sheets in force.
 */
public final class CompanyMonths {
  public final String siren;
  public final ProcedureLabels.Months labels;
  /** A long, as the sum of establishments' headcounts it falls back on. */
  public final Long[] effectifEntreprise;
  public final Sheet[] bdf;
  public final Sheet[] diane;
  final java.util.List<SireneUlLine> unitesLegales;
  /** Hours consumed per authorisation and month over the company (null when not delivered). */
  final Map<String, java.util.TreeMap<Integer, ExactSum>> consumedByDemande;

  private CompanyMonths(String siren, ProcedureLabels.Months labels, Long[] effectifEntreprise, Sheet[] bdf,
      Sheet[] diane, java.util.List<SireneUlLine> unitesLegales,
      Map<String, java.util.TreeMap<Integer, ExactSum>> consumedByDemande) {
    this.siren = siren;
    this.labels = labels;
    this.effectifEntreprise = effectifEntreprise;
    this.bdf = bdf;
    this.diane = diane;
    this.unitesLegales = unitesLegales;
    this.consumedByDemande = consumedByDemande;
  }

  public static CompanyMonths compute(CompanyInputs in, PanelSettings settings) {
    Calendar calendar = settings.calendar();
    int n = calendar.size();
    // the company file when delivered, else the sum of its establishments' headcounts (null if none known)
    Integer[] fromFile = in.effectifEntreprise == null ? null
        : Headcount.compute(in.effectifEntreprise, calendar, settings.delay(SourceName.EFFECTIF_ENTREPRISE)).effectif();
    Long[] sum = new Long[n];
    if (in.effectifs != null) {
      for (Map<Integer, Integer> own : in.effectifs.values()) {
        Integer[] e = Headcount.compute(own, calendar, settings.delay(SourceName.EFFECTIF)).effectif();
        for (int i = 0; i < n; i++) if (e[i] != null) sum[i] = (sum[i] == null ? 0 : sum[i]) + e[i];
      }
    }
    Long[] effectifEntreprise = new Long[n];
    for (int i = 0; i < n; i++) {
      Integer file = fromFile == null ? null : fromFile[i];
      effectifEntreprise[i] = file != null ? Long.valueOf(file) : sum[i];
    }
    Map<String, java.util.TreeMap<Integer, ExactSum>> consumed = null;
    if (in.consommations != null) {
      java.util.List<ApConsommation> all = new java.util.ArrayList<>();
      in.consommations.values().forEach(all::addAll);
      consumed = PartialActivity.byDemande(all);
    }
    return new CompanyMonths(in.siren, ProcedureLabels.compute(in.procedures, calendar), effectifEntreprise,
        Financials.inForce(in.bdfSheets, calendar), Financials.inForce(in.dianeSheets, calendar), in.unitesLegales,
        consumed);
  }
}
