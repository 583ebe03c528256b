package fr.vigie.panel;

import static fr.vigie.panel.PanelWorld.HEADER_AP_CONSOMMATIONS;
import static fr.vigie.panel.PanelWorld.HEADER_AP_DEMANDES;
import static fr.vigie.panel.PanelWorld.HEADER_AUTO_ENTREPRENEURS;
import static fr.vigie.panel.PanelWorld.HEADER_BDF;
import static fr.vigie.panel.PanelWorld.HEADER_CCSF;
import static fr.vigie.panel.PanelWorld.HEADER_COMPTES;
import static fr.vigie.panel.PanelWorld.HEADER_COTISATIONS;
import static fr.vigie.panel.PanelWorld.HEADER_DEBITS;
import static fr.vigie.panel.PanelWorld.HEADER_DELAIS;
import static fr.vigie.panel.PanelWorld.HEADER_PROCOLS_REGION;
import static fr.vigie.panel.PanelWorld.HEADER_SIRENE;
import static fr.vigie.panel.PanelWorld.HEADER_SIRENE_UL;
import static fr.vigie.panel.PanelWorld.aamj;
import static fr.vigie.panel.PanelWorld.effHeader;
import static fr.vigie.panel.PanelWorld.longMonth;
import static fr.vigie.panel.PanelWorld.shortMonth;
import static fr.vigie.panel.PanelWorld.shortQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.config.SourceName;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of panel.md on hand-made inputs in the raw formats, each expected value computed by hand
 * (the comments show the arithmetic). Calendar 2019-01 .. 2020-12; default delays (cotisations 1
 * month, débits 0, effectif 3, AP consumption 1, balance sheets usable closing + 8 .. + 20).
 */
class PanelRulesTest {
  static final YearMonth START = YearMonth.of(2019, 1);
  static final YearMonth END = YearMonth.of(2020, 12);

  // establishments and their accounts
  static final String A = "11111111100011"; // monthly payer; debt cases
  static final String B = "22222222200011"; // quarterly payer
  static final String C = "33333333300011"; // a month missing in the cotisations
  static final String D1 = "44444444400011"; // account 4 until 2019-06-30
  static final String D2 = "44444444400029"; // account 4 from 2019-07-01
  static final String E = "55555555500011"; // ratios and tags
  static final String F1 = "66666666600011"; // headcount, Sirene, balance sheets, open data
  static final String F2 = "66666666600029";
  static final String G = "12121212100011"; // contributions of zero
  static final String H = "77777777700011"; // activité partielle
  static final String J = "88888888800011"; // délais, CCSF

  static Map<String, Row> panel;

  static String compte(int n) {
    return String.format("1170000000000000%02d", n);
  }

  static PanelWorld world() {
    // a horizon of 6 months, so that labels are known on 18 of the 24 months
    PanelWorld w = new PanelWorld(START, END).set("labels.horizon-months=6");
    w.add(SourceName.COMPTES, HEADER_COMPTES,
        "117;21;" + compte(1) + ";1;111111111;" + A + ";1100101;",
        "117;21;" + compte(2) + ";1;222222222;" + B + ";1100101;",
        "117;21;" + compte(3) + ";1;333333333;" + C + ";1100101;",
        "117;21;" + compte(4) + ";1;444444444;" + D1 + ";1100101;1190701",
        "117;21;" + compte(4) + ";1;444444444;" + D2 + ";1190701;",
        "117;21;" + compte(5) + ";1;555555555;" + E + ";1100101;",
        "117;21;" + compte(6) + ";1;121212121;" + G + ";1100101;",
        "117;21;" + compte(8) + ";1;888888888;" + J + ";1100101;");
    // cotisations: A, C, E, G monthly from 2019-01 to 2020-11 (C without 2019-06); B quarterly
    List<String> cotisations = new ArrayList<>();
    for (YearMonth m = START; m.isBefore(END); m = m.plusMonths(1)) {
      String p = shortMonth(m.getYear(), m.getMonthValue());
      cotisations.add("117;21;" + compte(1) + ";" + p + ";1000;0;1000");
      if (!m.equals(YearMonth.of(2019, 6))) cotisations.add("117;21;" + compte(3) + ";" + p + ";500;0;500");
      cotisations.add("117;21;" + compte(5) + ";" + p + ";100;0;100");
      cotisations.add("117;21;" + compte(6) + ";" + p + ";0;0;0");
    }
    for (int[] q : new int[][] {{2019, 1}, {2019, 2}, {2019, 3}, {2019, 4}, {2020, 1}, {2020, 2}, {2020, 3}}) {
      cotisations.add("117;21;" + compte(2) + ";" + shortQuarter(q[0], q[1]) + ";3000;0;3000");
    }
    w.add(SourceName.COTISATIONS, HEADER_COTISATIONS, cotisations.toArray(String[]::new));
    w.add(SourceName.DEBITS, HEADER_DEBITS,
        // A, ECN 1: paid back in three operations
        debit(1, longMonth(2019, 1), 1, 1, aamj(2019, 2, 10), 30000, 60000),
        debit(1, longMonth(2019, 1), 1, 2, aamj(2019, 3, 5), 20000, 40000),
        debit(1, longMonth(2019, 1), 1, 3, aamj(2019, 4, 15), 10000, 20000),
        debit(1, longMonth(2019, 1), 1, 4, aamj(2019, 5, 10), 0, 0),
        // A, ECN 2: accounted on the 21st, so in the next month
        debit(1, longMonth(2019, 2), 2, 1, aamj(2019, 6, 21), 10000, 0),
        // A, ECN 3: a duplicated line, then two rows with the same Num_Hist_Ecn
        debit(1, longMonth(2019, 3), 3, 1, aamj(2019, 8, 5), 5000, 5000),
        debit(1, longMonth(2019, 3), 3, 1, aamj(2019, 8, 5), 5000, 5000),
        debit(1, longMonth(2019, 3), 3, 2, aamj(2019, 9, 10), 4000, 4000),
        debit(1, longMonth(2019, 3), 3, 2, aamj(2019, 10, 10), 3000, 3000),
        // B: a debt of one month, on a quarterly period (Y = 0)
        debit(2, "201910", 1, 1, aamj(2019, 3, 10), 1000, 0),
        debit(2, "201910", 1, 2, aamj(2019, 4, 10), 0, 0),
        // account 4 moved on 2019-07-01: April's ECN stays with D1, July's goes to D2
        debit(4, longMonth(2019, 4), 1, 1, aamj(2019, 5, 10), 20000, 0),
        debit(4, longMonth(2019, 7), 2, 1, aamj(2019, 8, 10), 7000, 0),
        // E: 150, down to 50 in May 2020, back to 150 in June
        debit(5, longMonth(2019, 10), 1, 1, aamj(2019, 12, 10), 15000, 0),
        debit(5, longMonth(2019, 10), 1, 2, aamj(2020, 5, 5), 5000, 0),
        debit(5, longMonth(2019, 10), 1, 3, aamj(2020, 6, 5), 15000, 0),
        // G: a debt while its contributions are zero
        debit(6, longMonth(2019, 1), 1, 1, aamj(2019, 2, 10), 10000, 0),
        // J: 1200 then 400, during a payment delay
        debit(8, longMonth(2019, 1), 1, 1, aamj(2019, 3, 10), 60000, 60000),
        debit(8, longMonth(2019, 1), 1, 2, aamj(2019, 6, 10), 20000, 20000));
    // headcount, wide: 2018-07 .. 2020-09
    List<YearMonth> effMonths = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2018, 7); !m.isAfter(YearMonth.of(2020, 9)); m = m.plusMonths(1)) effMonths.add(m);
    StringBuilder header = new StringBuilder("compte;siret;rais_soc;ape_ins;dep");
    effMonths.forEach(m -> header.append(';').append(effHeader(m.getYear(), m.getMonthValue())));
    header.append(";base;UR_EMET");
    List<String> effectif = new ArrayList<>();
    effectif.add(effectifLine(compte(5), E, effMonths, m -> "10"));
    // F1: 20 in 2018-10, +1 a month, 2019-06 missing, nothing published after 2019-12
    effectif.add(effectifLine("117000000000000066", F1, effMonths, m -> {
      if (m.isBefore(YearMonth.of(2018, 10)) || m.isAfter(YearMonth.of(2019, 12)) || m.equals(YearMonth.of(2019, 6))) {
        return "";
      }
      return String.valueOf(20 + (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2018, 10), m));
    }));
    effectif.add(effectifLine("117000000000000067", F2, effMonths, m -> "5"));
    effectif.add(effectifLine("117000000000000077", H, effMonths, m -> "20"));
    w.add(SourceName.EFFECTIF, header.toString(), effectif.toArray(String[]::new));
    StringBuilder companyHeader = new StringBuilder("siren");
    effMonths.forEach(m -> companyHeader.append(';').append(effHeader(m.getYear(), m.getMonthValue())));
    StringBuilder companyLine = new StringBuilder("555555555");
    effMonths.forEach(m -> companyLine.append(";12"));
    w.add(SourceName.EFFECTIF_ENTREPRISE, companyHeader.toString(), companyLine.toString());
    w.add(SourceName.AP_DEMANDES, HEADER_AP_DEMANDES,
        // 1000 h over 2020-03-16 .. 2020-05-31 (77 days), known in March
        "770000001A," + H + ",50,20,2020-03-20,2020-03-16,2020-05-31,1000,8000,20,1,1,,,,0",
        // 610 h over 2020-05-01 .. 2020-06-30 (61 days), known in June only
        "770000002A," + H + ",50,20,2020-06-10,2020-05-01,2020-06-30,610,5000,20,3,1,,,,1");
    w.add(SourceName.AP_CONSOMMATIONS, HEADER_AP_CONSOMMATIONS,
        "770000001A01," + H + ",100,800,10,2020-03-01",
        "770000001A02," + H + ",200,1600,10,2020-04-30",
        "770000001A03," + H + ",150,1200,10,2020-05-15");
    w.add(SourceName.DELAIS, HEADER_DELAIS,
        "117;21;" + compte(8) + ";S1;15/03/2019;15/09/2019;184;J;SUP;2019;1200;APPROB;DEL");
    w.add(SourceName.CCSF, HEADER_CCSF, "117;21;" + compte(8) + ";" + aamj(2019, 4, 10) + ";DEBUT;CCSF");
    w.add(SourceName.SIRENE, HEADER_SIRENE + ",dateDebut",
        "111111111,00011," + A + ",2010-01-01,true,21231,21000,A,62.01Z,NAFRev2,",
        "555555555,00011," + E + ",2000-01-01,true,2A004,20000,A,10.71C,NAFRev2,",
        "666666666,00011," + F1 + ",2015-06-15,true,21231,21000,A,62.01Z,NAFRev2,",
        "666666666,00029," + F2 + ",2018-03-01,false,75056,75001,F,47.11D,NAFRev2,2020-03-01");
    w.add(SourceName.SIRENE_UL, HEADER_SIRENE_UL,
        "666666666,O,2015-06-15,5710,62.01Z,A",
        "555555555,O,2000-01-01,7210,10.71C,A");
    w.add(SourceName.BDF, HEADER_BDF,
        "666 666 666;2017;31DEC2017;F;21000;BFC;INDUSTRIE;10;30;45;15;5;2",
        "666666666;2018;31DEC2018;F;21000;BFC;INDUSTRIE;20;31;46;;6;3",
        "666666666;2019;31DEC2019;F;21000;BFC;INDUSTRIE;30;32;47;17;7;4");
    w.add(SourceName.DIANE, "NumeroSiren;NomEntreprise;Annee;ArreteBilan;CA;ValeurAjoutee;DetteFiscaleEtSociale",
        "666666666;F;2018;31/12/2018;1000;500;100");
    w.add(SourceName.PROCOLS_REGION, HEADER_PROCOLS_REGION,
        "Bourgogne-Franche-Comté;Bourgogne;Liquidation judiciaire;2018;1;2018-03-31;27;26;80",
        "Bourgogne-Franche-Comté;Bourgogne;Redressement judiciaire;2018;1;2018-03-31;27;26;20",
        "Bourgogne-Franche-Comté;Bourgogne;Sauvegarde;2018;1;2018-03-31;27;26;0",
        "Bourgogne-Franche-Comté;Bourgogne;Liquidation judiciaire;2019;1;2019-03-31;27;26;100",
        "Bourgogne-Franche-Comté;Bourgogne;Redressement judiciaire;2019;1;2019-03-31;27;26;40",
        "Bourgogne-Franche-Comté;Bourgogne;Sauvegarde;2019;1;2019-03-31;27;26;5",
        "Bourgogne-Franche-Comté;Bourgogne;Liquidation judiciaire;2019;2;2019-06-30;27;26;90");
    w.add(SourceName.PROCOLS, "Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx",
        // A: redressement in July 2019, converted to liquidation in November
        A + ";111111111;01JUL2019;PC;Redressement_ouverture",
        ";111111111;20NOV2019;PC;Liquidation_ouverture",
        // F: redressement in March 2020, a plan in September
        F1 + ";666666666;15MAR2020;PC;Redressement_ouverture",
        F1 + ";666666666;10SEP2020;PC;Plan_continuation_redressement",
        // E: a sauvegarde over before the calendar
        E + ";555555555;05FEB2018;PC;Sauvegarde_ouverture",
        E + ";555555555;10JUN2018;PC;Fin_procedure_sauvegarde");
    w.add(SourceName.AUTO_ENTREPRENEURS, HEADER_AUTO_ENTREPRENEURS,
        "Bourgogne-Franche-Comté;Côte-d'Or;2018;1;2018-03-31;27;21;450;250;900000;3500;5000;;",
        "Bourgogne-Franche-Comté;Côte-d'Or;2019;1;2019-03-31;27;21;500;300;1000000;4000;6000;;");
    return w;
  }

  static String debit(int compte, String periode, int ecn, int hist, String date, long po, long pp) {
    return "117;21;" + compte(compte) + ";;1100101;1;0;" + periode + ";" + ecn + ";" + hist + ";" + date + ";" + po + ";"
        + pp + ";1;2;N";
  }

  static String effectifLine(String compte, String siret, List<YearMonth> months,
      java.util.function.Function<YearMonth, String> value) {
    StringBuilder line = new StringBuilder(compte + ";" + siret + ";X;6201Z;21");
    months.forEach(m -> line.append(';').append(value.apply(m)));
    return line.append(";B;117").toString();
  }

  @BeforeAll
  static void build() {
    panel = Built.PANEL;
  }

  /** The world's sources and panel, built once per test JVM (also used by {@link PointInTimeTest}). */
  static final class Built {
    static final Map<SourceName, Dataset<Row>> SOURCES;
    static final Map<String, Row> PANEL;
    /** The wide view (panel ⋈ bilans), as training and scoring read it. */
    static final Map<String, Row> WIDE;

    static {
      try {
        Path input = java.nio.file.Files.createTempDirectory("vigie-panel-world");
        input.toFile().deleteOnExit();
        PanelWorld world = world();
        SOURCES = world.read(input);
        PanelInputs inputs = new PanelInputs(PanelWorld.SPARK, world.config(), new java.util.EnumMap<>(SOURCES),
            Months.index(START), Months.index(END));
        PANEL = index(PanelBuilder.build(inputs));
        PanelBuilder.Plan plan = PanelBuilder.plan(inputs, false);
        WIDE = index(BalanceSheets.wide(plan.pass().establishments(PanelWorld.SPARK, null), plan.bilans(),
            world.config().panel()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static Map<String, Row> index(Dataset<Row> data) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row : data.collectAsList()) {
      String key = row.getAs(Columns.SIRET) + "|" + row.getAs(Columns.PERIODE).toString().substring(0, 7);
      assertThat(rows.put(key, row)).as("one row per (siret, month): " + key).isNull();
    }
    return rows;
  }

  static Object v(String siret, String month, String column) {
    Row row = panel.get(siret + "|" + month);
    assertThat(row).as("row " + siret + " " + month).isNotNull();
    return row.getAs(column);
  }

  static double d(String siret, String month, String column) {
    Object value = v(siret, month, column);
    assertThat(value).as(column + " of " + siret + " at " + month).isNotNull();
    return ((Number) value).doubleValue();
  }

  static void isNull(String siret, String month, String column) {
    assertThat(v(siret, month, column)).as(column + " of " + siret + " at " + month).isNull();
  }

  @Test
  void everyEstablishmentHasEveryMonth() {
    for (String siret : List.of(A, B, C, D1, D2, E, F1, F2, G, H, J)) {
      for (YearMonth m = START; !m.isAfter(END); m = m.plusMonths(1)) {
        assertThat(panel).containsKey(siret + "|" + m);
      }
    }
    assertThat(panel).hasSize(11 * 24);
  }

  @Test
  void debtIsTheSumOfTheLatestStateOfEachEcn() {
    // ECN 1: 300/600 in Feb, paid back in three operations; ECN 2 from July (accounted on the 21st of June);
    // ECN 3: 50/50 (its duplicated line counts once), then 40/40, then 30/30 (same Num_Hist_Ecn, later date)
    double[] po = {0, 300, 200, 100, 0, 0, 100, 150, 140, 130, 130, 130};
    double[] pp = {0, 600, 400, 200, 0, 0, 0, 50, 40, 30, 30, 30};
    for (int i = 0; i < 12; i++) {
      String month = START.plusMonths(i).toString();
      assertThat(d(A, month, Columns.DEBT_WORKER)).as("part ouvrière " + month).isEqualTo(po[i]);
      assertThat(d(A, month, Columns.DEBT_EMPLOYER)).as("part patronale " + month).isEqualTo(pp[i]);
    }
    assertThat(d(A, "2020-12", Columns.DEBT_WORKER)).isEqualTo(130);
  }

  @Test
  void debtLagsAreCalendarLags() {
    assertThat(d(A, "2019-03", "montant_part_ouvriere_past_1")).isEqualTo(300);
    assertThat(d(A, "2019-05", "montant_part_ouvriere_past_3")).isEqualTo(300);
    assertThat(d(A, "2020-02", "montant_part_patronale_past_12")).isEqualTo(600);
    assertThat(d(A, "2019-08", "montant_part_ouvriere_past_6")).isEqualTo(300);
    isNull(A, "2019-01", "montant_part_ouvriere_past_1"); // before the calendar
  }

  @Test
  void anAccountThatMovedKeepsEachDebtWithTheSiretOfItsPeriod() {
    assertThat(d(D1, "2019-04", Columns.DEBT_WORKER)).isEqualTo(0);
    assertThat(d(D1, "2019-05", Columns.DEBT_WORKER)).isEqualTo(200);
    assertThat(d(D1, "2020-12", Columns.DEBT_WORKER)).isEqualTo(200);
    assertThat(d(D2, "2019-07", Columns.DEBT_WORKER)).isEqualTo(0);
    assertThat(d(D2, "2019-08", Columns.DEBT_WORKER)).isEqualTo(70);
    assertThat(d(D2, "2019-05", Columns.DEBT_WORKER)).isEqualTo(0);
  }

  @Test
  void monthlyContributionIsKnownOneMonthLater() {
    isNull(A, "2019-01", Columns.COTISATION); // December 2018 was never declared
    assertThat(d(A, "2019-02", Columns.COTISATION)).isEqualTo(1000);
    assertThat(d(A, "2020-12", Columns.COTISATION)).isEqualTo(1000); // November 2020's
  }

  @Test
  void quarterlyContributionIsSpreadAndKnownAfterTheQuarter() {
    // 3000 a quarter = 1000 a month; Q1 2019 is delivered at the end of April, and lasts its three months
    isNull(B, "2019-03", Columns.COTISATION);
    for (String month : List.of("2019-04", "2019-05", "2019-06", "2019-07", "2020-12")) {
      assertThat(d(B, month, Columns.COTISATION)).as(month).isEqualTo(1000);
    }
    // the mean needs Jan..Dec 2019, all known with Q4 in January 2020
    isNull(B, "2019-12", Columns.COTISATION_MOY12M);
    assertThat(d(B, "2020-01", Columns.COTISATION_MOY12M)).isEqualTo(1000);
    // B's only debt: 10 in March 2019
    assertThat(v(B, "2019-02", Columns.INTERESSANTE_URSSAF)).isEqualTo(true);
    for (String month : List.of("2019-03", "2019-05", "2019-08")) {
      assertThat(v(B, month, Columns.INTERESSANTE_URSSAF)).as(month).isEqualTo(false);
    }
    assertThat(v(B, "2019-09", Columns.INTERESSANTE_URSSAF)).isEqualTo(true);
  }

  @Test
  void meanOfTwelveMonthsIsNullWithFewerThanTwelveKnownMonths() {
    isNull(A, "2019-12", Columns.COTISATION_MOY12M); // known: Jan..Nov 2019, 11 months
    assertThat(d(A, "2020-01", Columns.COTISATION_MOY12M)).isEqualTo(1000);
    // C: 2019-06 missing, so no contribution in July 2019 and no mean until the window leaves June
    isNull(C, "2019-07", Columns.COTISATION);
    isNull(C, "2020-01", Columns.COTISATION_MOY12M);
    isNull(C, "2020-06", Columns.COTISATION_MOY12M); // Jun 2019 .. May 2020
    assertThat(d(C, "2020-07", Columns.COTISATION_MOY12M)).isEqualTo(500); // Jul 2019 .. Jun 2020
  }

  @Test
  void ratiosAndTags() {
    // E: debt 150 from Dec 2019, 50 in May 2020, 150 again from June; contributions 100 a month
    isNull(E, "2019-12", Columns.RATIO_DETTE); // the mean is not known yet
    isNull(E, "2019-12", Columns.TAG_DEBIT);
    double[] ratio = {1.5, 1.5, 1.5, 1.5, 0.5, 1.5, 1.5, 1.5};
    boolean[] defaults = {false, false, true, true, false, false, false, true};
    for (int i = 0; i < ratio.length; i++) {
      String month = YearMonth.of(2020, 1 + i).toString();
      assertThat(d(E, month, Columns.RATIO_DETTE)).as("ratio " + month).isCloseTo(ratio[i], within(1e-9));
      assertThat(v(E, month, Columns.TAG_DEFAULT)).as("tag_default " + month).isEqualTo(defaults[i]);
      assertThat(v(E, month, Columns.TAG_DEBIT)).as("tag_debit " + month).isEqualTo(true);
    }
    // mean of debt / cotisation over 12 months: (4 x 1.5 + 0.5 + 7 x 1.5) / 12
    assertThat(d(E, "2020-12", "ratio_dette_moy12m")).isCloseTo(17.0 / 12, within(1e-9));
    assertThat(d(E, "2020-01", "ratio_dette_moy12m")).isCloseTo(3.0 / 12, within(1e-9)); // 1.5 in Dec and Jan
    isNull(E, "2019-12", "ratio_dette_moy12m"); // January 2019's contribution is unknown
    // A: 160 of debt on a mean of 1000
    assertThat(d(A, "2020-01", Columns.RATIO_DETTE)).isCloseTo(0.16, within(1e-9));
    assertThat(v(A, "2019-01", Columns.INTERESSANTE_URSSAF)).isEqualTo(true);
    assertThat(v(A, "2019-06", Columns.INTERESSANTE_URSSAF)).isEqualTo(false); // debt in Feb..Apr
    // G: contributions of zero, so neither ratio exists
    assertThat(d(G, "2020-01", Columns.COTISATION_MOY12M)).isEqualTo(0);
    isNull(G, "2020-01", Columns.RATIO_DETTE);
    isNull(G, "2020-01", "ratio_dette_moy12m");
    // debt per head: E has 10 people
    assertThat(d(E, "2020-01", Columns.DETTE_PAR_EFFECTIF)).isEqualTo(15);
    assertThat(d(E, "2020-04", "dette_par_effectif_diff3m")).isEqualTo(0);
    assertThat(d(E, "2020-05", "dette_par_effectif_diff3m")).isEqualTo(-10);
  }

  @Test
  void headcountIsCarriedForwardAsKnownAtTheMonth() {
    // published 3 months late: the row of m carries the latest month <= m - 3
    assertThat(d(F1, "2019-01", Columns.EFFECTIF)).isEqualTo(20); // Oct 2018
    assertThat(d(F1, "2019-01", Columns.EFFECTIF_REPORTE)).isEqualTo(3);
    assertThat(d(F1, "2019-09", Columns.EFFECTIF)).isEqualTo(27); // June missing: May's 27
    assertThat(d(F1, "2019-09", Columns.EFFECTIF_REPORTE)).isEqualTo(4);
    assertThat(d(F1, "2019-10", Columns.EFFECTIF)).isEqualTo(29); // July
    assertThat(d(F1, "2020-06", Columns.EFFECTIF)).isEqualTo(34); // Dec 2019, the last published
    assertThat(d(F1, "2020-06", Columns.EFFECTIF_REPORTE)).isEqualTo(6);
    assertThat(d(F1, "2020-06", "effectif_past_6")).isEqualTo(31); // row 2019-12: Sep 2019
    assertThat(d(F1, "2020-06", "effectif_past_12")).isEqualTo(25); // row 2019-06: Mar 2019
    assertThat(d(F1, "2020-06", Columns.EFFECTIF_VARIATION_12M)).isCloseTo(0.36, within(1e-9)); // (34-25)/25
    isNull(F1, "2020-12", "effectif_past_24"); // row 2018-12 is before the calendar
    // company: the sum of F1 and F2 without a company-file line; E's company file says 12
    assertThat(d(F1, "2019-01", Columns.EFFECTIF_ENTREPRISE)).isEqualTo(25);
    assertThat(d(E, "2019-01", Columns.EFFECTIF_ENTREPRISE)).isEqualTo(12);
    assertThat(d(E, "2019-01", Columns.EFFECTIF)).isEqualTo(10);
  }

  @Test
  void partialActivity() {
    // demande 1: 1000 h over 77 days (16 in March, 30 in April, 31 in May); demande 2 (known in June):
    // 610 h over 61 days (31 in May, 30 in June)
    isNull(H, "2020-02", Columns.APART_AUTORISEES);
    assertThat(d(H, "2020-03", Columns.APART_AUTORISEES)).isCloseTo(1000.0 * 16 / 77, within(1e-9));
    assertThat(d(H, "2020-04", Columns.APART_AUTORISEES)).isCloseTo(1000.0 * 30 / 77, within(1e-9));
    assertThat(d(H, "2020-05", Columns.APART_AUTORISEES)).isCloseTo(1000.0 * 31 / 77, within(1e-9)); // not demande 2
    assertThat(d(H, "2020-06", Columns.APART_AUTORISEES)).isCloseTo(300, within(1e-9));
    assertThat(v(H, "2020-05", Columns.APART_MOTIF)).isEqualTo(1);
    assertThat(v(H, "2020-06", Columns.APART_MOTIF)).isEqualTo(3);
    // consumption: 100 h in March, 200 in April, 150 in May, each known a month later
    isNull(H, "2020-03", Columns.APART_CONSOMMEES);
    assertThat(d(H, "2020-04", Columns.APART_CONSOMMEES)).isEqualTo(100);
    assertThat(d(H, "2020-05", Columns.APART_CONSOMMEES)).isEqualTo(200);
    assertThat(d(H, "2020-06", Columns.APART_CONSOMMEES)).isEqualTo(150);
    assertThat(d(H, "2020-04", Columns.APART_CUMULEES)).isEqualTo(100);
    assertThat(d(H, "2020-05", Columns.APART_CUMULEES)).isEqualTo(300);
    assertThat(d(H, "2020-06", Columns.APART_CUMULEES)).isEqualTo(450);
    assertThat(d(H, "2020-05", Columns.RATIO_APART)).isCloseTo(200 / (20 * 151.67), within(1e-9));
  }

  @Test
  void paymentDelaysAndCcsf() {
    // délai created 2019-03-15, due 2019-09-15, 184 days, 1200; debt 1200 from March, 400 from June
    isNull(J, "2019-02", Columns.DELAI_MONTANT);
    assertThat(d(J, "2019-03", Columns.DELAI_JOURS_TOTAL)).isEqualTo(184);
    assertThat(d(J, "2019-03", Columns.DELAI_MONTANT)).isEqualTo(1200);
    assertThat(d(J, "2019-03", Columns.DELAI_JOURS_RESTANTS)).isEqualTo(198); // 2019-03-01 .. 2019-09-15
    assertThat(d(J, "2019-06", Columns.DELAI_JOURS_RESTANTS)).isEqualTo(106);
    assertThat(d(J, "2019-06", Columns.DELAI_DEVIATION)).isCloseTo((400 - 1200.0 * 106 / 184) / 1200, within(1e-9));
    assertThat(d(J, "2019-09", Columns.DELAI_JOURS_RESTANTS)).isEqualTo(14);
    isNull(J, "2019-10", Columns.DELAI_MONTANT);
    // CCSF decision on 2019-04-10
    isNull(J, "2019-03", Columns.CCSF_MOIS_DEPUIS);
    assertThat(d(J, "2019-04", Columns.CCSF_MOIS_DEPUIS)).isEqualTo(0);
    assertThat(d(J, "2019-12", Columns.CCSF_MOIS_DEPUIS)).isEqualTo(8);
  }

  @Test
  void registerAndScope() {
    assertThat(v(F1, "2019-01", Columns.CODE_APE)).isEqualTo("62.01Z");
    assertThat(v(F1, "2019-01", Columns.CODE_NAF)).isEqualTo("J");
    assertThat(v(F1, "2019-01", Columns.CODE_APE_NIVEAU2)).isEqualTo("62");
    assertThat(v(F1, "2019-01", Columns.DEPARTEMENT)).isEqualTo("21");
    assertThat(v(F1, "2019-01", Columns.REGION)).isEqualTo("27");
    assertThat(v(F1, "2019-01", Columns.SIEGE)).isEqualTo(true);
    assertThat(d(F1, "2019-01", Columns.AGE)).isEqualTo(3); // created 2015-06-15
    assertThat(d(F1, "2020-06", Columns.AGE)).isEqualTo(5);
    assertThat(d(F1, "2019-01", Columns.AGE_ENTREPRISE)).isEqualTo(3);
    assertThat(v(F1, "2019-01", Columns.CATEGORIE_JURIDIQUE)).isEqualTo("5710");
    assertThat(v(E, "2019-01", Columns.DEPARTEMENT)).isEqualTo("2A");
    assertThat(v(E, "2019-01", Columns.REGION)).isEqualTo("94");
    // scope: F1 has 20 people; F2 has 5; E's company is a public-law person (7210); A has no headcount
    assertThat(v(F1, "2019-01", Columns.DANS_PERIMETRE)).isEqualTo(true);
    assertThat(v(F2, "2019-01", Columns.DANS_PERIMETRE)).isEqualTo(false);
    assertThat(v(E, "2019-01", Columns.DANS_PERIMETRE)).isEqualTo(false);
    assertThat(v(A, "2019-01", Columns.DANS_PERIMETRE)).isEqualTo(false);
    // F's procedure opens on 2020-03-15: out of scope from March, though it still has 20 people
    assertThat(v(F1, "2020-02", Columns.DANS_PERIMETRE)).isEqualTo(true);
    assertThat(v(F1, "2020-03", Columns.DANS_PERIMETRE)).isEqualTo(false);
    assertThat(v(F1, "2020-03", Columns.EFFECTIF)).isEqualTo(34); // Dec 2019, carried forward
    // F2 closed on 2020-03-01: active in Sirene until February
    assertThat(v(F2, "2020-02", Columns.ACTIF_SIRENE)).isEqualTo(true);
    assertThat(v(F2, "2020-03", Columns.ACTIF_SIRENE)).isEqualTo(false);
  }

  /** A value of the wide view. */
  static Object wide(String siret, String month, String column) {
    Row row = Built.WIDE.get(siret + "|" + month);
    assertThat(row).as("wide row " + siret + " " + month).isNotNull();
    return row.getAs(column);
  }

  @Test
  void balanceSheetsAreUsableFromClosingPlusEightMonths() {
    // 2017 closed 2017-12-31: Aug 2018 .. Aug 2019; 2018: from Aug 2019; 2019: from Aug 2020
    assertThat((Double) wide(F1, "2019-07", "poids_frng")).isEqualTo(10); // 2018's sheet is still invisible
    assertThat(wide(F1, "2019-07", "poids_frng_past_1")).isNull();
    assertThat((Double) wide(F1, "2019-08", "poids_frng")).isEqualTo(20);
    assertThat((Double) wide(F1, "2019-08", "poids_frng_past_1")).isEqualTo(10);
    assertThat((Double) wide(F1, "2020-08", "poids_frng")).isEqualTo(30);
    assertThat((Double) wide(F1, "2020-08", "poids_frng_past_1")).isEqualTo(20);
    assertThat((Double) wide(F1, "2020-08", "poids_frng_past_2")).isEqualTo(10);
    assertThat((Double) wide(F2, "2019-08", "taux_marge")).isEqualTo(31); // a company figure, on every establishment
    // 2018's dette_fiscale is missing at the Banque de France: Diane's 100 / 500 x 100
    assertThat((Double) wide(F1, "2019-08", "dette_fiscale")).isCloseTo(20, within(1e-9));
    assertThat((Double) wide(F1, "2020-08", "dette_fiscale_past_1")).isCloseTo(20, within(1e-9));
    assertThat((Double) wide(F1, "2019-08", "ca")).isEqualTo(1000);
    assertThat(wide(F1, "2019-07", "ca")).isNull();
    // the panel itself carries the closing day of the sheet in force and the six ratios
    assertThat(v(F1, "2019-07", BalanceSheets.EXERCICE_BDF).toString()).isEqualTo("2017-12-31");
    assertThat(v(F1, "2019-08", BalanceSheets.EXERCICE_BDF).toString()).isEqualTo("2018-12-31");
    assertThat(v(F1, "2019-08", BalanceSheets.EXERCICE_DIANE).toString()).isEqualTo("2018-12-31");
    isNull(F1, "2019-07", BalanceSheets.EXERCICE_DIANE);
    assertThat(d(F1, "2019-08", "poids_frng")).isEqualTo(20);
    assertThat(Built.PANEL.get(F1 + "|2019-08").schema().fieldNames()).doesNotContain("poids_frng_past_1", "ca");
  }

  @Test
  void regionalContextIsTheLatestPublishedFigure() {
    // 2019 Q1 is published on 2019-04-20 (quarter end + 20 days)
    assertThat(d(F1, "2019-03", "region_procol_liquidation")).isEqualTo(80); // 2018 Q1
    isNull(F1, "2019-03", Columns.REGION_PROCOL_VARIATION);
    assertThat(d(F1, "2019-04", "region_procol_liquidation")).isEqualTo(100);
    assertThat(d(F1, "2019-04", "region_procol_redressement")).isEqualTo(40);
    assertThat(d(F1, "2019-04", "region_procol_sauvegarde")).isEqualTo(5);
    assertThat(d(F1, "2019-04", Columns.REGION_PROCOL_VARIATION)).isCloseTo(145.0 / 100 - 1, within(1e-9));
    assertThat(d(F1, "2019-07", "region_procol_liquidation")).isEqualTo(90); // 2019 Q2
    // auto-entrepreneurs: a semester is published 200 days after its end (2019 H1: 2020-01-16)
    assertThat(d(F1, "2019-12", Columns.AE_IMMATRICULATIONS)).isEqualTo(450); // 2018 Q1
    assertThat(d(F1, "2020-01", Columns.AE_IMMATRICULATIONS)).isEqualTo(500);
    assertThat(d(F1, "2020-01", Columns.AE_RADIATIONS)).isEqualTo(300);
    assertThat(d(F1, "2020-01", Columns.AE_PART_ACTIFS)).isCloseTo(4000.0 / 6000, within(1e-9));
    assertThat(d(F1, "2020-01", Columns.AE_CA_MOYEN)).isCloseTo(250, within(1e-9));
    assertThat(d(F1, "2020-01", Columns.AE_VARIATION)).isCloseTo(0.2, within(1e-9));
    isNull(E, "2020-01", Columns.AE_IMMATRICULATIONS); // no figure for Corse-du-Sud
  }

  @Test
  void labels() {
    // A opens on 2019-07-01: outcome in (m, m + 6] from 2019-01 to 2019-06
    assertThat(v(A, "2019-01", Labels.OUTCOME)).isEqualTo(true);
    assertThat(v(A, "2019-06", Labels.OUTCOME)).isEqualTo(true);
    assertThat(v(A, "2019-07", Labels.OUTCOME)).isEqualTo(false);
    assertThat(d(A, "2019-01", Labels.TIME_TIL_OUTCOME)).isEqualTo(6);
    assertThat(d(A, "2019-09", Labels.TIME_TIL_OUTCOME)).isEqualTo(-2);
    assertThat(v(A, "2019-06", Labels.EN_PROCEDURE)).isEqualTo(false);
    assertThat(v(A, "2019-07", Labels.EN_PROCEDURE)).isEqualTo(true);
    assertThat(v(A, "2019-10", Labels.ETAT)).isEqualTo("redressement");
    assertThat(v(A, "2019-11", Labels.ETAT)).isEqualTo("liquidation");
    assertThat(v(A, "2019-01", Labels.DATE_PROCEDURE).toString()).isEqualTo("2019-07-01");
    // F opens on 2020-03-15, on both establishments
    assertThat(v(F1, "2019-08", Labels.OUTCOME)).isEqualTo(false); // 7 months ahead
    assertThat(v(F2, "2019-09", Labels.OUTCOME)).isEqualTo(true);
    assertThat(v(F1, "2020-02", Labels.OUTCOME)).isEqualTo(true);
    assertThat(v(F1, "2020-03", Labels.OUTCOME)).isEqualTo(false);
    assertThat(v(F1, "2020-06", Labels.OUTCOME)).isEqualTo(false);
    isNull(F1, "2020-07", Labels.OUTCOME); // 2021-01 is past the data
    assertThat(v(F1, "2020-08", Labels.ETAT)).isEqualTo("redressement");
    assertThat(v(F1, "2020-09", Labels.ETAT)).isEqualTo("plan_redressement");
    // E's sauvegarde closed in 2018: in bonis, and no outcome since its first opening is behind it
    assertThat(v(E, "2019-01", Labels.ETAT)).isEqualTo("in_bonis");
    assertThat(v(E, "2019-01", Labels.EN_PROCEDURE)).isEqualTo(false);
    assertThat(v(E, "2019-01", Labels.OUTCOME)).isEqualTo(false);
    assertThat(v(E, "2019-01", Labels.DATE_PROCEDURE).toString()).isEqualTo("2018-02-05");
    // a company without any procedure
    assertThat(v(B, "2019-01", Labels.ETAT)).isEqualTo("in_bonis");
    assertThat(v(B, "2019-01", Labels.OUTCOME)).isEqualTo(false);
    isNull(B, "2019-01", Labels.TIME_TIL_OUTCOME);
  }
}
