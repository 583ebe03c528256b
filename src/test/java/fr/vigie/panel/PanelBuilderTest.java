package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.spark.TestSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The builder runs each step on the calendar and what it requires, and assembles the columns in step order. */
class PanelBuilderTest {
  /** A step from a function, with declared needs and additions. */
  private record Step(String name, Set<String> requires, Set<String> adds, UnaryOperator<Dataset<Row>> f)
      implements PanelStep {
    @Override
    public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
      return f.apply(panel);
    }
  }

  /** Sirets 1 and 2 × months 100..102 (siren and periode are not read by these steps). */
  private static Dataset<Row> base() {
    StructType schema = new StructType().add(Columns.SIRET, DataTypes.StringType).add(Columns.SIREN, DataTypes.StringType)
        .add(Columns.PERIODE, DataTypes.StringType).add(Columns.MONTH, DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (String siret : List.of("1", "2")) {
      for (int m = 100; m <= 102; m++) rows.add(RowFactory.create(siret, "s" + siret, "p" + m, m));
    }
    return TestSpark.session().createDataFrame(rows, schema);
  }

  private static final Step A = new Step("a", Set.of(Columns.SIRET, Columns.MONTH), Set.of("a"),
      p -> p.withColumn("a", col(Columns.MONTH).multiply(col(Columns.SIRET).cast("int")))
          .withColumn("_temp_a", lit("t"))); // undeclared temporary columns come along
  /** b = a of the previous month, by a window over the siret: it must see a on every row. */
  private static final Step B = new Step("b", Set.of(Columns.SIRET, Columns.MONTH, "a"), Set.of("b"),
      p -> p.withColumn("b", lag(col("a"), 1).over(Window.partitionBy(Columns.SIRET).orderBy(Columns.MONTH))));
  private static final Step C = new Step("c", Set.of("a", "b", "_temp_a"), Set.of("c"),
      p -> p.withColumn("c", col("a").plus(col("b"))));

  @Test
  void eachStepSeesWhatItRequiresAndTheColumnsComeInStepOrder() {
    Dataset<Row> panel = PanelBuilder.apply(base(), List.of(A, B, C), null);
    assertThat(panel.columns()).containsExactly(Columns.SIRET, Columns.SIREN, Columns.PERIODE, Columns.MONTH,
        "a", "_temp_a", "b", "c");
    List<String> rows = panel.orderBy(Columns.SIRET, Columns.MONTH).collectAsList().stream()
        .map(r -> r.getString(0) + "," + r.getString(1) + "," + r.getString(2) + "," + r.get(3) + ","
            + r.get(4) + "," + r.get(5) + "," + r.get(6) + "," + r.get(7))
        .toList();
    // a = month × siret; b = a one month earlier; c = a + b
    assertThat(rows).containsExactly(
        "1,s1,p100,100,100,t,null,null",
        "1,s1,p101,101,101,t,100,201",
        "1,s1,p102,102,102,t,101,203",
        "2,s2,p100,100,200,t,null,null",
        "2,s2,p101,101,202,t,200,402",
        "2,s2,p102,102,204,t,202,406");
  }

  @Test
  void aStepNeedingAColumnNoEarlierStepAddsFails() {
    assertThatThrownBy(() -> PanelBuilder.apply(base(), List.of(B, A), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Panel step b needs column a");
  }

  @Test
  void aStepThatDoesNotAddItsColumnFails() {
    Step lying = new Step("lying", Set.of(), Set.of("x"), p -> p.withColumn("y", lit(1)));
    assertThatThrownBy(() -> PanelBuilder.apply(base(), List.of(lying), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Panel step lying did not add its column x");
  }

  @Test
  void aStepThatDropsAColumnOfItsInputFails() {
    Step dropping = new Step("dropping", Set.of("a"), Set.of("d"), p -> p.drop("a").withColumn("d", lit(1)));
    assertThatThrownBy(() -> PanelBuilder.apply(base(), List.of(A, dropping), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Panel step dropping dropped column a");
  }
}
