package fr.vigie.model;

import fr.vigie.panel.Columns;
import fr.vigie.panel.BalanceSheets;
import fr.vigie.source.DianeItems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme, French label and unit of every panel column the model may read, defined once. Labels
 * follow the data dictionary (seed 002: « Mt_PP : montant des débits sur la part patronale » →
 * « Dette URSSAF, part patronale »; the Diane items keep the labels of the Diane exports,
 * {@link DianeItems}, without their unit).
 *
 * <p>Base columns are listed in {@link #BASES}. A derived name is themed and labelled by rule from
 * its base, so that a new lag or window needs no entry: {@code <base>_past_<n>} (n months earlier;
 * for a balance-sheet item, n fiscal years earlier), {@code <base>_moy<n>m} (mean over n months),
 * {@code <base>_diff<n>m} (change over n months, in the base's unit) and {@code
 * <base>_variation_<n>m} (relative change over n months). FeatureDictionaryTest fails when a
 * column of the panel plan has neither an entry nor a base with one.
 */
public final class FeatureDictionary {
  /** A model input as an agent reads it. */
  public record FeatureLabel(String column, Theme theme, String label, Unit unit) implements java.io.Serializable {}

  private static final Pattern PAST = Pattern.compile("(.+)_past_(\\d+)");
  private static final Pattern MEAN = Pattern.compile("(.+)_moy(\\d+)m");
  private static final Pattern DIFF = Pattern.compile("(.+)_diff(\\d+)m");
  private static final Pattern VARIATION = Pattern.compile("(.+)_variation_(\\d+)m");

  private static final Map<String, FeatureLabel> BASES = bases();

  private FeatureDictionary() {}

  /** The column's theme and label, by entry or by rule from its base; empty when neither knows it. */
  public static Optional<FeatureLabel> find(String column) {
    FeatureLabel base = BASES.get(column);
    if (base != null) return Optional.of(base);
    Matcher m;
    if ((m = PAST.matcher(column)).matches()) {
      int n = Integer.parseInt(m.group(2));
      return find(m.group(1)).map(b -> new FeatureLabel(column, b.theme(), b.label() + ", " + (b.theme()
          == Theme.SANTE_FINANCIERE ? (n == 1 ? "exercice précédent" : "il y a " + n + " exercices")
          : "il y a " + n + " mois"), b.unit()));
    }
    if ((m = MEAN.matcher(column)).matches()) {
      String months = m.group(2);
      return find(m.group(1)).map(b -> new FeatureLabel(column, b.theme(), b.label() + ", moyenne sur " + months
          + " mois", b.unit()));
    }
    if ((m = DIFF.matcher(column)).matches()) {
      String months = m.group(2);
      return find(m.group(1)).map(b -> new FeatureLabel(column, b.theme(), b.label() + ", écart sur " + months
          + " mois", b.unit()));
    }
    if ((m = VARIATION.matcher(column)).matches()) {
      String months = m.group(2);
      return find(m.group(1)).map(b -> new FeatureLabel(column, b.theme(), b.label() + ", variation sur " + months
          + " mois", Unit.SHARE));
    }
    return Optional.empty();
  }

  /** As {@link #find}, for a column the model reads: one without a theme is a programming error. */
  public static FeatureLabel of(String column) {
    return find(column).orElseThrow(() -> new IllegalArgumentException("Cannot explain the model input '" + column
        + "': it has no theme nor French label. Add it to fr.vigie.model.FeatureDictionary (or name it"
        + " <base>_past_<n>, _moy<n>m, _diff<n>m, _variation_<n>m after a column that has one)"));
  }

  private static Map<String, FeatureLabel> bases() {
    Map<String, FeatureLabel> m = new LinkedHashMap<>();
    // URSSAF debts (débits: Mt_PO, Mt_PP)
    put(m, Columns.DEBT_WORKER, Theme.DETTE_URSSAF, "Dette URSSAF, part ouvrière", Unit.EUROS);
    put(m, Columns.DEBT_EMPLOYER, Theme.DETTE_URSSAF, "Dette URSSAF, part patronale", Unit.EUROS);
    put(m, Columns.RATIO_DETTE, Theme.DETTE_URSSAF, "Dette URSSAF en mois de cotisations",
        Unit.MONTHS_OF_CONTRIBUTIONS);
    put(m, Columns.TAG_DEBIT, Theme.DETTE_URSSAF, "Dette URSSAF en cours", Unit.FLAG);
    put(m, Columns.TAG_DEFAULT, Theme.DETTE_URSSAF, "Dette URSSAF de plus d'un mois de cotisations, 3 mois de suite",
        Unit.FLAG);
    put(m, Columns.INTERESSANTE_URSSAF, Theme.DETTE_URSSAF, "Sans dette URSSAF depuis 6 mois", Unit.FLAG);
    put(m, Columns.DETTE_PAR_EFFECTIF, Theme.DETTE_URSSAF, "Dette URSSAF par salarié", Unit.EUROS);
    put(m, Columns.NB_MOIS_DETTE_12M, Theme.DETTE_URSSAF, "Mois avec une dette URSSAF sur les 12 derniers",
        Unit.MONTHS);
    put(m, Columns.RATIO_DETTE_NOUVELLE, Theme.DETTE_URSSAF, "Dette URSSAF nouvelle du mois en mois de cotisations",
        Unit.MONTHS_OF_CONTRIBUTIONS);
    put(m, "taux_remboursement", Theme.DETTE_URSSAF, "Part de la dette URSSAF remboursée dans le mois", Unit.SHARE);
    // contributions (cotisations: cotis_due)
    put(m, Columns.COTISATION, Theme.COTISATIONS, "Cotisation due", Unit.EUROS);
    put(m, Columns.TAUX_ENCAISSEMENT, Theme.COTISATIONS, "Part de la cotisation due encaissée", Unit.SHARE);
    // headcount of the establishment (effectif: effAAAAXY)
    put(m, Columns.EFFECTIF, Theme.EFFECTIF, "Effectif de l'établissement", Unit.PEOPLE);
    put(m, Columns.EFFECTIF_REPORTE, Theme.EFFECTIF, "Mois depuis le dernier effectif publié", Unit.MONTHS);
    put(m, Columns.EFFECTIF_VARIATION_12M, Theme.EFFECTIF, "Effectif, variation sur un an", Unit.SHARE);
    // activité partielle (HTA, S_HEURE_CONSOM_TOT, MOTIF_RECOURS_SE)
    put(m, Columns.APART_AUTORISEES, Theme.ACTIVITE_PARTIELLE, "Activité partielle, heures autorisées", Unit.HOURS);
    put(m, Columns.APART_CONSOMMEES, Theme.ACTIVITE_PARTIELLE, "Activité partielle, heures consommées", Unit.HOURS);
    put(m, Columns.APART_CUMULEES, Theme.ACTIVITE_PARTIELLE,
        "Activité partielle, heures consommées depuis l'autorisation", Unit.HOURS);
    put(m, Columns.APART_MOTIF, Theme.ACTIVITE_PARTIELLE, "Activité partielle, motif de recours", Unit.CODE);
    put(m, Columns.RATIO_APART, Theme.ACTIVITE_PARTIELLE, "Activité partielle, part des heures de travail",
        Unit.SHARE);
    put(m, Columns.APART_NB_MOIS_12M, Theme.ACTIVITE_PARTIELLE,
        "Mois avec des heures d'activité partielle autorisées sur les 12 derniers", Unit.MONTHS);
    // délais (Durée délai, Montant global de l'échéancier) and CCSF (Date de traitement)
    put(m, Columns.DELAI_JOURS_TOTAL, Theme.DELAIS_CCSF, "Délai de paiement, durée", Unit.DAYS);
    put(m, Columns.DELAI_MONTANT, Theme.DELAIS_CCSF, "Délai de paiement, montant de l'échéancier", Unit.EUROS);
    put(m, Columns.DELAI_JOURS_RESTANTS, Theme.DELAIS_CCSF, "Délai de paiement, jours restants", Unit.DAYS);
    put(m, Columns.DELAI_DEVIATION, Theme.DELAIS_CCSF, "Délai de paiement, retard sur l'échéancier", Unit.SHARE);
    put(m, Columns.CCSF_MOIS_DEPUIS, Theme.DELAIS_CCSF, "Mois depuis la dernière décision CCSF", Unit.MONTHS);
    put(m, Columns.DELAI_MOIS_DEPUIS, Theme.DELAIS_CCSF, "Mois depuis le dernier délai de paiement accordé",
        Unit.MONTHS);
    put(m, Columns.NB_DELAIS_12M, Theme.DELAIS_CCSF, "Délais de paiement accordés sur les 12 derniers mois",
        Unit.COUNT);
    // Sirene: activity and territory
    put(m, Columns.CODE_NAF, Theme.SECTEUR_TERRITOIRE, "Secteur d'activité (section NAF)", Unit.CATEGORY);
    put(m, Columns.CODE_APE, Theme.SECTEUR_TERRITOIRE, "Activité principale (code APE)", Unit.CATEGORY);
    put(m, Columns.CODE_APE_NIVEAU2, Theme.SECTEUR_TERRITOIRE, "Division NAF", Unit.CATEGORY);
    put(m, Columns.DEPARTEMENT, Theme.SECTEUR_TERRITOIRE, "Département", Unit.CATEGORY);
    put(m, Columns.REGION, Theme.SECTEUR_TERRITOIRE, "Région", Unit.CATEGORY);
    // Sirene: age and size
    put(m, Columns.AGE, Theme.AGE_TAILLE, "Âge de l'établissement", Unit.YEARS);
    put(m, Columns.AGE_ENTREPRISE, Theme.AGE_TAILLE, "Âge de l'entreprise", Unit.YEARS);
    put(m, Columns.SIEGE, Theme.AGE_TAILLE, "Siège de l'entreprise", Unit.FLAG);
    put(m, Columns.CATEGORIE_JURIDIQUE, Theme.AGE_TAILLE, "Catégorie juridique", Unit.CATEGORY);
    put(m, Columns.EFFECTIF_ENTREPRISE, Theme.AGE_TAILLE, "Effectif de l'entreprise", Unit.PEOPLE);
    put(m, Columns.NB_ETABLISSEMENTS, Theme.AGE_TAILLE, "Nombre d'établissements de l'entreprise", Unit.COUNT);
    // URSSAF open data of the region and the département
    put(m, Columns.REGION_PROCOL_PREFIX + "liquidation", Theme.SECTEUR_TERRITOIRE,
        "Liquidations judiciaires dans la région, dernier trimestre publié", Unit.COUNT);
    put(m, Columns.REGION_PROCOL_PREFIX + "redressement", Theme.SECTEUR_TERRITOIRE,
        "Redressements judiciaires dans la région, dernier trimestre publié", Unit.COUNT);
    put(m, Columns.REGION_PROCOL_PREFIX + "sauvegarde", Theme.SECTEUR_TERRITOIRE,
        "Procédures de sauvegarde dans la région, dernier trimestre publié", Unit.COUNT);
    put(m, Columns.REGION_PROCOL_VARIATION, Theme.SECTEUR_TERRITOIRE,
        "Procédures collectives dans la région, variation sur un an", Unit.SHARE);
    put(m, Columns.AE_IMMATRICULATIONS, Theme.SECTEUR_TERRITOIRE,
        "Immatriculations d'auto-entrepreneurs dans le département", Unit.COUNT);
    put(m, Columns.AE_RADIATIONS, Theme.SECTEUR_TERRITOIRE, "Radiations d'auto-entrepreneurs dans le département",
        Unit.COUNT);
    put(m, Columns.AE_PART_ACTIFS, Theme.SECTEUR_TERRITOIRE,
        "Part des auto-entrepreneurs économiquement actifs dans le département", Unit.SHARE);
    put(m, Columns.AE_CA_MOYEN, Theme.SECTEUR_TERRITOIRE,
        "Chiffre d'affaires moyen des auto-entrepreneurs du département", Unit.EUROS);
    put(m, Columns.AE_VARIATION, Theme.SECTEUR_TERRITOIRE, "Auto-entrepreneurs du département, variation sur un an",
        Unit.SHARE);
    // Banque de France ratios (seed 002, « Données financières de la Banque de France »)
    Theme f = Theme.SANTE_FINANCIERE;
    put(m, "poids_frng", f, "Poids du fonds de roulement net global sur le chiffre d'affaires", Unit.PERCENT);
    put(m, "taux_marge", f, "Taux de marge (EBE sur valeur ajoutée)", Unit.PERCENT);
    put(m, "delai_fournisseur", f, "Délai de paiement des fournisseurs", Unit.DAYS);
    put(m, "dette_fiscale", f, "Poids des dettes fiscales et sociales sur la valeur ajoutée", Unit.PERCENT);
    put(m, "financier_court_terme", f, "Poids du financement court terme", Unit.PERCENT);
    put(m, "frais_financier", f, "Poids des frais financiers sur l'EBE corrigé", Unit.PERCENT);
    put(m, "exercice_bdf", f, "Exercice Banque de France utilisé", Unit.CATEGORY);
    put(m, "exercice_diane", f, "Exercice Diane utilisé", Unit.CATEGORY);
    // Diane items, with their export labels
    put(m, DianeItems.EFFECTIF.column(), f, "Effectif consolidé (Diane)", Unit.PEOPLE);
    for (DianeItems.Item item : DianeItems.AMOUNTS) put(m, item.column(), f, dianeLabel(item), dianeUnit(item));
    for (String ratio : BalanceSheets.BDF) {
      if (!m.containsKey(ratio)) throw new IllegalStateException("no label for the Banque de France ratio " + ratio);
    }
    return m;
  }

  private static void put(Map<String, FeatureLabel> m, String column, Theme theme, String label, Unit unit) {
    if (m.put(column, new FeatureLabel(column, theme, label, unit)) != null) {
      throw new IllegalStateException("two entries for " + column); // one theme per input
    }
  }

  /** « Chiffre d'affaires net (H.T.) kEUR » → « Chiffre d'affaires net (H.T.) »; « Endettement % » → « Endettement ». */
  static String dianeLabel(DianeItems.Item item) {
    return item.label().replaceAll("\\s*\\((kEUR/pers\\.)\\)$", "").replaceAll("\\s+(kEUR|%|jours)$", "").strip();
  }

  static Unit dianeUnit(DianeItems.Item item) {
    String label = item.label();
    if (label.endsWith("kEUR") || label.endsWith("(kEUR/pers.)")) return Unit.KEUROS;
    if (label.endsWith("%")) return Unit.PERCENT;
    if (label.endsWith("jours")) return Unit.DAYS;
    if (label.startsWith("Nombre") || label.startsWith("Taille")) return Unit.COUNT;
    return Unit.RATIO;
  }
}
