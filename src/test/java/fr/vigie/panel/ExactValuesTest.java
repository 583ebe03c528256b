package fr.vigie.panel;

import static fr.vigie.panel.PanelWorld.HEADER_AP_CONSOMMATIONS;
import static fr.vigie.panel.PanelWorld.HEADER_AP_DEMANDES;
import static fr.vigie.panel.PanelWorld.HEADER_COMPTES;
import static fr.vigie.panel.PanelWorld.HEADER_COTISATIONS;
import static fr.vigie.panel.PanelWorld.HEADER_DEBITS;
import static fr.vigie.panel.PanelWorld.aamj;
import static fr.vigie.panel.PanelWorld.longMonth;
import static fr.vigie.panel.PanelWorld.shortMonth;
import static fr.vigie.panel.PanelWorld.shortQuarter;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.SourceName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * panel.md's exact-value rules on hand-made inputs: money summed as whole centimes (a repaid debt is
 * exactly 0), a line delivered twice counted once, and yearly cotisation records ({@code AA62}). Each
 * expected value is computed by hand in the comments. Calendar 2019-01 .. 2020-12, default delays.
 */
class ExactValuesTest {
  static final YearMonth START = YearMonth.of(2019, 1);
  static final YearMonth END = YearMonth.of(2020, 12);

  static final String K = "91111111100011"; // three ECNs all repaid in April 2019
  static final String L = "92222222200011"; // a cotisation line delivered twice
  static final String M = "93333333300011"; // monthly payer with a yearly regularisation
  static final String N = "94444444400011"; // quarterly payer who stops after Q1 2020, with a yearly record
  static final String P = "95555555500011"; // only yearly records
  static final String R = "96666666600011"; // a yearly record, then monthly records from June 2019
  static final String Q = "97777777700011"; // activité partielle lines delivered twice

  static Map<String, Row> panel;
  static Map<String, Row> companies;

  static String compte(int n) {
    return String.format("1170000000000000%02d", n);
  }

  static String cotisation(int compte, String periode, String amount) {
    return "117;21;" + compte(compte) + ";" + periode + ";;;" + amount;
  }

  static String debit(int compte, String periode, int ecn, int hist, String date, long po, long pp) {
    return "117;21;" + compte(compte) + ";;1100101;1;0;" + periode + ";" + ecn + ";" + hist + ";" + date + ";" + po + ";"
        + pp + ";1;2;N";
  }

  static PanelWorld world() {
    PanelWorld w = new PanelWorld(START, END);
    w.add(SourceName.COMPTES, HEADER_COMPTES,
        "117;21;" + compte(11) + ";1;911111111;" + K + ";1100101;",
        "117;21;" + compte(12) + ";1;922222222;" + L + ";1100101;",
        "117;21;" + compte(13) + ";1;933333333;" + M + ";1100101;",
        "117;21;" + compte(14) + ";1;944444444;" + N + ";1100101;",
        "117;21;" + compte(15) + ";1;955555555;" + P + ";1100101;",
        "117;21;" + compte(16) + ";1;966666666;" + R + ";1100101;",
        "117;21;" + compte(17) + ";1;977777777;" + Q + ";1100101;");
    List<String> cotisations = new ArrayList<>();
    for (YearMonth m = START; m.isBefore(END); m = m.plusMonths(1)) {
      String p = shortMonth(m.getYear(), m.getMonthValue());
      cotisations.add(cotisation(12, p, "1000"));
      // the same line delivered twice: May 2019
      if (m.equals(YearMonth.of(2019, 5))) cotisations.add(cotisation(12, p, "1000"));
      if (!m.isBefore(YearMonth.of(2019, 6))) cotisations.add(cotisation(16, p, "500"));
    }
    for (YearMonth m = YearMonth.of(2018, 12); m.isBefore(END); m = m.plusMonths(1)) {
      cotisations.add(cotisation(13, shortMonth(m.getYear(), m.getMonthValue()), "100"));
    }
    cotisations.add(cotisation(13, "1962", "-1200")); // 2019's regularisation: -100 a month
    for (int[] q : new int[][] {{2019, 1}, {2019, 2}, {2019, 3}, {2019, 4}, {2020, 1}}) {
      cotisations.add(cotisation(14, shortQuarter(q[0], q[1]), "3000"));
    }
    cotisations.add(cotisation(14, "1962", "-1200"));
    cotisations.add(cotisation(15, "1862", "12000"));
    cotisations.add(cotisation(15, "1962", "24000"));
    cotisations.add(cotisation(16, "1862", "12000"));
    cotisations.add(cotisation(17, shortMonth(2020, 4), "700")); // puts Q in the panel
    w.add(SourceName.COTISATIONS, HEADER_COTISATIONS, cotisations.toArray(String[]::new));
    // K: amounts whose running sum in binary floating point is left at +1.46e-11 once all are repaid,
    // whatever order the changes are added in (checked for every order)
    w.add(SourceName.DEBITS, HEADER_DEBITS,
        debit(11, longMonth(2019, 1), 1, 1, aamj(2019, 2, 10), 6626387, 0),
        debit(11, longMonth(2019, 1), 1, 2, aamj(2019, 4, 10), 0, 0),
        debit(11, longMonth(2019, 1), 2, 1, aamj(2019, 2, 10), 763496, 0),
        debit(11, longMonth(2019, 1), 2, 2, aamj(2019, 3, 10), 839814, 0),
        debit(11, longMonth(2019, 1), 2, 3, aamj(2019, 4, 10), 0, 0),
        debit(11, longMonth(2019, 2), 3, 1, aamj(2019, 3, 10), 75617, 0),
        debit(11, longMonth(2019, 2), 3, 2, aamj(2019, 4, 10), 0, 0));
    w.add(SourceName.AP_DEMANDES, HEADER_AP_DEMANDES,
        // 310 h over 2020-05-01 .. 2020-05-31, the line delivered twice
        "970000001A," + Q + ",50,20,2020-05-02,2020-05-01,2020-05-31,310,5000,20,1,1,,,,0",
        "970000001A," + Q + ",50,20,2020-05-02,2020-05-01,2020-05-31,310,5000,20,1,1,,,,0");
    w.add(SourceName.AP_CONSOMMATIONS, HEADER_AP_CONSOMMATIONS,
        "970000001A01," + Q + ",100,800,10,2020-05-01",
        "970000001A01," + Q + ",100,800,10,2020-05-01");
    return w;
  }

  @BeforeAll
  static void build() throws Exception {
    Path input = Files.createTempDirectory("vigie-exact-values");
    input.toFile().deleteOnExit();
    PanelWorld world = world();
    Map<SourceName, Dataset<Row>> sources = world.read(input);
    PanelBuilder.Plan plan = PanelBuilder.plan(new PanelInputs(PanelWorld.SPARK, world.config(),
        new EnumMap<>(sources), Months.index(START), Months.index(END)), false);
    panel = PanelRulesTest.index(plan.pass().establishments(PanelWorld.SPARK, null));
    companies = new HashMap<>();
    for (Row row : plan.pass().companies(PanelWorld.SPARK, null).collectAsList()) {
      companies.put(row.getAs(Columns.SIREN) + "|" + row.getAs(Columns.PERIODE).toString().substring(0, 7), row);
    }
  }

  static Object v(String siret, String month, String column) {
    Row row = panel.get(siret + "|" + month);
    assertThat(row).as("row " + siret + " " + month).isNotNull();
    return row.getAs(column);
  }

  static Double d(String siret, String month, String column) {
    return (Double) v(siret, month, column);
  }

  @Test
  void aRepaidDebtIsExactlyZero() {
    // Feb: 66,263.87 + 7,634.96; Mar: 66,263.87 + 8,398.14 + 756.17; from April every ECN is at 0
    assertThat(d(K, "2019-02", Columns.DEBT_WORKER)).isEqualTo(73898.83);
    assertThat(d(K, "2019-03", Columns.DEBT_WORKER)).isEqualTo(75418.18);
    for (YearMonth m = YearMonth.of(2019, 4); !m.isAfter(END); m = m.plusMonths(1)) {
      assertThat(d(K, m.toString(), Columns.DEBT_WORKER)).as("debt in " + m).isEqualTo(0.0); // not -0.0 either
      assertThat(d(K, m.toString(), Columns.DEBT_EMPLOYER)).as("debt in " + m).isEqualTo(0.0);
    }
    // positive in Feb and Mar: not interesting for the 6 months from each, so Feb .. Aug
    assertThat(v(K, "2019-01", Columns.INTERESSANTE_URSSAF)).isEqualTo(true);
    for (String month : List.of("2019-02", "2019-03", "2019-04", "2019-08")) {
      assertThat(v(K, month, Columns.INTERESSANTE_URSSAF)).as(month).isEqualTo(false);
    }
    for (String month : List.of("2019-09", "2020-03", "2020-12")) {
      assertThat(v(K, month, Columns.INTERESSANTE_URSSAF)).as(month).isEqualTo(true);
    }
    assertThat(d(K, "2020-01", "montant_part_ouvriere_past_12")).isEqualTo(0.0);
    // the company's sum is exact too
    assertThat((Double) companies.get("911111111|2019-06").getAs(Columns.DEBT_WORKER)).isEqualTo(0.0);
    assertThat((Double) companies.get("911111111|2019-03").getAs(Columns.DEBT_WORKER)).isEqualTo(75418.18);
  }

  @Test
  void aCotisationLineDeliveredTwiceCountsOnce() {
    assertThat(d(L, "2019-06", Columns.COTISATION)).as("May 2019").isEqualTo(1000.0);
    assertThat(d(L, "2020-01", Columns.COTISATION_MOY12M)).as("Jan .. Dec 2019").isEqualTo(1000.0);
    assertThat(d(L, "2020-06", Columns.COTISATION_MOY12M)).as("Jun 2019 .. May 2020").isEqualTo(1000.0);
  }

  @Test
  void activitePartielleLinesDeliveredTwiceCountOnce() {
    assertThat(d(Q, "2020-05", Columns.APART_AUTORISEES)).isEqualTo(310.0);
    // consumption of May, known in June
    assertThat(d(Q, "2020-06", Columns.APART_CONSOMMEES)).isEqualTo(100.0);
    assertThat(d(Q, "2020-06", Columns.APART_CUMULEES)).isEqualTo(100.0);
  }

  @Test
  void aYearlyRecordNeverMakesAMonthUnknown() {
    // M declares 100 a month; 2019's yearly record (-1200, so -100 a month) is delivered in January 2020
    for (String month : List.of("2019-02", "2019-05", "2019-09", "2019-12")) {
      assertThat(d(M, month, Columns.COTISATION)).as(month).isEqualTo(100.0);
    }
    assertThat(d(M, "2019-12", Columns.COTISATION_MOY12M)).as("Dec 2018 .. Nov 2019, the yearly not delivered yet")
        .isEqualTo(100.0);
    // row 2020-01 shows December 2019 with its twelfth: 100 - 100; the mean of 2019: (1200 - 1200) / 12
    assertThat(d(M, "2020-01", Columns.COTISATION)).isEqualTo(0.0);
    assertThat(d(M, "2020-01", Columns.COTISATION_MOY12M)).isEqualTo(0.0);
    // row 2020-02 shows January 2020; mean of Feb 2019 .. Jan 2020: (1200 - 11 x 100) / 12
    assertThat(d(M, "2020-02", Columns.COTISATION)).isEqualTo(100.0);
    assertThat(d(M, "2020-02", Columns.COTISATION_MOY12M)).isEqualTo(100.0 / 12);
    // Dec 2019 .. Nov 2020: (1200 - 100) / 12
    assertThat(d(M, "2020-12", Columns.COTISATION_MOY12M)).isEqualTo(1100.0 / 12);
  }

  @Test
  void aYearlyRecordNeverKeepsAMonthAlive() {
    // N: 3000 a quarter (1000 a month) for the four quarters of 2019 and Q1 2020, then nothing
    for (String month : List.of("2019-04", "2019-05", "2019-06")) {
      assertThat(d(N, month, Columns.COTISATION)).as(month).isEqualTo(1000.0);
    }
    // Q4 2019, delivered in January 2020 with 2019's yearly record: 1000 - 100
    for (String month : List.of("2020-01", "2020-02", "2020-03")) {
      assertThat(d(N, month, Columns.COTISATION)).as(month).isEqualTo(900.0);
    }
    assertThat(d(N, "2020-01", Columns.COTISATION_MOY12M)).isEqualTo((12000.0 - 1200) / 12);
    for (String month : List.of("2020-04", "2020-05", "2020-06")) {
      assertThat(d(N, month, Columns.COTISATION)).as(month).isEqualTo(1000.0);
    }
    // Q1 2020 has run out: blank, whatever the yearly records say
    for (String month : List.of("2020-07", "2020-09", "2020-12")) {
      assertThat(v(N, month, Columns.COTISATION)).as(month).isNull();
      assertThat(v(N, month, Columns.COTISATION_MOY12M)).as(month).isNull();
      assertThat(v(N, month, Columns.TAG_DEBIT)).as(month).isNull();
    }
  }

  @Test
  void aPayerWithOnlyYearlyRecordsHasItsYearKnownTogether() {
    // 2018: 12,000 (1,000 a month), known in January 2019 for 12 months; 2019: 24,000 from January 2020
    for (String month : List.of("2019-01", "2019-06", "2019-12")) {
      assertThat(d(P, month, Columns.COTISATION)).as(month).isEqualTo(1000.0);
      assertThat(d(P, month, Columns.COTISATION_MOY12M)).as(month).isEqualTo(1000.0);
    }
    for (String month : List.of("2020-01", "2020-12")) {
      assertThat(d(P, month, Columns.COTISATION)).as(month).isEqualTo(2000.0);
      assertThat(d(P, month, Columns.COTISATION_MOY12M)).as(month).isEqualTo(2000.0);
    }
  }

  @Test
  void monthlyRecordsTakeOverFromYearlyOnesOnceDelivered() {
    // R: 2018's yearly record (1,000 a month) until its first monthly record, June 2019's, is delivered in July
    for (String month : List.of("2019-01", "2019-06")) {
      assertThat(d(R, month, Columns.COTISATION)).as(month).isEqualTo(1000.0);
      assertThat(d(R, month, Columns.COTISATION_MOY12M)).as(month).isEqualTo(1000.0);
    }
    assertThat(d(R, "2019-07", Columns.COTISATION)).isEqualTo(500.0);
    assertThat(v(R, "2019-07", Columns.COTISATION_MOY12M)).as("Jul 2018 .. Jun 2019: one monthly month").isNull();
    assertThat(d(R, "2020-06", Columns.COTISATION_MOY12M)).as("Jun 2019 .. May 2020").isEqualTo(500.0);
  }
}
