package fr.vigie.source;

import static fr.vigie.source.ReaderHarness.accounts;
import static fr.vigie.source.ReaderHarness.quarantine;
import static fr.vigie.source.ReaderHarness.read;
import static fr.vigie.source.ReaderHarness.rows;
import static fr.vigie.source.ReaderHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged deliveries read by the real readers (issue 17): nothing accepted wrong, every line counted
 * once under the number it has in the file (read = accepted + quarantined, blank apart).
 */
class DamagedFilesTest {
  private static final String COTISATIONS = "Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due\n";

  @TempDir
  Path dir;

  private Path file(String name, String text) {
    return write(dir, name, text, StandardCharsets.UTF_8, false);
  }

  private static FileCount count(SourceRead read, Path file) {
    return read.counts(List.of(file.toString())).get(0);
  }

  @Test
  void aLoneCarriageReturnDoesNotEndALine() {
    Path file = file("cotis.csv", COTISATIONS
        + "117;21;217000000000000001;1811;1;1;7188\r7,30\n"
        + "117;21;217000000000000001;1812;1;1;100\n");
    SourceRead read = read(new Cotisations(), accounts(dir), file);
    assertThat(quarantine(read)).as("7188\\r7,30 is not 7188: the codec rejects the whole value")
        .containsExactly("2|invalid_amount:7188\r7,30");
    assertThat(rows(read.rows(), "line", "cotis_due")).as("the next line keeps its number").containsExactly("3|100.00");
    FileCount count = count(read, file);
    assertThat(count.linesRead()).as("a 3-line file has 2 lines after its header").isEqualTo(2);
    assertThat(count.linesAccepted() + count.linesQuarantined()).isEqualTo(2);
  }

  @Test
  void crLfEndsALineAndItsCrIsDropped() {
    Path file = file("cotis.csv", COTISATIONS.replace("\n", "\r\n")
        + "117;21;217000000000000001;1811;1;1;7188,30\r\n"
        + "117;21;217000000000000001;1812;1;1;100\r\n");
    SourceRead read = read(new Cotisations(), accounts(dir), file);
    assertThat(quarantine(read)).isEmpty();
    assertThat(rows(read.rows(), "line", "cotis_due")).containsExactly("2|7188.30", "3|100.00");
  }

  @Test
  void aLineOfNulsAndAZeroFilledTailAreBinaryGarbageNotBlankLines() {
    Path file = file("cotis.csv", COTISATIONS
        + "117;21;217000000000000001;1811;1;1;10\n"
        + "\0\0\0\0\0\0\0\0\n"
        + "117;21;217000000000000001;1812;1;1;20\n"
        + "\n"
        + "\0".repeat(4096)); // a crashed copy: the end of the file is zeros, without a line end
    SourceRead read = read(new Cotisations(), accounts(dir), file);
    assertThat(quarantine(read)).containsExactly("3|binary_garbage:", "6|binary_garbage:");
    FileCount count = count(read, file);
    assertThat(count.linesBlank()).as("only the real blank line").isEqualTo(1);
    assertThat(count.linesRead()).isEqualTo(4);
    assertThat(count.linesAccepted()).isEqualTo(2);
    assertThat(count.quarantinedByReason()).isEqualTo(Map.of("binary_garbage", 2L));
  }

  @Test
  void aSpaceInsideANumberIsOnlyAThousandsSeparator() {
    Path file = file("cotis.csv", COTISATIONS
        + "117;21;217000000000000001;1811;1;1;12 34\n"
        + "117;21;217000000000000001;1812;1;1;1 234,5\n");
    SourceRead read = read(new Cotisations(), accounts(dir), file);
    assertThat(quarantine(read)).containsExactly("2|invalid_amount:12 34");
    assertThat(rows(read.rows(), "line", "cotis_due")).containsExactly("3|1234.50");
  }

  @Test
  void aSiretThatIsNotItsOwnSirensIsQuarantinedWhereverAFileCarriesBoth() {
    Path procols = file("pcoll.csv", "Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx\n"
        + "1234567800011;123456789;26MAY2014;PC;Redressement_ouverture\n" // 13 digits: padded into 012345678
        + "1234567800011;12345678;26MAY2014;PC;Redressement_ouverture\n" // both lost their leading zero: consistent
        + "12345678900011;;26MAY2014;PC;Redressement_ouverture\n");
    assertThat(quarantine(read(new Procols(), procols)))
        .containsExactly("2|siret_siren_mismatch:01234567800011/123456789");

    Path sirene = file("sirene.csv", "siren,nic,siret,dateCreationEtablissement,etablissementSiege,"
        + "codeCommuneEtablissement,etatAdministratifEtablissement,activitePrincipaleEtablissement\n"
        + "123456789,00011,12345678900011,2010-01-01,true,21231,A,62.01Z\n"
        + "123456789,00012,12345678900011,2010-01-01,true,21231,A,62.01Z\n"
        + "987654321,00011,12345678900011,2010-01-01,true,21231,A,62.01Z\n"
        + "123456789,11,12345678900011,2010-01-01,true,21231,A,62.01Z\n");
    assertThat(quarantine(read(new Sirene(), sirene))).as("siret = siren + nic; a nic without its zeros is padded")
        .containsExactly("3|siret_siren_mismatch:12345678900011/nic 00012",
            "4|siret_siren_mismatch:12345678900011/987654321");

    Path comptes = file("comptes.csv", "Urssaf_gestion;Dep;Compte;Etat_compte;Siren;Siret;Date_crea_siret;Date_disp_siret\n"
        + "117;21;217000000000000001;1;123456789;12345678900011;1100101;\n"
        + "117;21;217000000000000002;1;999999999;98765432100015;1100101;\n");
    assertThat(quarantine(read(new Comptes(), comptes)))
        .containsExactly("3|siret_siren_mismatch:98765432100015/999999999");

    Path debits = file("debits.csv", "Urssaf_gestion;Dep;num_cpte;Siren;Siret;Dt_immat;Etat_cpte;Cd_pro_col;Periode;"
        + "Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours\n"
        + "117;21;217000000000000001;123456789;12345678900011;20100101;1;0;201811;101;1;1180220;100;0;1;2;N\n"
        + "117;21;217000000000000001;987654321;12345678900011;20100101;1;0;201811;101;2;1180320;100;0;1;2;N\n");
    assertThat(quarantine(read(new Debits(), accounts(dir), debits)))
        .containsExactly("3|siret_siren_mismatch:12345678900011/987654321");
  }

  @Test
  void duplicateLinesAreCountedPerFileAgainstEveryEarlierLineOfTheSource() {
    String l1 = "117;21;217000000000000001;1811;1;1;10\n";
    String l2 = "117;21;217000000000000001;1812;1;1;20\n";
    String l3 = "117;21;217000000000000001;1813;1;1;30\n";
    Path a = file("a.csv", COTISATIONS + l1 + l2 + l1.replace(";10", ";\"10\"")); // same fields, other quoting
    Path b = file("b.csv", COTISATIONS + l2 + l3 + l3 + "117;21;217000000000000001;1813;1;1;31\n");
    SourceRead read = read(new Cotisations(), accounts(dir), a, b);
    List<FileCount> counts = read.counts(List.of(a.toString(), b.toString()));
    assertThat(counts.get(0).linesDuplicate()).as("a.csv: its line 4 repeats its line 2").isEqualTo(1);
    assertThat(counts.get(1).linesDuplicate()).as("b.csv: a.csv's 1812 line, and 1813 twice").isEqualTo(2);
    assertThat(counts.get(0).linesAccepted() + counts.get(1).linesAccepted()).as("duplicates stay accepted lines")
        .isEqualTo(7);
  }

  @Test
  void recordsAfterTheExtractionMonthAreQuarantinedAndHeadcountCellsDropped() {
    Path debits = file("debits.csv", "Urssaf_gestion;Dep;num_cpte;Siren;Dt_immat;Etat_cpte;Cd_pro_col;Periode;"
        + "Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours\n"
        + "117;21;217000000000000001;123456789;20100101;1;0;201811;101;1;1180220;100;0;1;2;N\n"
        + "117;21;217000000000000001;123456789;20100101;1;0;201811;101;2;1991231;0;0;1;2;N\n");
    SourceRead read = read(new Debits(), accounts(dir), debits).afterExtraction(YearMonth.of(2018, 2));
    assertThat(quarantine(read)).containsExactly("3|after_extraction:2099-12-31");

    Path effectif = file("eff.csv", "compte;siret;eff201811;eff201812;eff209943\n" // Jan, Feb 2018, Dec 2099
        + "217000000000000001;12345678900011;10;11;99\n"
        + "217000000000000002;98765432100015;5;;\n");
    SourceRead eff = read(new Effectif(), effectif).afterExtraction(YearMonth.of(2018, 2));
    assertThat(rows(eff.rows(), "siret", "periode", "effectif")).as("the 2099 cell is dropped, the line kept")
        .containsExactly("12345678900011|2018-01-01|10", "12345678900011|2018-02-01|11", "98765432100015|2018-01-01|5");
    assertThat(count(eff, effectif).warningsByReason()).isEqualTo(Map.of("after_extraction_warning", 1L));
  }
}
