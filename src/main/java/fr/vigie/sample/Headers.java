package fr.vigie.sample;

import fr.vigie.source.DianeItems;
import java.time.YearMonth;
import java.util.List;

/** The headers that depend on the window: the wide effectif files and the wide Diane export. */
final class Headers {
  /** The Diane items the sample fills, in export order (labels from {@link DianeItems}). */
  static final List<DianeItems.Item> DIANE_ITEMS = List.of(DianeItems.DATE_CLOTURE, DianeItems.NOMBRE_MOIS,
      DianeItems.EFFECTIF, item("CA"), item("ValeurAjoutee"), item("ChargePersonnel"), item("ImpotsTaxes"),
      item("ExcedentBrutDExploitation"), item("DotationAmortissement"), item("ResultatExpl"),
      item("ChargesFinancieres"), item("Interets"), item("ResultatAvantImpot"), item("ImpotBenefice"),
      item("BeneficeOuPerte"), item("DetteFiscaleEtSociale"), item("ConcoursBancaireCourant"),
      item("LiquiditeGenerale"), item("LiquiditeReduite"), item("Endettement"), item("RentabiliteNette"),
      item("CapaciteAutofinancement"), item("CreditClient"), item("CreditFournisseur"));

  private Headers() {}

  private static DianeItems.Item item(String seedName) {
    return DianeItems.AMOUNTS.stream().filter(i -> i.seedName().equals(seedName)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no Diane item " + seedName));
  }

  static String effectif(YearMonth start, int months) {
    StringBuilder sb = new StringBuilder("compte;siret;rais_soc;ape_ins;dep");
    for (int u = 0; u < months; u++) sb.append(';').append(Encodings.effHeader(start.plusMonths(u)));
    return sb.append(";base;UR_EMET").toString();
  }

  static String effectifEntreprise(YearMonth start, int months) {
    StringBuilder sb = new StringBuilder("siren");
    for (int u = 0; u < months; u++) sb.append(';').append(Encodings.effHeader(start.plusMonths(u)));
    return sb.append(";rais_soc").toString();
  }

  /** Fiscal years of the Diane export, most recent first (Diane's order). */
  static int[] dianeYears(YearMonth start, int months) {
    int first = start.getYear() - 1;
    int last = start.plusMonths(months - 1).getYear();
    int[] years = new int[last - first + 1];
    for (int i = 0; i < years.length; i++) years[i] = last - i;
    return years;
  }

  /**
   * The wide Diane header. Even partitions use the abbreviated labels of real Diane exports
   * ({@code "Résultat d'expl. kEUR 2017"}), odd ones the full labels, so that a sample of one
   * partition (the demo) reads real labels and a bigger one both.
   */
  static String diane(YearMonth start, int months, int part) {
    StringBuilder sb = new StringBuilder("\"Nom de l'entreprise\";\"Numéro Siren\"");
    for (int year : dianeYears(start, months)) {
      for (DianeItems.Item item : DIANE_ITEMS) {
        String label = part % 2 == 0 ? item.exportLabel() : item.label();
        sb.append(";\"").append(label).append(' ').append(year).append('"');
      }
    }
    return sb.toString();
  }
}
