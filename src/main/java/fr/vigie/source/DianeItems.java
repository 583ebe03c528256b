package fr.vigie.source;

import fr.vigie.codec.HeaderName;
import fr.vigie.config.SourceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Diane items vigie reads: the seed's item name, its output column (snake_case), its full French
 * label and the abbreviated labels real Diane exports use ({@code "Production de l'ex. kEUR"} for
 * "Production de l'exercice kEUR"; the reference list is the public Signaux Faibles parser of Diane
 * exports, {@code lib/diane/main.go}). In a wide export each label is followed by the fiscal year
 * ({@code "Valeur ajoutée kEUR 2017"}); a flat export may name a column by any label, the seed name
 * or the column name. Matching is on the canonical form ({@link HeaderName}): case, accents, curly or
 * straight apostrophes, punctuation and runs of spaces do not matter, units do ({@code kEUR},
 * {@code jours}, {@code %} are part of the label). Amounts are k€.
 */
public final class DianeItems {
  private DianeItems() {}

  /** One item; {@code column} is its column in sources/diane/. */
  public record Item(String seedName, String column, String label, List<String> exportLabels) implements SourceColumn {
    public Item {
      exportLabels = List.copyOf(exportLabels);
    }

    @Override
    public SourceName source() {
      return SourceName.DIANE;
    }

    /** The header names (canonical) this item may have, without the year. */
    public List<String> headers() {
      List<String> names = new ArrayList<>();
      names.add(HeaderName.canonical(label));
      exportLabels.forEach(l -> names.add(HeaderName.canonical(l)));
      names.add(HeaderName.canonical(seedName));
      names.add(column);
      return names.stream().distinct().toList();
    }

    /** The label a real Diane export gives the item (abbreviated when Diane abbreviates it). */
    public String exportLabel() {
      return exportLabels.isEmpty() ? label : exportLabels.get(0);
    }
  }

  private static Item item(String seedName, String column, String label, String... exportLabels) {
    return new Item(seedName, column, label, List.of(exportLabels));
  }

  /** Per-year identity of a balance sheet. */
  public static final Item DATE_CLOTURE = item("ArreteBilan", "arrete_bilan", "Date de clôture");
  public static final Item NOMBRE_MOIS = item("NombreMois", "nombre_mois", "Durée de l'exercice (mois)",
      "Nombre de mois");
  public static final Item EFFECTIF = item("EffectifConsolide", "effectif_consolide", "Effectif consolidé");

  /** Company items that real exports write once, without a year; they apply to every fiscal year. */
  public static final Item NOMBRE_ETAB_SECONDAIRE = item("NombreEtabSecondaire", "nombre_etab_secondaire",
      "Nombre d'établissements secondaires", "Nombre d’ES");
  public static final Item NOMBRE_FILIALE = item("NombreFiliale", "nombre_filiale", "Nombre de filiales");
  public static final Item TAILLE_COMPO_GROUPE = item("TailleCompoGroupe", "taille_compo_groupe",
      "Taille de la composition du groupe");

  /** Company text items, without a year: the legal status and whether a collective procedure is open. */
  public static final Item STATUT_JURIDIQUE = item("StatutJuridique", "statut_juridique", "Statut juridique");
  public static final Item PROCEDURE_COLLECTIVE = item("ProcedureCollective", "procedure_collective",
      "Procédure collective");

  /** Year-less numeric items: a value given without a year applies to every fiscal year of the line. */
  public static final Set<Item> YEARLESS = Set.of(NOMBRE_ETAB_SECONDAIRE, NOMBRE_FILIALE, TAILLE_COMPO_GROUPE);

  /**
   * Columns of real exports that are known and deliberately not read, without a year or with one:
   * Diane's selection mark, the last year available (derived from the dates), and "Achats de march."
   * (purchases of goods alone; the reference parser, like vigie, takes the purchases of goods and other
   * supplies, "Achats march. et autres approv.", as {@code AchatMarchandises}).
   */
  public static final List<String> NOT_READ = List.of("Marquée", "Dernière année disponible",
      "Achats de march. kEUR");

  // the items the Banque de France ratios fall back on (BalanceSheets), named for it
  public static final Item VALEUR_AJOUTEE = item("ValeurAjoutee", "valeur_ajoutee", "Valeur ajoutée kEUR");
  public static final Item EXCEDENT_BRUT_D_EXPLOITATION = item("ExcedentBrutDExploitation",
      "excedent_brut_d_exploitation", "Excédent brut d'exploitation kEUR");
  public static final Item PRODUITS_FINANCIERS = item("ProduitsFinanciers", "produits_financiers",
      "Produits financiers kEUR", "Produits fin. kEUR");
  public static final Item CHARGES_FINANCIERES = item("ChargesFinancieres", "charges_financieres",
      "Charges financières kEUR", "Charges fin. kEUR");
  public static final Item INTERETS = item("Interets", "interets", "Intérêts et charges assimilées kEUR");
  public static final Item PRODUIT_EXCEPTIONNEL = item("ProduitExceptionnel", "produit_exceptionnel",
      "Produits exceptionnels kEUR", "Produits except. kEUR");
  public static final Item CHARGE_EXCEPTIONNELLE = item("ChargeExceptionnelle", "charge_exceptionnelle",
      "Charges exceptionnelles kEUR", "Charges except. kEUR");
  public static final Item DETTE_FISCALE_ET_SOCIALE = item("DetteFiscaleEtSociale", "dette_fiscale_et_sociale",
      "Dettes fiscales et sociales kEUR");
  public static final Item COUVERTURE_CA_FDR = item("CouvertureCaFdr", "couverture_ca_fdr",
      "Couverture du chiffre d'affaires par le fonds de roulement jours", "Couv. du C.A. par le f.d.r. jours");

  /** The numeric items, in output order. */
  public static final List<Item> AMOUNTS = List.of(
      item("CA", "ca", "Chiffre d'affaires net (H.T.) kEUR"),
      item("CAExportation", "ca_exportation", "Chiffre d'affaires à l'exportation kEUR", "Dont exportation kEUR"),
      item("AchatMarchandises", "achat_marchandises", "Achats de marchandises kEUR",
          "Achats march. et autres approv. kEUR"),
      item("AchatMatieresPremieres", "achat_matieres_premieres",
          "Achats de matières premières et autres approvisionnements kEUR",
          "Achats de mat. prem. et autres approv. kEUR"),
      item("Production", "production", "Production de l'exercice kEUR", "Production de l'ex. kEUR"),
      item("MargeCommerciale", "marge_commerciale", "Marge commerciale kEUR"),
      item("Consommation", "consommation", "Consommation de l'exercice kEUR", "Consommation de l'ex. kEUR"),
      item("AutresAchatsChargesExternes", "autres_achats_charges_externes", "Autres achats et charges externes kEUR"),
      VALEUR_AJOUTEE,
      item("ChargePersonnel", "charge_personnel", "Charges de personnel kEUR"),
      item("ImpotsTaxes", "impots_taxes", "Impôts, taxes et versements assimilés kEUR",
          "Impôts, taxes et vers. assimil. kEUR"),
      item("SubventionsDExploitation", "subventions_d_exploitation", "Subventions d'exploitation kEUR",
          "Subventions d'expl. kEUR"),
      EXCEDENT_BRUT_D_EXPLOITATION,
      item("AutresProduitsChargesReprises", "autres_produits_charges_reprises",
          "Autres produits, charges et reprises kEUR", "Autres Prod., char. et Repr. kEUR"),
      item("DotationAmortissement", "dotation_amortissement",
          "Dotations d'exploitation aux amortissements et provisions kEUR", "Dot. d'exploit. aux amort. et prov. kEUR"),
      item("ResultatExpl", "resultat_expl", "Résultat d'exploitation kEUR", "Résultat d'expl. kEUR"),
      item("OperationsCommun", "operations_commun", "Opérations en commun kEUR"),
      PRODUITS_FINANCIERS,
      CHARGES_FINANCIERES,
      INTERETS,
      item("ResultatAvantImpot", "resultat_avant_impot", "Résultat courant avant impôts kEUR"),
      PRODUIT_EXCEPTIONNEL,
      CHARGE_EXCEPTIONNELLE,
      item("ParticipationSalaries", "participation_salaries", "Participation des salariés aux résultats kEUR",
          "Particip. des sal. aux résul. kEUR"),
      item("ImpotBenefice", "impot_benefice", "Impôts sur les bénéfices et impôts différés kEUR",
          "Impôts sur le bénéf. et impôts diff. kEUR"),
      item("BeneficeOuPerte", "benefice_ou_perte", "Bénéfice ou perte kEUR"),
      DETTE_FISCALE_ET_SOCIALE,
      item("ConcoursBancaireCourant", "concours_bancaire_courant", "Concours bancaires courants kEUR",
          "Conc. banc. cour. & sold. cr. kEUR"),
      item("FraisDeRetD", "frais_de_r_et_d", "Frais de recherche et développement kEUR", "Frais de R&D : net kEUR"),
      item("ConcesBrevEtDroitsSim", "conces_brev_et_droits_sim", "Concessions, brevets et droits similaires kEUR",
          "Conces., brev. et droits sim. : net kEUR"),
      item("NotePreface", "note_preface", "Note Préface"),
      NOMBRE_ETAB_SECONDAIRE,
      NOMBRE_FILIALE,
      TAILLE_COMPO_GROUPE,
      item("EquilibreFinancier", "equilibre_financier", "Equilibre financier"),
      item("IndependanceFinanciere", "independance_financiere", "Indépendance financière %", "Indépendance fin. %"),
      item("Endettement", "endettement", "Endettement %"),
      item("AutonomieFinanciere", "autonomie_financiere", "Autonomie financière %", "Autonomie fin. %"),
      item("DegreImmoCorporelle", "degre_immo_corporelle", "Degré d'amortissement des immobilisations corporelles %",
          "Degré d'amort. des immob. corp. %"),
      item("FinancementActifCirculant", "financement_actif_circulant", "Financement de l'actif circulant net",
          "Financ. de l'actif circ. net"),
      item("LiquiditeGenerale", "liquidite_generale", "Liquidité générale"),
      item("LiquiditeReduite", "liquidite_reduite", "Liquidité réduite"),
      item("RotationStocks", "rotation_stocks", "Rotation des stocks jours"),
      item("CreditClient", "credit_client", "Crédit clients jours"),
      item("CreditFournisseur", "credit_fournisseur", "Crédit fournisseurs jours"),
      item("CAparEffectif", "ca_par_effectif", "C.A. par effectif (kEUR/pers.)",
          "C. A. par effectif (milliers/pers.) kEUR"),
      item("TauxInteretFinancier", "taux_interet_financier", "Taux d'intérêt financier %"),
      item("TauxInteretSurCA", "taux_interet_sur_ca", "Intérêts / Chiffre d'affaires %"),
      item("EndettementGlobal", "endettement_global", "Endettement global jours"),
      item("TauxEndettement", "taux_endettement", "Taux d'endettement %"),
      item("CapaciteRemboursement", "capacite_remboursement", "Capacité de remboursement"),
      item("CapaciteAutofinancement", "capacite_autofinancement", "Capacité d'autofinancement avant répartition %",
          "Capacité d'autofin. %"),
      COUVERTURE_CA_FDR,
      item("CouvertureCaBesoinFdr", "couverture_ca_besoin_fdr",
          "Couverture du chiffre d'affaires par le besoin en fonds de roulement jours",
          "Couv. du C.A. par bes. en fdr jours"),
      item("PoidsBFRExploitation", "poids_bfr_exploitation", "Poids des BFR d'exploitation %"),
      item("Exportation", "exportation", "Exportation %"),
      item("EfficaciteEconomique", "efficacite_economique", "Efficacité économique (kEUR/pers.)",
          "Efficacité économique (milliers/pers.) kEUR"),
      item("ProductivitePotentielProduction", "productivite_potentiel_production",
          "Productivité du potentiel de production", "Prod. du potentiel de production"),
      item("ProductiviteCapitalFinancier", "productivite_capital_financier", "Productivité du capital financier"),
      item("ProductiviteCapitalInvesti", "productivite_capital_investi", "Productivité du capital investi"),
      item("TauxDInvestissementProductif", "taux_d_investissement_productif", "Taux d'investissement productif %",
          "Taux d'invest. productif %"),
      item("RentabiliteEconomique", "rentabilite_economique", "Rentabilité économique %"),
      item("Performance", "performance", "Performance %"),
      item("RendementBrutFondsPropres", "rendement_brut_fonds_propres", "Rendement brut des fonds propres %",
          "Rend. brut des f. propres nets %"),
      item("RentabiliteNette", "rentabilite_nette", "Rentabilité nette %"),
      item("RendementCapitauxPropres", "rendement_capitaux_propres", "Rendement des capitaux propres %",
          "Rend. des capitaux propres nets %"),
      item("RendementRessourcesDurables", "rendement_ressources_durables", "Rendement des ressources durables %",
          "Rend. des res. durables nettes %"),
      item("TauxMargeCommerciale", "taux_marge_commerciale", "Taux de marge commerciale %"),
      item("TauxValeurAjoutee", "taux_valeur_ajoutee", "Taux de valeur ajoutée %"),
      item("PartSalaries", "part_salaries", "Part des salariés %"),
      item("PartEtat", "part_etat", "Part de l'Etat %"),
      item("PartPreteur", "part_preteur", "Part des prêteurs %"),
      item("PartAutofinancement", "part_autofinancement", "Part de l'autofinancement %", "Part de l'autofin. %"));
}
