package fr.vigie.model;

import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The boosted trees' probability of the positive class, computed by {@link TreeEnsemble} in plain
 * Java: the trees' outputs summed in tree order, then {@link SparkTrees#probability}. Spark's own
 * {@code probability} column sums the trees with a BLAS dot product whose implementation depends on
 * the JVM (Spark's launcher gives executors {@code jdk.incubator.vector}, a test or embedded driver
 * may not have it), which moved 19 of 297 scores of the cluster integration test by a few units in
 * the last place. This one is the same bits everywhere; SparkTreesTest holds it to Spark's.
 */
final class TreesScoreUdf implements UDF1<Vector, Double> {
  private static final long serialVersionUID = 1L;

  private final TreeEnsemble ensemble;

  TreesScoreUdf(TreeEnsemble ensemble) {
    this.ensemble = ensemble;
  }

  @Override
  public Double call(Vector features) {
    return SparkTrees.probability(ensemble.margin(features.toArray()));
  }
}
