package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.VigieConfig;
import fr.vigie.spark.TestSpark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Which balance sheet each (siren, month) uses, worked by hand: the latest sheet started by then,
 * while it lasts; {@link Financials#NO_SHEET} otherwise, and for a source not delivered.
 */
class SheetKeysTest {
  private final SparkSession spark = TestSpark.session();

  @Test
  void latestStartedSheetWhileItLasts() {
    // company A, months 0..9: sheet 1 usable 1..6, sheet 2 usable 4..7 (it replaces sheet 1 from 4),
    // none at 8 (both have ended), sheet 3 from 9. Company B has no sheet; BdF is not delivered.
    Dataset<Row> companies = companies("A", 10).union(companies("B", 3));
    Dataset<Row> diane = sheets(List.of(RowFactory.create("A", 1, 6), RowFactory.create("A", 4, 7),
        RowFactory.create("A", 9, 20)));
    Map<String, Dataset<Row>> delivered = new LinkedHashMap<>();
    delivered.put(Financials.DIANE_SHEET, diane);

    Map<String, int[]> keys = new LinkedHashMap<>();
    for (Row r : Financials.sheetKeys(companies, delivered).collectAsList()) {
      keys.put(r.getString(0) + r.getInt(1), new int[] {r.getInt(2), r.getInt(3)});
    }

    int none = Financials.NO_SHEET;
    int[] expectedDiane = {none, 1, 1, 1, 4, 4, 4, 4, none, 9};
    for (int m = 0; m < 10; m++) {
      assertThat(keys.get("A" + m)).as("A at %d", m).containsExactly(none, expectedDiane[m]);
    }
    for (int m = 0; m < 3; m++) assertThat(keys.get("B" + m)).containsExactly(none, none);
    assertThat(keys).hasSize(13);
  }

  @Test
  void withoutBalanceSheetsEveryColumnIsAddedAndNull() {
    VigieConfig config = ConfigLoader.defaultsOnly();
    PanelInputs inputs = new PanelInputs(spark, config, Map.of(), 0, 2, 2);
    Dataset<Row> panel = companies("A", 3);

    Dataset<Row> out = new Financials(config.panel()).apply(panel, inputs);

    String[] financial = Financials.columns(config.panel()).toArray(String[]::new);
    List<Row> rows = out.select(financial[0], java.util.Arrays.copyOfRange(financial, 1, financial.length))
        .collectAsList();
    assertThat(rows).hasSize(3);
    for (Row row : rows) {
      for (int i = 0; i < financial.length; i++) assertThat(row.isNullAt(i)).as(financial[i]).isTrue();
    }
  }

  private Dataset<Row> companies(String siren, int months) {
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < months; m++) rows.add(RowFactory.create(siren, m));
    return spark.createDataFrame(rows, new StructType()
        .add(Columns.SIREN, DataTypes.StringType).add(Columns.MONTH, DataTypes.IntegerType));
  }

  /** (siren, _from, _until), as {@code Financials.sheets} gives them (values left out). */
  private Dataset<Row> sheets(List<Row> rows) {
    return spark.createDataFrame(rows, new StructType()
        .add(Columns.SIREN, DataTypes.StringType).add("_from", DataTypes.IntegerType)
        .add("_until", DataTypes.IntegerType));
  }
}
