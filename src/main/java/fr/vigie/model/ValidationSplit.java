package fr.vigie.model;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;

/**
 * The siren-disjoint validation split: a siren is in validation from a hash of the siren and the
 * seed alone, so all its establishments and months fall on the same side (a company seen in
 * fitting would make the thresholds look better than they are), and the same seed gives the same
 * split on every run and machine.
 *
 * <p>The hyper-parameter search splits the fit sirens once more ({@link #isInnerValidation}) by a
 * hash salted differently: with the outer hash, every fit siren already lies above the outer
 * fraction's bucket, and a second cut of the same buckets would not mix the sirens afresh.
 */
public final class ValidationSplit {
  private static final long BUCKETS = 10_000;
  /** Salt of the inner split's hash: any constant other than nothing gives an independent draw. */
  static final String INNER = "recherche";

  private ValidationSplit() {}

  public static Column isValidation(Column siren, double fraction, long seed) {
    return pmod(xxhash64(siren, lit(seed)), lit(BUCKETS)).lt(lit(Math.round(fraction * BUCKETS)));
  }

  /** Among the fit rows, the inner-validation sirens of the search: a share {@code fraction}, by siren and seed. */
  public static Column isInnerValidation(Column siren, double fraction, long seed) {
    return pmod(xxhash64(siren, lit(seed), lit(INNER)), lit(BUCKETS)).lt(lit(Math.round(fraction * BUCKETS)));
  }
}
