package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.accounts;
import static fr.vigie.source.ReaderHarness.copy;
import static fr.vigie.source.ReaderHarness.quarantine;
import static fr.vigie.source.ReaderHarness.read;
import static fr.vigie.source.ReaderHarness.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account table and the compte-only URSSAF files, on fixtures in the real format (inputs.md). */
class UrssafReadersTest {
  @TempDir
  Path dir;

  @Test
  void accountTableKeepsEveryValidSiretWithItsDatesAndQuarantinesTheRest() {
    SourceRead read = read(new Comptes(), copy(dir, "comptes.csv"));
    assertThat(rows(read.rows(), "compte", "siret", "siren", "date_crea_siret", "date_disp_siret")).containsExactly(
        "217000000000000001|12345678900011|123456789|2010-01-01|2018-06-30",
        "217000000000000001|12345678900029|123456789|2018-07-01|null",
        "217000000000000002|98765432100015|987654321|1999-06-12|null",
        "021700000000000004|11122233300014|111222333|2015-01-01|null",
        "217000000000000007|22233344400017|222333444|2010-01-01|2015-01-01");
    assertThat(quarantine(read)).containsExactly(
        "5|provisional_siret:5555555550001A",
        "7|invalid_date:1151301",
        "8|wrong_field_count:expected 8 got 3");
    assertIdentity(read, "comptes.csv", 8, 5, 3);
  }

  @Test
  void cotisationsAreResolvedToTheSiretOfTheirPeriodStart() {
    Resolution accounts = accounts(dir);
    SourceRead read = read(new Cotisations(), accounts, copy(dir, "cotisations.csv"));
    assertThat(rows(read.rows(), "line", "siret", "periode_debut", "periode_fin", "nb_mois", "cotis_due", "mer"))
        .as("1811 = Jan 2018, 1831 = Jul 2018 (after the move), 1820 = Q2, 1862 = the year")
        .containsExactly(
            "2|12345678900011|2018-01-01|2018-02-01|1|1200.50|1200.50",
            "3|12345678900029|2018-07-01|2018-08-01|1|300.00|100.00",
            "4|12345678900011|2018-04-01|2018-07-01|3|-68231.00|null",
            "5|98765432100015|2018-01-01|2019-01-01|12|5065.79|5065.79");
    assertThat(quarantine(read)).containsExactly(
        "6|provisional_siret:5555555550001A",
        "7|unknown_compte:217000000000000009",
        "8|no_siret_at_date:217000000000000007",
        "9|invalid_period:199904",
        "10|invalid_amount:abc");
    assertIdentity(read, "cotisations.csv", 9, 4, 5);
  }

  @Test
  void aValidSiretColumnWinsOverTheAccountTable() {
    Resolution accounts = accounts(dir);
    SourceRead read = read(new Cotisations(), accounts, copy(dir, "cotisations_siret.csv"));
    assertThat(rows(read.rows(), "line", "siret", "siren")).containsExactly(
        "2|44455566600018|444555666",
        "3|12345678900029|123456789", // provisional Siret column ignored: resolved through the compte
        "4|98765432100015|987654321");
    assertThat(read.counts(List.of(dir.resolve("cotisations_siret.csv").toString())).get(0).warningsByReason())
        .isEqualTo(Map.of("provisional_siret", 1L));
  }

  @Test
  void debitsKeepDuplicatesAndQuarantineTruncatedAndQuotedLines() {
    Resolution accounts = accounts(dir);
    SourceRead read = read(new Debits(), accounts, copy(dir, "debits.csv"));
    assertThat(rows(read.rows(), "line", "siret", "periode_debut", "num_ecn", "num_hist_ecn", "dt_trt_ecn", "mt_po",
        "mt_pp", "cd_op_ecn", "motif_ecn", "dt_immat"))
        .as("balances in centimes become exact euros; codes outside the tables are kept")
        .containsExactly(
            "2|12345678900011|2018-01-01|101|1|2018-02-20|1959.07|3000.00|1|2|2010-01-01",
            "3|12345678900011|2018-01-01|101|2|2018-03-15|959.07|1000.00|2|2|2010-01-01",
            "4|12345678900011|2018-01-01|101|2|2018-03-15|959.07|1000.00|2|2|2010-01-01",
            "5|12345678900011|2018-01-01|101|3|2018-04-21|0.00|0.00|2|2|2010-01-01",
            "11|98765432100015|2017-02-01|101|1|2018-02-20|1.00|0.00|99|88|null");
    assertThat(quarantine(read)).containsExactly(
        "6|wrong_field_count:expected 16 got 11",
        "7|unterminated_quote:column 12",
        "8|bare_quote:column 12",
        "9|invalid_period:201814",
        "10|invalid_date:1180151");
    assertIdentity(read, "debits.csv", 10, 5, 5);
  }

  @Test
  void delaisInIso88591ReadBothDateFormats() {
    Resolution accounts = accounts(dir);
    Path file = ReaderHarness.write(dir, "delais.csv", ReaderHarness.fixture("delais.csv"),
        StandardCharsets.ISO_8859_1, false);
    SourceRead read = SourceRead.read(ReaderHarness.SPARK, new Delais(), List.of(file.toString()),
        ReaderHarness.config(fr.vigie.config.SourceName.DELAIS).withEncoding("ISO-8859-1"), accounts);
    assertThat(rows(read.rows(), "line", "siret", "date_creation", "date_echeance", "duree_delai",
        "montant_global_echeancier", "denomination_premiere_ligne")).containsExactly(
            "2|12345678900011|2018-01-23|2018-07-23|181|12000.50|Société Générale d'Énergie",
            "3|12345678900029|2018-09-01|2018-12-01|91|5000.00|ACME");
    assertThat(quarantine(read)).containsExactly("4|invalid_date:31/02/2018");
  }

  @Test
  void ccsfLinesNeedFourFields() {
    Resolution accounts = accounts(dir);
    SourceRead read = read(new Ccsf(), accounts, copy(dir, "ccsf.csv"));
    assertThat(rows(read.rows(), "line", "siret", "date_traitement", "code_externe_stade")).containsExactly(
        "2|12345678900011|2018-02-03|DEBUT",
        "3|98765432100015|2016-03-18|null");
    assertThat(quarantine(read)).containsExactly("4|wrong_field_count:expected 6 got 3");
  }

  static void assertIdentity(SourceRead read, String file, long lines, long accepted, long quarantined) {
    FileCount count = read.counts(List.of(read.decoded().select("file").first().getString(0))).get(0);
    assertThat(count.file()).endsWith(file);
    assertThat(count.linesRead()).as("lines read").isEqualTo(lines);
    assertThat(count.linesAccepted()).as("accepted").isEqualTo(accepted);
    assertThat(count.linesQuarantined()).as("quarantined").isEqualTo(quarantined);
    assertThat(count.linesRead()).isEqualTo(count.linesAccepted() + count.linesQuarantined());
  }
}
