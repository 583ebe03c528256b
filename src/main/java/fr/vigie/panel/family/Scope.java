package fr.vigie.panel.family;

import fr.vigie.config.ScopeConfig;

/**
 * {@code dans_perimetre} (panel.md, "Scope"): headcount at least scope.min-headcount at m (the
 * establishment's or the company's, scope.headcount-level), active in Sirene at m, a company outside
 * the excluded legal categories and activities, and not already in a collective procedure at m: true
 * exactly when every condition of the training scope holds. An unknown legal category or activity
 * does not exclude; an unknown headcount does; an unknown Sirene activity makes the flag unknown
 * unless another condition is false (three-valued logic).
 */
public final class Scope {
  private Scope() {}

  public static Boolean inScope(Integer headcount, Boolean active, String categorieJuridique, String codeNaf,
      String codeApeNiveau2, boolean enProcedure, ScopeConfig config) {
    boolean enough = headcount != null && headcount >= config.minHeadcount();
    boolean excludedCategory = false;
    if (categorieJuridique != null) {
      for (String prefix : config.excludedLegalCategoryPrefixes()) excludedCategory |= categorieJuridique.startsWith(prefix);
    }
    boolean excludedActivity = (codeNaf != null && config.excludedNafSections().contains(codeNaf))
        || (codeApeNiveau2 != null && config.excludedNafDivisions().contains(codeApeNiveau2));
    return Kleene.and(Kleene.and(enough, active), !excludedCategory && !excludedActivity && !enProcedure);
  }
}
