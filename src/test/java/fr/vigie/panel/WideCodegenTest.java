package fr.vigie.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.spark.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The establishment step raises Spark's column limit for code generation, only while it runs. */
class WideCodegenTest {
  private final SparkSession spark = TestSpark.session();

  @Test
  void raisedDuringTheWorkAndUnsetAfter() {
    assertThat(spark.conf().contains(PanelJob.MAX_FIELDS)).isFalse();
    String during = PanelJob.withWideCodegen(spark, () -> spark.conf().get(PanelJob.MAX_FIELDS));
    assertThat(during).isEqualTo(String.valueOf(PanelJob.WIDE_MAX_FIELDS));
    assertThat(spark.conf().contains(PanelJob.MAX_FIELDS)).isFalse();
  }

  @Test
  void unsetEvenWhenTheWorkFails() {
    assertThatThrownBy(() -> PanelJob.withWideCodegen(spark, () -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(spark.conf().contains(PanelJob.MAX_FIELDS)).isFalse();
  }

  @Test
  void aValueTheUserSetIsKept() {
    spark.conf().set(PanelJob.MAX_FIELDS, 150);
    try {
      assertThat(PanelJob.withWideCodegen(spark, () -> spark.conf().get(PanelJob.MAX_FIELDS))).isEqualTo("150");
      assertThat(spark.conf().get(PanelJob.MAX_FIELDS)).isEqualTo("150");
    } finally {
      spark.conf().unset(PanelJob.MAX_FIELDS);
    }
  }
}
