package fr.vigie.panel;

import static fr.vigie.panel.PanelWorld.HEADER_COMPTES;
import static fr.vigie.panel.PanelWorld.HEADER_DEBITS;
import static fr.vigie.panel.PanelWorld.aamj;
import static fr.vigie.panel.PanelWorld.longMonth;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.SourceName;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: whatever the amounts and the order of operations, the debt of a month is the exact sum of
 * the ECNs' states (computed here with BigDecimal), and once every ECN's last state is 0 the debt is
 * exactly 0.0 at every later month. Random ECN histories, several seeds.
 */
class DebtPropertyTest {
  static final YearMonth START = YearMonth.of(2019, 1);
  static final YearMonth END = YearMonth.of(2020, 6);
  static final int SIRETS = 4;
  static final int ECNS = 25;

  record Op(int ecn, int hist, YearMonth month, int day, long po, long pp) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void debtsAreExactSumsAndZeroOnceRepaid(long seed) throws Exception {
    Random random = new Random(seed);
    PanelWorld world = new PanelWorld(START, END);
    List<String> comptes = new ArrayList<>();
    List<String> debits = new ArrayList<>();
    Map<String, List<Op>> histories = new HashMap<>();
    for (int s = 0; s < SIRETS; s++) {
      String siret = String.format("8%08d00011", s + 1);
      String compte = String.format("1170000000000001%02d", s);
      comptes.add("117;21;" + compte + ";1;" + siret.substring(0, 9) + ";" + siret + ";1100101;");
      List<Op> ops = new ArrayList<>();
      for (int e = 1; e <= ECNS; e++) {
        // 1 to 5 operations between 2019-01 and 2019-11, in increasing months, the last one at 0
        int n = 1 + random.nextInt(5);
        int month = random.nextInt(4);
        for (int h = 1; h <= n + 1; h++) {
          boolean last = h == n + 1;
          long po = last ? 0 : random.nextInt(10_000_000);
          long pp = last ? 0 : random.nextInt(1_000_000);
          ops.add(new Op(e, h, START.plusMonths(month), 1 + random.nextInt(20), po, pp));
          month = Math.min(10, month + random.nextInt(3));
        }
      }
      histories.put(siret, ops);
      for (Op op : ops) {
        debits.add("117;21;" + compte + ";;1100101;1;0;" + longMonth(2019, 1) + ";" + op.ecn() + ";" + op.hist() + ";"
            + aamj(op.month().getYear(), op.month().getMonthValue(), op.day()) + ";" + op.po() + ";" + op.pp()
            + ";1;2;N");
      }
    }
    java.util.Collections.shuffle(debits, random);
    world.add(SourceName.COMPTES, HEADER_COMPTES, comptes.toArray(String[]::new));
    world.add(SourceName.DEBITS, HEADER_DEBITS, debits.toArray(String[]::new));
    Path input = Files.createTempDirectory("vigie-debt-property");
    input.toFile().deleteOnExit();
    var sources = world.read(input);
    Map<String, Row> panel = PanelRulesTest.index(PanelBuilder.build(new PanelInputs(PanelWorld.SPARK,
        world.config(), new EnumMap<>(sources), Months.index(START), Months.index(END))));

    for (Map.Entry<String, List<Op>> history : histories.entrySet()) {
      for (YearMonth m = START; !m.isAfter(END); m = m.plusMonths(1)) {
        BigDecimal po = BigDecimal.ZERO;
        BigDecimal pp = BigDecimal.ZERO;
        for (int e = 1; e <= ECNS; e++) {
          Op state = null;
          for (Op op : history.getValue()) {
            if (op.ecn() == e && !op.month().isAfter(m) && (state == null || op.hist() > state.hist())) state = op;
          }
          if (state != null) {
            po = po.add(BigDecimal.valueOf(state.po(), 2));
            pp = pp.add(BigDecimal.valueOf(state.pp(), 2));
          }
        }
        Row row = panel.get(history.getKey() + "|" + m);
        String at = history.getKey() + " " + m;
        assertThat((Double) row.getAs(Columns.DEBT_WORKER)).as("part ouvrière " + at).isEqualTo(po.doubleValue());
        assertThat((Double) row.getAs(Columns.DEBT_EMPLOYER)).as("part patronale " + at).isEqualTo(pp.doubleValue());
        if (m.isAfter(YearMonth.of(2019, 11))) {
          assertThat((Double) row.getAs(Columns.DEBT_WORKER)).as("repaid " + at).isEqualTo(0.0);
          assertThat((Double) row.getAs(Columns.DEBT_EMPLOYER)).as("repaid " + at).isEqualTo(0.0);
          assertThat((Boolean) row.getAs(Columns.INTERESSANTE_URSSAF) || m.isBefore(YearMonth.of(2020, 5)))
              .as("interessante_urssaf six months after the last debt " + at).isTrue();
        }
      }
    }
  }
}
