package fr.vigie.model;

import org.apache.spark.sql.api.java.UDF1;

/** Spark glue for {@link Calibrator#apply}: raw score → probability (null stays null). */
final class CalibrationUdf implements UDF1<Double, Double> {
  private static final long serialVersionUID = 1L;

  private final Calibrator calibrator;

  CalibrationUdf(Calibrator calibrator) {
    this.calibrator = calibrator;
  }

  @Override
  public Double call(Double raw) {
    return raw == null ? null : calibrator.apply(raw);
  }
}
