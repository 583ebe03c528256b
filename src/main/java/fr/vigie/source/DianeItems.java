package fr.vigie.source;

import fr.vigie.codec.HeaderName;
import java.util.List;

/**
 * The Diane items vigie reads: the seed's item name, its output column (snake_case) and the French
 * label of Diane exports (wide layout: label followed by the fiscal year, e.g. "Valeur ajoutée kEUR
 * 2017"). Amounts are k€. A flat export may name a column by any of the three.
 */
public final class DianeItems {
  private DianeItems() {}

  /** One item. */
  public record Item(String seedName, String column, String label) {
    /** The header names (canonical) this item may have, without the year. */
    public List<String> headers() {
      return List.of(HeaderName.canonical(label), HeaderName.canonical(seedName), column);
    }
  }

  /** Per-year identity of a balance sheet. */
  public static final Item DATE_CLOTURE = new Item("ArreteBilan", "arrete_bilan", "Date de clôture");
  public static final Item NOMBRE_MOIS = new Item("NombreMois", "nombre_mois", "Durée de l'exercice (mois)");
  public static final Item EFFECTIF = new Item("EffectifConsolide", "effectif_consolide", "Effectif consolidé");

  /** The numeric items, in output order. */
  public static final List<Item> AMOUNTS = List.of(
      new Item("CA", "ca", "Chiffre d'affaires net (H.T.) kEUR"),
      new Item("CAExportation", "ca_exportation", "Chiffre d'affaires à l'exportation kEUR"),
      new Item("AchatMarchandises", "achat_marchandises", "Achats de marchandises kEUR"),
      new Item("AchatMatieresPremieres", "achat_matieres_premieres",
          "Achats de matières premières et autres approvisionnements kEUR"),
      new Item("Production", "production", "Production de l'exercice kEUR"),
      new Item("MargeCommerciale", "marge_commerciale", "Marge commerciale kEUR"),
      new Item("Consommation", "consommation", "Consommation de l'exercice kEUR"),
      new Item("AutresAchatsChargesExternes", "autres_achats_charges_externes",
          "Autres achats et charges externes kEUR"),
      new Item("ValeurAjoutee", "valeur_ajoutee", "Valeur ajoutée kEUR"),
      new Item("ChargePersonnel", "charge_personnel", "Charges de personnel kEUR"),
      new Item("ImpotsTaxes", "impots_taxes", "Impôts, taxes et versements assimilés kEUR"),
      new Item("SubventionsDExploitation", "subventions_d_exploitation", "Subventions d'exploitation kEUR"),
      new Item("ExcedentBrutDExploitation", "excedent_brut_d_exploitation", "Excédent brut d'exploitation kEUR"),
      new Item("AutresProduitsChargesReprises", "autres_produits_charges_reprises",
          "Autres produits, charges et reprises kEUR"),
      new Item("DotationAmortissement", "dotation_amortissement",
          "Dotations d'exploitation aux amortissements et provisions kEUR"),
      new Item("ResultatExpl", "resultat_expl", "Résultat d'exploitation kEUR"),
      new Item("OperationsCommun", "operations_commun", "Opérations en commun kEUR"),
      new Item("ProduitsFinanciers", "produits_financiers", "Produits financiers kEUR"),
      new Item("ChargesFinancieres", "charges_financieres", "Charges financières kEUR"),
      new Item("Interets", "interets", "Intérêts et charges assimilées kEUR"),
      new Item("ResultatAvantImpot", "resultat_avant_impot", "Résultat courant avant impôts kEUR"),
      new Item("ProduitExceptionnel", "produit_exceptionnel", "Produits exceptionnels kEUR"),
      new Item("ChargeExceptionnelle", "charge_exceptionnelle", "Charges exceptionnelles kEUR"),
      new Item("ParticipationSalaries", "participation_salaries", "Participation des salariés aux résultats kEUR"),
      new Item("ImpotBenefice", "impot_benefice", "Impôts sur les bénéfices et impôts différés kEUR"),
      new Item("BeneficeOuPerte", "benefice_ou_perte", "Bénéfice ou perte kEUR"),
      new Item("DetteFiscaleEtSociale", "dette_fiscale_et_sociale", "Dettes fiscales et sociales kEUR"),
      new Item("ConcoursBancaireCourant", "concours_bancaire_courant", "Concours bancaires courants kEUR"),
      new Item("FraisDeRetD", "frais_de_r_et_d", "Frais de recherche et développement kEUR"),
      new Item("ConcesBrevEtDroitsSim", "conces_brev_et_droits_sim", "Concessions, brevets et droits similaires kEUR"),
      new Item("NotePreface", "note_preface", "Note Préface"),
      new Item("NombreEtabSecondaire", "nombre_etab_secondaire", "Nombre d'établissements secondaires"),
      new Item("NombreFiliale", "nombre_filiale", "Nombre de filiales"),
      new Item("TailleCompoGroupe", "taille_compo_groupe", "Taille de la composition du groupe"),
      new Item("EquilibreFinancier", "equilibre_financier", "Equilibre financier"),
      new Item("IndependanceFinanciere", "independance_financiere", "Indépendance financière %"),
      new Item("Endettement", "endettement", "Endettement %"),
      new Item("AutonomieFinanciere", "autonomie_financiere", "Autonomie financière %"),
      new Item("DegreImmoCorporelle", "degre_immo_corporelle",
          "Degré d'amortissement des immobilisations corporelles %"),
      new Item("FinancementActifCirculant", "financement_actif_circulant", "Financement de l'actif circulant net"),
      new Item("LiquiditeGenerale", "liquidite_generale", "Liquidité générale"),
      new Item("LiquiditeReduite", "liquidite_reduite", "Liquidité réduite"),
      new Item("RotationStocks", "rotation_stocks", "Rotation des stocks jours"),
      new Item("CreditClient", "credit_client", "Crédit clients jours"),
      new Item("CreditFournisseur", "credit_fournisseur", "Crédit fournisseurs jours"),
      new Item("CAparEffectif", "ca_par_effectif", "C.A. par effectif (kEUR/pers.)"),
      new Item("TauxInteretFinancier", "taux_interet_financier", "Taux d'intérêt financier %"),
      new Item("TauxInteretSurCA", "taux_interet_sur_ca", "Intérêts / Chiffre d'affaires %"),
      new Item("EndettementGlobal", "endettement_global", "Endettement global jours"),
      new Item("TauxEndettement", "taux_endettement", "Taux d'endettement %"),
      new Item("CapaciteRemboursement", "capacite_remboursement", "Capacité de remboursement"),
      new Item("CapaciteAutofinancement", "capacite_autofinancement", "Capacité d'autofinancement avant répartition %"),
      new Item("CouvertureCaFdr", "couverture_ca_fdr", "Couverture du chiffre d'affaires par le fonds de roulement jours"),
      new Item("CouvertureCaBesoinFdr", "couverture_ca_besoin_fdr",
          "Couverture du chiffre d'affaires par le besoin en fonds de roulement jours"),
      new Item("PoidsBFRExploitation", "poids_bfr_exploitation", "Poids des BFR d'exploitation %"),
      new Item("Exportation", "exportation", "Exportation %"),
      new Item("EfficaciteEconomique", "efficacite_economique", "Efficacité économique (kEUR/pers.)"),
      new Item("ProductivitePotentielProduction", "productivite_potentiel_production",
          "Productivité du potentiel de production"),
      new Item("ProductiviteCapitalFinancier", "productivite_capital_financier", "Productivité du capital financier"),
      new Item("ProductiviteCapitalInvesti", "productivite_capital_investi", "Productivité du capital investi"),
      new Item("TauxDInvestissementProductif", "taux_d_investissement_productif", "Taux d'investissement productif %"),
      new Item("RentabiliteEconomique", "rentabilite_economique", "Rentabilité économique %"),
      new Item("Performance", "performance", "Performance %"),
      new Item("RendementBrutFondsPropres", "rendement_brut_fonds_propres", "Rendement brut des fonds propres %"),
      new Item("RentabiliteNette", "rentabilite_nette", "Rentabilité nette %"),
      new Item("RendementCapitauxPropres", "rendement_capitaux_propres", "Rendement des capitaux propres %"),
      new Item("RendementRessourcesDurables", "rendement_ressources_durables", "Rendement des ressources durables %"),
      new Item("TauxMargeCommerciale", "taux_marge_commerciale", "Taux de marge commerciale %"),
      new Item("TauxValeurAjoutee", "taux_valeur_ajoutee", "Taux de valeur ajoutée %"),
      new Item("PartSalaries", "part_salaries", "Part des salariés %"),
      new Item("PartEtat", "part_etat", "Part de l'Etat %"),
      new Item("PartPreteur", "part_preteur", "Part des prêteurs %"),
      new Item("PartAutofinancement", "part_autofinancement", "Part de l'autofinancement %"));
}
