package fr.vigie.config;

import java.util.List;

/** The training perimeter, flagged in the panel as dans_perimetre (panel.md, "Scope"). */
public record ScopeConfig(
    int minHeadcount,
    String headcountLevel,
    List<String> excludedLegalCategoryPrefixes,
    List<String> excludedNafSections,
    List<String> excludedNafDivisions) implements java.io.Serializable {

  public static final String ESTABLISHMENT = "establishment";
  public static final String COMPANY = "company";

  public ScopeConfig {
    ConfigException.check(minHeadcount >= 0, "scope.min-headcount", minHeadcount, "must not be negative");
    ConfigException.check(ESTABLISHMENT.equals(headcountLevel) || COMPANY.equals(headcountLevel),
        "scope.headcount-level", headcountLevel, "must be establishment or company");
    excludedLegalCategoryPrefixes = List.copyOf(excludedLegalCategoryPrefixes);
    excludedNafSections = List.copyOf(excludedNafSections);
    excludedNafDivisions = List.copyOf(excludedNafDivisions);
  }
}
