package fr.vigie.panel;

/**
 * The column names of the panels: a contract with downstream users (panel.md). Declared once;
 * derived names follow one grammar ({@link #past}, {@link #mean}).
 */
public final class Columns {
  private Columns() {}

  // keys
  public static final String SIRET = "siret";
  public static final String SIREN = "siren";
  public static final String PERIODE = "periode";
  /** Temporary month index (year × 12 + month − 1) for calendar windows; dropped before writing. */
  public static final String MONTH = "_mi";
  /** Temporary, for the tests: whether Sirene shows the establishment active at m (a scope condition). */
  public static final String ACTIF_SIRENE = "_actif_sirene";

  // URSSAF contributions and debts
  public static final String COTISATION = "cotisation";
  /** The mean over the default window of 12 months (panel.mean-window-months): {@link #mean}. */
  public static final String COTISATION_MOY12M = "cotisation_moy12m";
  public static final String DEBT_WORKER = "montant_part_ouvriere";
  public static final String DEBT_EMPLOYER = "montant_part_patronale";
  public static final String RATIO_DETTE = "ratio_dette";
  public static final String TAG_DEBIT = "tag_debit";
  public static final String TAG_DEFAULT = "tag_default";
  public static final String INTERESSANTE_URSSAF = "interessante_urssaf";
  public static final String DETTE_PAR_EFFECTIF = "dette_par_effectif";

  // headcount
  public static final String EFFECTIF = "effectif";
  public static final String EFFECTIF_REPORTE = "effectif_reporte";
  public static final String EFFECTIF_VARIATION_12M = "effectif_variation_12m";
  public static final String EFFECTIF_ENTREPRISE = "effectif_entreprise";

  // activité partielle
  public static final String APART_AUTORISEES = "apart_heures_autorisees";
  public static final String APART_CONSOMMEES = "apart_heures_consommees";
  public static final String APART_CUMULEES = "apart_heures_consommees_cumulees";
  public static final String APART_MOTIF = "apart_motif_recours";
  public static final String RATIO_APART = "ratio_apart";

  // délais and CCSF
  public static final String DELAI_JOURS_TOTAL = "delai_nb_jours_total";
  public static final String DELAI_MONTANT = "delai_montant_echeancier";
  public static final String DELAI_JOURS_RESTANTS = "delai_nb_jours_restants";
  public static final String DELAI_DEVIATION = "delai_deviation_remboursement";
  public static final String CCSF_MOIS_DEPUIS = "ccsf_mois_depuis";

  // Sirene
  public static final String CODE_APE = "code_ape";
  public static final String CODE_NAF = "code_naf";
  public static final String CODE_APE_NIVEAU2 = "code_ape_niveau2";
  public static final String DEPARTEMENT = "departement";
  public static final String REGION = "region";
  public static final String SIEGE = "siege";
  public static final String AGE = "age";
  public static final String AGE_ENTREPRISE = "age_entreprise";
  public static final String CATEGORIE_JURIDIQUE = "categorie_juridique";

  // regional and departmental context
  public static final String REGION_PROCOL_PREFIX = "region_procol_";
  public static final String REGION_PROCOL_VARIATION = "region_procol_variation_annuelle";
  public static final String AE_IMMATRICULATIONS = "departement_ae_immatriculations";
  public static final String AE_RADIATIONS = "departement_ae_radiations";
  public static final String AE_PART_ACTIFS = "departement_ae_part_actifs_economiques";
  public static final String AE_CA_MOYEN = "departement_ae_ca_moyen";
  public static final String AE_VARIATION = "departement_ae_variation_annuelle";

  // scope and company panel
  public static final String DANS_PERIMETRE = "dans_perimetre";
  public static final String NB_ETABLISSEMENTS = "nb_etablissements";

  /** montant_part_ouvriere_past_12 */
  public static String past(String base, int months) {
    return base + "_past_" + months;
  }

  /** cotisation_moy12m */
  public static String mean(String base, int months) {
    return base + "_moy" + months + "m";
  }

  /** dette_par_effectif_diff3m */
  public static String diff(String base, int months) {
    return base + "_diff" + months + "m";
  }
}
