package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.read;
import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.codec.HeaderName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diane's real labels (issue 17): a real export names its columns with abbreviations and units,
 * writes company columns without a year, and varies its spacing from year to year. The labels below
 * are those of the public reference fixture and parser of the Signaux Faibles project
 * ({@code signaux-faibles/opensignauxfaibles}, {@code lib/diane/testData/dianeTestData.txt},
 * {@code lib/diane/main.go}): the 75 items it maps, each with the vigie column it must land in.
 */
class DianeLabelsTest {
  @TempDir
  Path dir;

  /** Per-year items: label of a real export (the year follows it) → column. */
  static final Map<String, String> PER_YEAR = new LinkedHashMap<>();
  /** Company items written once, without a year → column. */
  static final Map<String, String> YEARLESS = new LinkedHashMap<>();

  static {
    String[][] perYear = {
        {"Effectif consolidé", "effectif_consolide"},
        {"Dettes fiscales et sociales kEUR", "dette_fiscale_et_sociale"},
        {"Frais de R&D : net kEUR", "frais_de_r_et_d"},
        {"Conces., brev. et droits sim. : net kEUR", "conces_brev_et_droits_sim"},
        {"Date de clôture", "arrete_bilan"},
        {"Nombre de mois", "nombre_mois"},
        {"Conc. banc. cour. & sold. cr. kEUR", "concours_bancaire_courant"},
        {"Equilibre financier", "equilibre_financier"},
        {"Indépendance fin. %", "independance_financiere"},
        {"Endettement %", "endettement"},
        {"Autonomie fin. %", "autonomie_financiere"},
        {"Degré d'amort. des immob. corp. %", "degre_immo_corporelle"},
        {"Financ. de l'actif circ. net", "financement_actif_circulant"},
        {"Liquidité générale", "liquidite_generale"},
        {"Liquidité réduite", "liquidite_reduite"},
        {"Rotation des stocks jours", "rotation_stocks"},
        {"Crédit clients jours", "credit_client"},
        {"Crédit fournisseurs jours", "credit_fournisseur"},
        {"C. A. par effectif (milliers/pers.) kEUR", "ca_par_effectif"},
        {"Taux d'intérêt financier %", "taux_interet_financier"},
        {"Intérêts / Chiffre d'affaires %", "taux_interet_sur_ca"},
        {"Endettement global jours", "endettement_global"},
        {"Taux d'endettement %", "taux_endettement"},
        {"Capacité de remboursement", "capacite_remboursement"},
        {"Capacité d'autofin. %", "capacite_autofinancement"},
        {"Couv. du C.A. par le f.d.r. jours", "couverture_ca_fdr"},
        {"Couv. du C.A. par bes. en fdr jours", "couverture_ca_besoin_fdr"},
        {"Poids des BFR d'exploitation %", "poids_bfr_exploitation"},
        {"Exportation %", "exportation"},
        {"Efficacité économique (milliers/pers.) kEUR", "efficacite_economique"},
        {"Prod. du potentiel de production", "productivite_potentiel_production"},
        {"Productivité du capital financier", "productivite_capital_financier"},
        {"Productivité du capital investi", "productivite_capital_investi"},
        {"Taux d'invest. productif %", "taux_d_investissement_productif"},
        {"Rentabilité économique %", "rentabilite_economique"},
        {"Performance %", "performance"},
        {"Rend. brut des f. propres nets %", "rendement_brut_fonds_propres"},
        {"Rentabilité nette %", "rentabilite_nette"},
        {"Rend. des capitaux propres nets %", "rendement_capitaux_propres"},
        {"Rend. des res. durables nettes %", "rendement_ressources_durables"},
        {"Taux de marge commerciale %", "taux_marge_commerciale"},
        {"Taux de valeur ajoutée %", "taux_valeur_ajoutee"},
        {"Part des salariés %", "part_salaries"},
        {"Part de l'Etat %", "part_etat"},
        {"Part des prêteurs %", "part_preteur"},
        {"Part de l'autofin. %", "part_autofinancement"},
        {"Chiffre d'affaires net (H.T.) kEUR", "ca"},
        {"Dont exportation kEUR", "ca_exportation"},
        {"Achats march. et autres approv. kEUR", "achat_marchandises"},
        {"Achats de mat. prem. et autres approv. kEUR", "achat_matieres_premieres"},
        {"Production de l'ex. kEUR", "production"},
        {"Marge commerciale kEUR", "marge_commerciale"},
        {"Consommation de l'ex. kEUR", "consommation"},
        {"Autres achats et charges externes kEUR", "autres_achats_charges_externes"},
        {"Valeur ajoutée kEUR", "valeur_ajoutee"},
        {"Charges de personnel kEUR", "charge_personnel"},
        {"Impôts, taxes et vers. assimil. kEUR", "impots_taxes"},
        {"Subventions d'expl. kEUR", "subventions_d_exploitation"},
        {"Excédent brut d'exploitation kEUR", "excedent_brut_d_exploitation"},
        {"Autres Prod., char. et Repr. kEUR", "autres_produits_charges_reprises"},
        {"Dot. d'exploit. aux amort. et  prov. kEUR", "dotation_amortissement"}, // two spaces, as exported
        {"Résultat d'expl. kEUR", "resultat_expl"},
        {"Opérations en commun kEUR", "operations_commun"},
        {"Produits fin. kEUR", "produits_financiers"},
        {"Charges fin. kEUR", "charges_financieres"},
        {"Intérêts et charges assimilées kEUR", "interets"},
        {"Résultat courant avant impôts kEUR", "resultat_avant_impot"},
        {"Produits except. kEUR", "produit_exceptionnel"},
        {"Charges except. kEUR", "charge_exceptionnelle"},
        {"Particip. des sal. aux résul. kEUR", "participation_salaries"},
        {"Impôts sur le bénéf. et impôts diff. kEUR", "impot_benefice"},
        {"Bénéfice ou perte kEUR", "benefice_ou_perte"}};
    for (String[] p : perYear) PER_YEAR.put(p[0], p[1]);
    YEARLESS.put("Nombre d’ES", "nombre_etab_secondaire"); // a curly apostrophe
    YEARLESS.put("Nombre de filiales", "nombre_filiale");
    YEARLESS.put("Taille de la Composition du Groupe", "taille_compo_groupe");
  }

  @Test
  void theReferenceListHas75Items() {
    assertThat(PER_YEAR.size() + YEARLESS.size()).isEqualTo(75);
  }

  /** The value written for a per-year item: its position and the year, e.g. "12,7" for item 12 in 2017. */
  private static String cell(int item, String column, int year) {
    if (column.equals("arrete_bilan")) return "31/12/" + year;
    if (column.equals("nombre_mois")) return "12";
    return (item + 1) + "," + (year % 10);
  }

  /** A spacing variant Diane exports have for some years: a doubled space after the first dot or word. */
  private static String respaced(String label) {
    int dot = label.indexOf(". ");
    return dot >= 0 ? label.substring(0, dot) + ".  " + label.substring(dot + 2) : label.replaceFirst(" ", "  ");
  }

  @Test
  void everyItemOfARealExportIsReadUnderItsAbbreviatedLabelAndYearlessColumnsApplyToEveryYear() {
    List<String> header = new ArrayList<>(List.of("Marquée", "Nom de l'entreprise", "Numéro Siren",
        "Statut juridique ", "Procédure collective"));
    List<String> values = new ArrayList<>(List.of("", "ACME", "123456789", "SAS", "Non"));
    int[] years = {2017, 2016};
    for (int year : years) {
      int i = 0;
      for (String label : PER_YEAR.keySet()) {
        header.add((year == 2016 ? respaced(label) : label) + " " + year);
        values.add(cell(i++, PER_YEAR.get(label), year));
      }
      if (year == 2017) {
        header.addAll(YEARLESS.keySet());
        values.addAll(List.of("3", "5", "4"));
        header.add("Dernière année disponible");
        values.add("2017");
        header.add("Achats de march. kEUR 2017"); // known, deliberately not read
        values.add("999");
        header.add("Variation de stock   kEUR 2017"); // no item: a warning, never silence
        values.add("7");
      }
    }
    String text = "\uFEFF" + quoted(header) + "\r\n" + quoted(values) + "\r\n";
    Path file = write(dir, "Diane_export.txt", text, StandardCharsets.UTF_16LE, false);

    SourceRead read = read(new Diane(), file);
    assertThat(ReaderHarness.quarantine(read)).isEmpty();
    assertThat(read.columnWarnings().get(file.toString()))
        .as("the one label with a year that names nothing, spacing tidied; Achats de march. and Marquée known")
        .containsExactly("unknown_column:Variation de stock kEUR");

    List<Row> rows = read.rows().orderBy("annee").collectAsList();
    assertThat(rows).as("one row per fiscal year").hasSize(2);
    for (Row row : rows) {
      int year = row.getInt(row.fieldIndex("annee"));
      int i = 0;
      for (Map.Entry<String, String> item : PER_YEAR.entrySet()) {
        String column = item.getValue();
        Object actual = row.get(row.fieldIndex(column));
        String expected = cell(i++, column, year);
        String label = item.getKey() + " " + year;
        assertThat(actual).as(label + " → " + column).isNotNull();
        if (column.equals("arrete_bilan")) {
          assertThat(actual.toString()).as(label).isEqualTo(year + "-12-31");
        } else {
          assertThat(((Number) actual).doubleValue()).as(label + " → " + column)
              .isEqualTo(Double.parseDouble(expected.replace(',', '.')));
        }
      }
      Map<String, Double> yearless = Map.of("nombre_etab_secondaire", 3.0, "nombre_filiale", 5.0,
          "taille_compo_groupe", 4.0);
      yearless.forEach((column, value) -> assertThat(((Number) row.get(row.fieldIndex(column))).doubleValue())
          .as(column + " (no year in the export) applies to " + year).isEqualTo(value));
      assertThat(row.getString(row.fieldIndex("statut_juridique"))).isEqualTo("SAS");
      assertThat(row.getBoolean(row.fieldIndex("procedure_collective"))).isFalse();
    }
  }

  @Test
  void aYearlessValueAloneIsNoBalanceSheet() {
    String text = "\uFEFF" + quoted(List.of("Numéro Siren", "Nombre de filiales", "Date de clôture 2017",
        "Chiffre d'affaires net (H.T.) kEUR 2017", "Date de clôture 2016", "Chiffre d'affaires net (H.T.) kEUR 2016"))
        + "\n" + quoted(List.of("123456789", "5", "31/12/2017", "100", "", "")) + "\n";
    SourceRead read = read(new Diane(), write(dir, "Diane.txt", text, StandardCharsets.UTF_16LE, false));
    assertThat(ReaderHarness.rows(read.rows(), "annee", "nombre_filiale", "ca"))
        .as("2016 has no sheet: the company's number of subsidiaries does not make one").containsExactly("2017|5.0|100.0");
  }

  @Test
  void aFlatExportIsReadUnderAbbreviatedLabelsToo() {
    String text = quoted(List.of("Annee", "Numéro Siren", "Date de clôture", "Charges fin. kEUR",
        "Excédent brut d'exploitation kEUR", "Nombre d’ES")) + "\n"
        + quoted(List.of("2017", "123456789", "31/12/2017", "12,5", "100", "2")) + "\n";
    SourceRead read = read(new Diane(), write(dir, "diane_flat.csv", text, StandardCharsets.UTF_16LE, false));
    assertThat(ReaderHarness.rows(read.rows(), "annee", "charges_financieres", "excedent_brut_d_exploitation",
        "nombre_etab_secondaire")).containsExactly("2017|12.5|100.0|2.0");
  }

  @Test
  void everyLabelNamesOneItemOnly() {
    Map<String, String> owner = new HashMap<>();
    List<DianeItems.Item> items = new ArrayList<>(Diane.perYearItems());
    items.add(DianeItems.STATUT_JURIDIQUE);
    items.add(DianeItems.PROCEDURE_COLLECTIVE);
    for (DianeItems.Item item : items) {
      for (String name : item.headers()) {
        String previous = owner.putIfAbsent(name, item.column());
        assertThat(previous).as("'%s' names both %s and %s", name, previous, item.column()).isNull();
      }
    }
    for (String label : DianeItems.NOT_READ) {
      assertThat(owner).as("a column not read is no item's label: " + label).doesNotContainKey(HeaderName.canonical(label));
    }
  }

  private static String quoted(List<String> cells) {
    return String.join(";", cells.stream().map(c -> "\"" + c + "\"").toList());
  }
}
