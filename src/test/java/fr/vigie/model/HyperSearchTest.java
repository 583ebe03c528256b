package fr.vigie.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.config.ConfigException;
import fr.vigie.config.ConfigLoader;
import fr.vigie.config.GbtConfig;
import fr.vigie.config.ModelConfig;
import fr.vigie.config.SearchCandidate;
import fr.vigie.config.SearchConfig;
import fr.vigie.panel.Columns;
import fr.vigie.error.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The search's pure parts: the inner split of the fit sirens, the choice of a candidate, the configuration. */
class HyperSearchTest {
  static final int SIRENS = 10_000;

  /** 10,000 sirens, two rows each (two months): the split must keep a siren's rows together. */
  static Dataset<Row> sirens() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < SIRENS; i++) {
      String siren = String.format("%09d", 300_000_000 + 7 * i);
      rows.add(RowFactory.create(siren, 1));
      rows.add(RowFactory.create(siren, 2));
    }
    StructType schema = new StructType().add(Columns.SIREN, DataTypes.StringType).add("mois", DataTypes.IntegerType);
    return ModelWorld.SPARK.createDataFrame(rows, schema);
  }

  static Set<String> sirensWhere(Dataset<Row> rows, Column condition) {
    Set<String> set = new HashSet<>();
    for (Row r : rows.where(condition).select(Columns.SIREN).distinct().collectAsList()) set.add(r.getString(0));
    return set;
  }

  @Test
  void theInnerSplitIsSirenDisjointDeterministicAndOfTheRightShareAmongTheFitSirens() {
    Dataset<Row> all = sirens().cache();
    Column outer = ValidationSplit.isValidation(col(Columns.SIREN), 0.2, 42);
    Dataset<Row> fit = all.where(not(outer));
    Column inner = ValidationSplit.isInnerValidation(col(Columns.SIREN), 0.25, 42);
    Set<String> innerValidation = sirensWhere(fit, inner);
    Set<String> innerFit = sirensWhere(fit, not(inner));
    Set<String> fitSirens = sirensWhere(fit, org.apache.spark.sql.functions.lit(true));
    // siren-disjoint: both rows of a siren fall on one side
    assertThat(innerValidation).doesNotContainAnyElementsOf(innerFit);
    assertThat(innerValidation.size() + innerFit.size()).isEqualTo(fitSirens.size());
    // its own draw: a quarter of the fit sirens, although they all lie above the outer split's buckets
    // (the outer hash cut again at 0.25 would hold almost none of them)
    double share = innerValidation.size() / (double) fitSirens.size();
    assertThat(share).isBetween(0.23, 0.27);
    assertThat(sirensWhere(fit, ValidationSplit.isValidation(col(Columns.SIREN), 0.25, 42)).size())
        .isLessThan(fitSirens.size() / 10);
    // deterministic: siren and seed only; another seed draws other sirens
    assertThat(sirensWhere(all.where(not(outer)), inner)).isEqualTo(innerValidation);
    assertThat(sirensWhere(fit, ValidationSplit.isInnerValidation(col(Columns.SIREN), 0.25, 43)))
        .isNotEqualTo(innerValidation);
    // counted by HyperSearch on the same split
    Dataset<Row> labelled = fit.withColumn(ModelPipelines.LABEL,
        org.apache.spark.sql.functions.when(col("mois").equalTo(2), 1.0).otherwise(0.0));
    HyperSearch.InnerCounts counts = HyperSearch.innerCounts(labelled, search(0.25), 42);
    assertThat(counts.innerValidation()).isEqualTo(new Metrics.Count(2L * innerValidation.size(),
        innerValidation.size(), innerValidation.size()));
    assertThat(counts.innerFit()).isEqualTo(new Metrics.Count(2L * innerFit.size(), innerFit.size(), innerFit.size()));
  }

  @Test
  void theBestInnerAucprWinsAndATieKeepsTheFirstInListOrder() {
    assertThat(HyperSearch.best(List.of(0.10))).isZero();
    assertThat(HyperSearch.best(List.of(0.10, 0.12, 0.11))).isEqualTo(1);
    assertThat(HyperSearch.best(List.of(0.12, 0.12, 0.11))).isZero();
    assertThat(HyperSearch.best(List.of(0.10, 0.12, 0.12))).isEqualTo(1);
    assertThat(HyperSearch.best(List.of(0.10, 0.09, 0.12, 0.08, 0.12))).isEqualTo(2);
    // NaN (no positive row to judge on) never wins over a number
    assertThat(HyperSearch.best(List.of(Double.NaN, 0.01))).isEqualTo(1);
    assertThat(HyperSearch.best(List.of(0.01, Double.NaN))).isZero();
    assertThat(HyperSearch.best(List.of(Double.NaN, Double.NaN))).isZero();
    assertThatThrownBy(() -> HyperSearch.best(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInnerPartWithoutPositivesIsAClearInputError() {
    HyperSearch.InnerCounts none = new HyperSearch.InnerCounts(new Metrics.Count(900, 12, 90),
        new Metrics.Count(300, 0, 30));
    assertThatThrownBy(() -> HyperSearch.requirePositives(none, search(0.25)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("model.search.inner-validation-fraction = 0.25")
        .hasMessageContaining("inner-validation part of 300 rows (0 positive)")
        .hasMessageContaining("model.search.enabled: false");
    HyperSearch.requirePositives(new HyperSearch.InnerCounts(new Metrics.Count(900, 12, 90),
        new Metrics.Count(300, 3, 30)), search(0.25));
  }

  @Test
  void theConfiguredGridIsSmallStartsWithTheDefaultsAndIsOffByDefault() {
    ModelConfig model = ConfigLoader.defaultsOnly().model();
    SearchConfig search = model.search();
    assertThat(search.enabled()).isFalse();
    assertThat(search.candidates()).hasSizeBetween(2, 8).doesNotHaveDuplicates();
    SearchCandidate first = search.candidates().get(0);
    GbtConfig gbt = model.gbt();
    assertThat(first.applyTo(gbt)).as("the defaults are tried first: a tie keeps them").isEqualTo(gbt);
    assertThat(first.positiveWeightFactor()).isEqualTo(model.positiveWeightFactor());
    // a candidate changes the shape and the learning rate, and keeps model.gbt's other settings
    SearchCandidate deep = new SearchCandidate(5, 150, 0.05, 30, 0.2);
    assertThat(deep.applyTo(gbt)).isEqualTo(new GbtConfig(150, 5, 0.05, gbt.subsamplingRate(), 30, gbt.maxBins(),
        gbt.featureSubsetStrategy()));
  }

  @Test
  void candidatesAreReadFromTheCommandLineAndCheckedKeyByKey() {
    ModelConfig model = ConfigLoader.load(null, List.of("model.search.enabled=true",
        "model.search.candidates=[{max-depth: 2, max-iter: 5, step-size: 0.3, min-instances-per-node: 7,"
            + " positive-weight-factor: 1}]"), Map.of()).config().model();
    assertThat(model.search().enabled()).isTrue();
    assertThat(model.search().candidates()).containsExactly(new SearchCandidate(2, 5, 0.3, 7, 1.0));
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("model.search.candidates=[{max-depth: 0, max-iter: 5,"
        + " step-size: 0.3, min-instances-per-node: 7, positive-weight-factor: 1}]"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("max-depth");
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("model.search.candidates=[]"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("model.search.candidates");
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("model.search.candidates=[{max-depth: 3, max-iter: 5,"
        + " step-size: 0.3, min-instances-per-node: 7, positive-weight-factor: 1, depth: 4}]"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("depth");
  }

  static SearchConfig search(double fraction) {
    return new SearchConfig(true, fraction, List.of(new SearchCandidate(3, 10, 0.1, 5, 0.05)));
  }
}
