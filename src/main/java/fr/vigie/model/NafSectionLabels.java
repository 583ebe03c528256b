package fr.vigie.model;

import java.util.Map;

/**
 * The 21 sections of NAF rev. 2 (INSEE) by letter, the grain of {@code code_naf}: enough for an agent
 * to read the activity of an alert (« F — Construction »), without shipping the 732 sub-classes.
 */
public final class NafSectionLabels {
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("A", "Agriculture, sylviculture et pêche"),
      Map.entry("B", "Industries extractives"),
      Map.entry("C", "Industrie manufacturière"),
      Map.entry("D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné"),
      Map.entry("E", "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution"),
      Map.entry("F", "Construction"),
      Map.entry("G", "Commerce ; réparation d'automobiles et de motocycles"),
      Map.entry("H", "Transports et entreposage"),
      Map.entry("I", "Hébergement et restauration"),
      Map.entry("J", "Information et communication"),
      Map.entry("K", "Activités financières et d'assurance"),
      Map.entry("L", "Activités immobilières"),
      Map.entry("M", "Activités spécialisées, scientifiques et techniques"),
      Map.entry("N", "Activités de services administratifs et de soutien"),
      Map.entry("O", "Administration publique"),
      Map.entry("P", "Enseignement"),
      Map.entry("Q", "Santé humaine et action sociale"),
      Map.entry("R", "Arts, spectacles et activités récréatives"),
      Map.entry("S", "Autres activités de services"),
      Map.entry("T", "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant"
          + " que producteurs de biens et services pour usage propre"),
      Map.entry("U", "Activités extra-territoriales"));

  private NafSectionLabels() {}

  /** The section's label (« Construction » for F); null for an unknown or missing letter. */
  public static String label(String section) {
    return section == null ? null : LABELS.get(section.strip().toUpperCase(java.util.Locale.ROOT));
  }

  public static int size() {
    return LABELS.size();
  }
}
