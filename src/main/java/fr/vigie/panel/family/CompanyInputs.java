package fr.vigie.panel.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the files say of a company as a whole (the first part of its records): its Sirene company
 * lines, collective-procedure events, headcount file, balance sheets, and the headcount of each of
 * its establishments (needed before any establishment row: the company's headcount falls back on
 * their sum). A list is null when its source was not delivered.
 */
public final class CompanyInputs {
  public final String siren;
  public List<SireneUlLine> unitesLegales;
  public List<ProcolLine> procedures;
  /** Own month → headcount of the company file; null when not delivered. */
  public Map<Integer, Integer> effectifEntreprise;
  public List<Sheet> bdfSheets;
  public List<Sheet> dianeSheets;
  /** Siret → own month → headcount; null when the establishment file was not delivered. */
  public Map<String, Map<Integer, Integer>> effectifs;
  /** Siret → its activité partielle consumption lines; null when not delivered. */
  public Map<String, List<ApConsommation>> consommations;

  public CompanyInputs(String siren) {
    this.siren = siren;
  }

  /** Starts every list of a delivered source empty, so that "delivered, nothing for this company" reads as such. */
  public CompanyInputs delivered(boolean ul, boolean procols, boolean effectifEntreprise, boolean bdf, boolean diane,
      boolean effectif, boolean consommations) {
    if (ul) unitesLegales = new ArrayList<>();
    if (procols) procedures = new ArrayList<>();
    if (effectifEntreprise) this.effectifEntreprise = new LinkedHashMap<>();
    if (bdf) bdfSheets = new ArrayList<>();
    if (diane) dianeSheets = new ArrayList<>();
    if (effectif) effectifs = new LinkedHashMap<>();
    if (consommations) this.consommations = new LinkedHashMap<>();
    return this;
  }
}
