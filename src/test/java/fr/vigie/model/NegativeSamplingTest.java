package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.panel.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NegativeSamplingTest {

  @Test
  void rateKeepsTheFitRowsWithinTheCap() {
    assertEquals(1.0, TrainJob.negativeRate(new Metrics.Count(400_000, 8_000, 900), 500_000));
    assertEquals(1.0, TrainJob.negativeRate(new Metrics.Count(500_000, 8_000, 900), 500_000));
    // 10,000 positives kept: 490,000 of the 990,000 negatives
    assertEquals(490_000.0 / 990_000, TrainJob.negativeRate(new Metrics.Count(1_000_000, 10_000, 900), 500_000), 1e-12);
    // more positives than the cap: no negative left rather than a negative rate
    assertEquals(0.0, TrainJob.negativeRate(new Metrics.Count(2_000_000, 600_000, 900), 500_000));
  }

  @Test
  void everyPositiveIsKeptAndNegativesAtTheRateDeterministically() {
    StructType schema = new StructType()
        .add(Columns.SIRET, DataTypes.StringType)
        .add(Columns.PERIODE, DataTypes.DateType)
        .add(ModelPipelines.LABEL, DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (int e = 0; e < 1_000; e++) {
      for (int m = 1; m <= 10; m++) {
        rows.add(RowFactory.create(String.format("%014d", e), Date.valueOf(String.format("2018-%02d-01", m)),
            e % 50 == 0 && m == 5 ? 1.0 : 0.0));
      }
    }
    Dataset<Row> fit = ModelWorld.SPARK.createDataFrame(rows, schema);
    Dataset<Row> kept = TrainJob.sampleNegatives(fit, 0.25, 42);
    assertEquals(20, kept.where(col(ModelPipelines.LABEL).equalTo(1.0)).count());
    long negatives = kept.where(col(ModelPipelines.LABEL).equalTo(0.0)).count();
    // binomial(9,980, 0.25): mean 2,495, sd 43
    assertTrue(Math.abs(negatives - 2_495) < 200, "negatives kept: " + negatives);
    assertEquals(negatives, TrainJob.sampleNegatives(fit, 0.25, 42).where(col(ModelPipelines.LABEL).equalTo(0.0)).count());
    // another seed draws other rows
    assertTrue(TrainJob.sampleNegatives(fit, 0.25, 42).except(TrainJob.sampleNegatives(fit, 0.25, 7)).count() > 0);
    assertEquals(fit.count(), TrainJob.sampleNegatives(fit, 1.0, 42).count());
  }
}
