package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** {@code effectif_variation_12m}: relative change of the headcount over 12 calendar months. */
public final class HeadcountVariation implements PanelStep {
  private static final String PAST_12 = Columns.past(Columns.EFFECTIF, 12);

  @Override
  public String name() {
    return "headcount-variation";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.EFFECTIF, PAST_12);
  }

  @Override
  public Set<String> adds() {
    return Set.of(Columns.EFFECTIF_VARIATION_12M);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    return panel.withColumn(Columns.EFFECTIF_VARIATION_12M, when(col(PAST_12).gt(0),
        col(Columns.EFFECTIF).minus(col(PAST_12)).divide(col(PAST_12))));
  }
}
