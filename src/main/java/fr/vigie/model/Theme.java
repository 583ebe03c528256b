package fr.vigie.model;

/**
 * The themes an agent reads an explanation by: every model input belongs to exactly one
 * ({@link FeatureDictionary}), and a score's TreeSHAP contributions are summed per theme
 * ({@link ThemeContributions}). The code is written to scores/; the label is for people.
 */
public enum Theme {
  DETTE_URSSAF("dette_urssaf", "Dette URSSAF"),
  COTISATIONS("cotisations", "Cotisations"),
  EFFECTIF("effectif", "Effectif"),
  ACTIVITE_PARTIELLE("activite_partielle", "Activité partielle"),
  DELAIS_CCSF("delais_ccsf", "Délais et CCSF"),
  /** Banque de France ratios and Diane balance sheets. */
  SANTE_FINANCIERE("sante_financiere", "Santé financière"),
  /** Activity (NAF), département, region, and the URSSAF open data of the territory. */
  SECTEUR_TERRITOIRE("secteur_territoire", "Secteur et territoire"),
  AGE_TAILLE("age_taille", "Âge et taille");

  private final String code;
  private final String label;

  Theme(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** snake_case, as written to scores/explications_themes. */
  public String code() {
    return code;
  }

  /** French, capitalised: « Dette URSSAF ». */
  public String label() {
    return label;
  }

  /** The theme of a code written by {@link #code()}; null when none has it. */
  public static Theme ofCode(String code) {
    for (Theme t : values()) if (t.code.equals(code)) return t;
    return null;
  }
}
