package fr.vigie.model;

import org.apache.spark.sql.api.java.UDF1;

/**
 * Spark glue for {@link Calibrator#apply(double, double)}: raw score → probability, anchored by the
 * scored month's offset (0 when not anchored); null stays null.
 */
final class CalibrationUdf implements UDF1<Double, Double> {
  private static final long serialVersionUID = 1L;

  private final Calibrator calibrator;
  private final double offset;

  CalibrationUdf(Calibrator calibrator, double offset) {
    this.calibrator = calibrator;
    this.offset = offset;
  }

  @Override
  public Double call(Double raw) {
    return raw == null ? null : calibrator.apply(raw, offset);
  }
}
