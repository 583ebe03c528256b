package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.codec.AamjDate;
import fr.vigie.codec.Centimes;
import fr.vigie.codec.Compte;
import fr.vigie.codec.CsvLine;
import fr.vigie.codec.DecimalNumber;
import fr.vigie.codec.Euros;
import fr.vigie.codec.Decoded;
import fr.vigie.codec.Departement;
import fr.vigie.codec.EffHeader;
import fr.vigie.codec.FlexibleDate;
import fr.vigie.codec.Headcount;
import fr.vigie.codec.HeaderName;
import fr.vigie.codec.ProcolLabel;
import fr.vigie.codec.Siren;
import fr.vigie.codec.Siret;
import fr.vigie.codec.SlashDate;
import fr.vigie.codec.TextMonthDate;
import fr.vigie.codec.UrssafPeriod;
import fr.vigie.codec.WholeNumber;
import fr.vigie.config.SampleConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines each writer produces, read back with the codecs, without Spark: one partition of 400
 * companies written by {@link WritePartition} with no corruption, every line split and its typed
 * fields decoded.
 */
class SampleLinesTest {
  @TempDir
  static Path dir;

  static final SampleConfig CONF = new SampleConfig(600, 72, YearMonth.of(2015, 1), 11, 0, 0.002, 0.015);

  @BeforeAll
  static void writeOnePartition() {
    Population.Plan plan = Population.plan(CONF.seed(), CONF.establishments());
    PartitionSummary summary = new WritePartition(dir.toString(), CONF, plan, 1, Map.of()).call(0);
    assertThat(summary.planted).as("no corruption asked").isEmpty();
    assertThat(summary.establishments).isEqualTo(600);
  }

  private static List<String[]> rows(SampleFile file, int minFields) throws IOException {
    Path path = dir.resolve(file.relativePath(0));
    List<String> lines = new ArrayList<>(Files.readAllLines(path, file.charset));
    String header = lines.remove(0).replace("\uFEFF", "");
    int size = CsvLine.split(header, file.separator).orNull().length;
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) continue;
      Decoded<String[]> split = CsvLine.split(line, file.separator);
      assertThat(split.isOk()).as(file + ": " + line).isTrue();
      String[] cells = split.orNull();
      assertThat(cells.length).as(file + " field count: " + line).isBetween(Math.min(minFields, size), size);
      rows.add(cells);
    }
    assertThat(rows).as(file + " has lines").isNotEmpty();
    return rows;
  }

  private static void ok(String what, Decoded<?> decoded, String raw) {
    assertThat(decoded.isOk()).as(what + " '" + raw + "' → " + decoded.reasonCode()).isTrue();
  }

  private static void each(List<String[]> rows, int column, String what, Function<String, Decoded<?>> codec) {
    for (String[] row : rows) ok(what, codec.apply(row[column]), row[column]);
  }

  @Test
  void accountTable() throws IOException {
    List<String[]> rows = rows(SampleFile.COMPTES, 8);
    each(rows, 2, "compte", Compte::decode);
    each(rows, 5, "siret", Siret::decode);
    each(rows, 6, "creation", AamjDate::decode);
    for (String[] row : rows) if (!row[7].isEmpty()) ok("closure", AamjDate.decode(row[7]), row[7]);
  }

  @Test
  void cotisations() throws IOException {
    List<String[]> rows = rows(SampleFile.COTISATIONS, 7);
    each(rows, 2, "compte", Compte::decode);
    each(rows, 3, "periode AAXY", UrssafPeriod::decodeShort);
    each(rows, 4, "mer", Euros::decode);
    each(rows, 5, "enc_direct", Euros::decode);
    each(rows, 6, "cotis_due", Euros::decode);
  }

  @Test
  void debits() throws IOException {
    List<String[]> rows = rows(SampleFile.DEBITS, 16);
    each(rows, 2, "num_cpte", Compte::decode);
    each(rows, 7, "Periode AAAAXY", UrssafPeriod::decodeLong);
    each(rows, 8, "Num_Ecn", WholeNumber::decode);
    each(rows, 9, "Num_Hist_Ecn", WholeNumber::decode);
    each(rows, 10, "Dt_trt_ecn", AamjDate::decode);
    each(rows, 11, "Mt_PO", Centimes::decode);
    each(rows, 12, "Mt_PP", Centimes::decode);
    assertThat(rows.stream().map(r -> r[13]).distinct()).as("operations").contains("1", "2");
  }

  @Test
  void delaisAndCcsf() throws IOException {
    List<String[]> delais = rows(SampleFile.DELAIS, 13);
    each(delais, 4, "Date_creation", FlexibleDate::decode);
    each(delais, 5, "Date_echeance", FlexibleDate::decode);
    each(delais, 6, "Duree_delai", WholeNumber::decode);
    each(delais, 10, "Montant", Euros::decode);
    List<String[]> ccsf = rows(SampleFile.CCSF, 4);
    each(ccsf, 3, "Date_de_traitement", AamjDate::decode);
  }

  @Test
  void effectifIsWideWithEmptyTrailingMonths() throws IOException {
    Path path = dir.resolve(SampleFile.EFFECTIF.relativePath(0));
    String header = Files.readAllLines(path).get(0);
    String[] names = header.split(";");
    assertThat(EffHeader.decode(HeaderName.canonical(names[5])).orNull()).isEqualTo(YearMonth.of(2015, 1));
    assertThat(EffHeader.decode(HeaderName.canonical(names[76])).orNull()).isEqualTo(YearMonth.of(2020, 12));
    List<String[]> rows = rows(SampleFile.EFFECTIF, 78);
    for (String[] row : rows) {
      ok("siret", Siret.decode(row[1]), row[1]);
      assertThat(row[76]).as("December 2020 is never published").isEmpty();
      for (int i = 5; i < 77; i++) if (!row[i].isEmpty()) ok("headcount", Headcount.decode(row[i]), row[i]);
    }
    rows(SampleFile.EFFECTIF_ENTREPRISE, 74).forEach(r -> ok("siren", Siren.decode(r[0]), r[0]));
  }

  @Test
  void procedures() throws IOException {
    List<String[]> rows = rows(SampleFile.PROCOLS, 5);
    each(rows, 2, "Dt_effet", TextMonthDate::decode);
    for (String[] row : rows) {
      assertThat(row[0].isEmpty() && row[1].isEmpty()).as("siret or siren").isFalse();
      if (!row[4].equals("Jugement_divers")) {
        assertThat(ProcolLabel.decode(row[4]).orNull().nature()).as(row[4]).isNotNull();
      }
    }
  }

  @Test
  void partialActivity() throws IOException {
    List<String[]> demandes = rows(SampleFile.AP_DEMANDES, 16);
    each(demandes, 1, "ETAB_SIRET", Siret::decode);
    each(demandes, 4, "DATE_STATUT", FlexibleDate::decode);
    each(demandes, 5, "DATE_DEB", FlexibleDate::decode);
    each(demandes, 6, "DATE_FIN", FlexibleDate::decode);
    each(demandes, 7, "HTA", DecimalNumber::decode);
    each(demandes, 2, "EFF_ENT", WholeNumber::decode);
    List<String[]> conso = rows(SampleFile.AP_CONSOMMATIONS, 6);
    each(conso, 5, "MOIS", FlexibleDate::decode);
    each(conso, 2, "HEURES", DecimalNumber::decode);
    for (String[] row : conso) assertThat(row[0].substring(0, 9)).isIn(demandes.stream().map(d -> d[0].substring(0, 9)).toList());
  }

  @Test
  void sireneMatchesTheOfficialDepartementTable() throws IOException {
    List<String[]> rows = rows(SampleFile.SIRENE, 17);
    for (String[] row : rows) {
      ok("siret", Siret.decode(row[2]), row[2]);
      String dep = Departement.fromCommune(row[6]).orNull();
      assertThat(Departement.region(dep)).as(row[6]).isPresent();
      assertThat(row[9]).matches("\\d\\d\\.\\d\\d[A-Z]");
    }
    rows(SampleFile.SIRENE_UL, 9).forEach(r -> ok("siren", Siren.decode(r[0]), r[0]));
  }

  @Test
  void balanceSheets() throws IOException {
    List<String[]> bdf = rows(SampleFile.BDF, 13);
    each(bdf, 0, "D1", Siren::decode);
    each(bdf, 2, "ARRETE_BILAN", TextMonthDate::decode);
    each(bdf, 8, "TX_MARGE", DecimalNumber::decode);
    byte[] bytes = Files.readAllBytes(dir.resolve(SampleFile.DIANE.relativePath(0)));
    assertThat(bytes[0] & 0xff).as("UTF-16LE byte-order mark").isEqualTo(0xFF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xFE);
    List<String[]> diane = rows(SampleFile.DIANE, 2 + 7 * Headers.DIANE_ITEMS.size());
    for (String[] row : diane) {
      ok("siren", Siren.decode(row[1]), row[1]);
      for (int i = 2; i < row.length; i++) {
        String cell = row[i];
        if (cell.isEmpty() || cell.equals("n.d.")) continue;
        ok("Diane cell", cell.contains("/") ? SlashDate.decode(cell) : DecimalNumber.decode(cell), cell);
      }
    }
    assertThat(new String(bytes, StandardCharsets.UTF_16LE)).contains("Chiffre d'affaires net (H.T.) kEUR 2016");
  }
}
