package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Point in time (panel.md): the rows of months up to m, built from every record, equal the rows the
 * job builds at the end of m from only the records delivered by then (each source cut at its
 * configured delay). A feature that looked ahead would differ.
 */
class PointInTimeTest {
  @ParameterizedTest
  @ValueSource(strings = {"2019-09", "2020-05"})
  void rowsUpToAMonthOnlyUseWhatWasDeliveredByThen(String cut) {
    VigieConfig config = PanelRulesTest.world().config();
    Map<SourceName, Dataset<Row>> sources = PanelRulesTest.Built.SOURCES;
    Map<String, Row> full = PanelRulesTest.Built.PANEL;
    int start = Months.index(config.panel().start());
    int m = Months.index(YearMonth.parse(cut));

    Map<SourceName, Dataset<Row>> delivered = new EnumMap<>(SourceName.class);
    sources.forEach((name, data) -> delivered.put(name, deliveredBy(name, data, m, config)));
    Map<String, Row> atM = PanelRulesTest.index(PanelBuilder.build(
        new PanelInputs(PanelWorld.SPARK, config, delivered, start, m)));

    TreeSet<String> expectedKeys = new TreeSet<>();
    full.keySet().stream().filter(k -> k.substring(15).compareTo(cut) <= 0).forEach(expectedKeys::add);
    assertThat(new TreeSet<>(atM.keySet())).isEqualTo(expectedKeys);
    int compared = 0;
    for (String key : expectedKeys) {
      Row expected = full.get(key);
      Row actual = atM.get(key);
      for (String column : expected.schema().fieldNames()) {
        if (Labels.COLUMNS.contains(column)) continue; // targets look ahead by definition
        Object e = expected.getAs(column);
        Object a = actual.getAs(column);
        if (e instanceof Double x && a instanceof Double y) {
          assertThat(y).as(column + " of " + key).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9));
        } else {
          assertThat(a).as(column + " of " + key).isEqualTo(e);
        }
        if (e != null) compared++;
      }
    }
    assertThat(compared).as("non-null values compared").isGreaterThan(1000);
  }

  /** The records of a source delivered by the end of month m, under the configured delays. */
  static Dataset<Row> deliveredBy(SourceName name, Dataset<Row> data, int m, VigieConfig config) {
    int delay = config.source(name).delayMonths();
    Column known = switch (name) {
      case COTISATIONS -> Months.index(col("periode_fin")).minus(1).plus(delay);
      case DEBITS -> Months.index(col("dt_trt_ecn")).plus(when(dayofmonth(col("dt_trt_ecn")).gt(20), 1).otherwise(0))
          .plus(delay);
      case EFFECTIF, EFFECTIF_ENTREPRISE -> Months.index(col("periode")).plus(delay);
      case DELAIS -> Months.index(col("date_creation")).plus(delay);
      case CCSF -> Months.index(col("date_traitement")).plus(delay);
      case PROCOLS -> Months.index(col("date_effet")).plus(delay);
      case AP_DEMANDES -> Months.index(col("date_statut")).plus(delay);
      case AP_CONSOMMATIONS -> Months.index(col("mois")).plus(delay);
      case BDF -> Months.index(col("arrete_bilan_bdf")).plus(config.panel().financialUsableFromMonths());
      case DIANE -> Months.index(col("arrete_bilan")).plus(config.panel().financialUsableFromMonths());
      case PROCOLS_REGION -> Months.index(date_add(last_day(quarterEnd(3)), config.source(name).delayDays()));
      case AUTO_ENTREPRENEURS -> Months.index(date_add(last_day(quarterEnd(6)), config.source(name).delayDays()));
      default -> lit(Integer.MIN_VALUE); // registers: snapshots
    };
    return data.where(known.leq(m));
  }

  /** The first day of the last month of the release period (3: the quarter, 6: the semester) of a row. */
  private static Column quarterEnd(int releaseMonths) {
    Column lastMonth = col("trimestre").cast("int").multiply(3);
    Column releaseMonth = releaseMonths == 3 ? lastMonth : when(lastMonth.leq(6), 6).otherwise(12);
    return make_date(col("annee").cast("int"), releaseMonth, lit(1));
  }
}
