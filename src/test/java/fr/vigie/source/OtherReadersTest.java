package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.copy;
import static fr.vigie.source.ReaderHarness.fixture;
import static fr.vigie.source.ReaderHarness.quarantine;
import static fr.vigie.source.ReaderHarness.read;
import static fr.vigie.source.ReaderHarness.rows;
import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.SourceName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader but the compte-only ones, on fixtures in the real format (inputs.md). */
class OtherReadersTest {
  @TempDir
  Path dir;

  @Test
  void wideHeadcountBecomesOneRowPerPublishedMonth() {
    SourceRead read = read(new Effectif(), copy(dir, "effectif.csv"));
    assertThat(rows(read.rows(), "siret", "periode", "effectif"))
        .as("leading zeros, thousand separators, a real 0; empty months (gaps and trailing) are not rows")
        .containsExactly(
            "12345678900011|2018-01-01|89",
            "12345678900011|2018-02-01|90",
            "98765432100015|2018-01-01|0",
            "98765432100015|2018-02-01|1234",
            "98765432100015|2018-03-01|12",
            "00000001234567|2018-01-01|3",
            "00000001234567|2018-03-01|4");
    assertThat(quarantine(read)).containsExactly("4|provisional_siret:5555555550001A", "6|invalid_headcount:n/a");
    UrssafReadersTest.assertIdentity(read, "effectif.csv", 5, 3, 2);
  }

  @Test
  void companyHeadcountIsKeyedBySiren() {
    SourceRead read = read(new EffectifEntreprise(), copy(dir, "effectif_entreprise.csv"));
    assertThat(rows(read.rows(), "siren", "periode", "effectif")).containsExactly(
        "123456789|2018-01-01|12", "123456789|2018-02-01|13", "001234567|2018-01-01|5");
  }

  @Test
  void procolsSplitNatureAndStageAndWarnWithoutNature() {
    SourceRead read = read(new Procols(), copy(dir, "procols.csv"));
    assertThat(rows(read.rows(), "siret", "siren", "date_effet", "action_procol", "stade_procol")).containsExactly(
        "12345678900011|123456789|2014-05-26|redressement|ouverture",
        "12345678900011|123456789|2017-10-04|redressement|solde_procedure",
        "98765432100015|987654321|2012-12-31|liquidation|ouverture",
        "null|555666777|2019-01-15|sauvegarde|ouverture",
        "11122233300014|111222333|2019-02-01|null|jugement_divers");
    assertThat(quarantine(read)).containsExactly("7|invalid_date:31FEB2019");
    FileCount count = read.counts(List.of(dir.resolve("procols.csv").toString())).get(0);
    assertThat(count.warningsByReason()).isEqualTo(Map.of("unknown_nature_warning", 1L));
  }

  @Test
  void apDemandesSkipBlankLinesAndReadMixedQuotingAndDateFormats() {
    SourceRead read = read(new ApDemandes(), copy(dir, "ap_demandes.csv"));
    assertThat(rows(read.rows(), "id_da", "siret", "date_statut", "date_debut", "date_fin", "hta", "mta", "eff_ent",
        "motif_recours_se")).containsExactly(
            "123456789A|12345678900011|2020-03-20|2020-03-16|2020-06-30|1000.0|8000.5|50|1",
            "987654321B|98765432100015|2020-04-15|2020-04-01|2020-04-30|300.0|null|10|null");
    assertThat(quarantine(read)).containsExactly("6|provisional_siret:1234567890001X");
    FileCount count = read.counts(List.of(dir.resolve("ap_demandes.csv").toString())).get(0);
    assertThat(count.linesBlank()).as("blank lines are skipped, counted apart").isEqualTo(2);
    assertThat(count.linesRead()).isEqualTo(3);
    assertThat(count.warningsByReason()).as("motif 9 is not a reason code").isEqualTo(Map.of("invalid_code", 1L));
  }

  @Test
  void apConsommationsNormaliseTheMonthAndLinkTheirDemande() {
    SourceRead read = read(new ApConsommations(), copy(dir, "ap_consommations.csv"));
    assertThat(rows(read.rows(), "id_demande", "siret", "mois", "heures", "montants", "effectifs")).containsExactly(
        "123456789|12345678900011|2020-03-01|120.0|960.5|10.0",
        "123456789|12345678900011|2020-04-01|200.0|1600.0|12.0");
    assertThat(quarantine(read)).containsExactly("5|invalid_amount:abc");
  }

  @Test
  void sireneGetsDepartementAndRegionFromTheCommune() {
    SourceRead read = read(new Sirene(), copy(dir, "sirene.csv"));
    assertThat(rows(read.rows(), "siret", "siren", "date_creation", "siege", "departement", "region",
        "activite_principale", "enseigne", "longitude", "latitude")).containsExactly(
            "12345678900011|123456789|2010-01-01|true|21|27|62.01Z|ACME, dijon|5.04|47.32",
            "98765432100015|987654321|1999-06-12|false|2A|94|47.11D|null|null|null",
            "55566677700019|555666777|null|true|974|04|56.10A|null|55.4|-21.1");
  }

  @Test
  void sireneUniteLegaleLeftPadsSiren() {
    SourceRead read = read(new SireneUl(), copy(dir, "sirene_ul.csv"));
    assertThat(rows(read.rows(), "siren", "categorie_juridique", "date_creation")).containsExactly(
        "123456789|5710|2010-01-01", "000012345|7210|1999-06-12");
  }

  @Test
  void banqueDeFranceSirenWithSpacesAndFrenchMonths() {
    SourceRead read = read(new Bdf(), copy(dir, "bdf.csv"));
    assertThat(rows(read.rows(), "siren", "annee_bdf", "arrete_bilan_bdf", "poids_frng", "taux_marge",
        "delai_fournisseur", "dette_fiscale", "financier_court_terme", "frais_financier")).containsExactly(
            "123456789|2017|2017-12-31|12.5|30.1|45.0|20.2|5.5|2.1",
            "123456789|2016|2016-12-31|10.0|28.0|50.0|22.0|6.0|3.0",
            "987654321|2017|2017-06-30|-5.5|null|null|null|null|null");
  }

  @Test
  void dianeWideUtf16BecomesOneRowPerFiscalYear() {
    Path file = write(dir, "Diane_export.txt", "\uFEFF" + fixture("diane.txt").replace("\n", "\r\n"),
        StandardCharsets.UTF_16LE, false);
    SourceRead read = read(new Diane(), file);
    assertThat(rows(read.rows(), "siren", "annee", "arrete_bilan", "ca", "valeur_ajoutee", "effectif_consolide"))
        .as("two fiscal years for ACME; BETA's empty 2016 is not a row; n.d. is empty").containsExactly(
            "123456789|2016|2016-12-31|1100.0|400.0|11.0",
            "123456789|2017|2017-12-31|1234.5|456.7|12.0",
            "987654321|2017|2017-06-30|null|-12.5|3.0");
    assertThat(quarantine(read)).as("a line's reason: its first bad cell, fiscal years in ascending order")
        .containsExactly("4|invalid_amount:12,5x", "5|invalid_date:2016-12-31");
  }

  @Test
  void dianeFlatExportWithAnAnneeColumn() {
    Path file = copy(dir, "diane_flat.csv");
    SourceRead read = SourceRead.read(ReaderHarness.SPARK, new Diane(), List.of(file.toString()),
        ReaderHarness.config(SourceName.DIANE).withEncoding("UTF-8"), Resolution.of(null));
    assertThat(rows(read.rows(), "siren", "annee", "arrete_bilan", "ca", "valeur_ajoutee",
        "excedent_brut_d_exploitation", "liquidite_reduite")).containsExactly(
            "123456789|2015|2015-12-31|900.5|300.0|50.0|1.2");
  }

  @Test
  void procolsRegionReadsLabelledHeadersWithBomsAndSetsCalageApart() {
    SourceRead read = read(new ProcolsRegion(), copy(dir, "procols_region.csv"));
    assertThat(rows(read.rows(), "code_region", "nature", "annee", "trimestre", "dernier_jour_du_trimestre",
        "nombre_de_procedures_brut")).containsExactly(
            "27|liquidation|2019|1|2019-03-31|120",
            "27|sauvegarde|2005|4|2005-12-31|null",
            "11|redressement|2018|4|2018-12-31|450");
    assertThat(quarantine(read)).containsExactly("3|calage_region:99");
  }

  @Test
  void autoEntrepreneursGzippedKeepDepartementCodesAsText() {
    Path file = write(dir, "ae.csv.gz", fixture("auto_entrepreneurs.csv"), StandardCharsets.UTF_8, true);
    SourceRead read = read(new AutoEntrepreneurs(), file);
    assertThat(rows(read.rows(), "code_departement", "code_region", "immatriculations", "radiations",
        "chiffres_d_affaires", "economiquement_actifs", "administrativement_actifs", "radiations_estimees"))
        .containsExactly(
            "21|27|500|300|1234567.5|4000|6000|350",
            "01|84|600|350|2345678.0|5000|7000|null",
            "2A|94|100|50|345678.0|800|1200|null");
  }
}
