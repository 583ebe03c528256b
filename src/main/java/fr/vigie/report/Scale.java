package fr.vigie.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from data values [d0, d1] to pixels [r0, r1] (r1 may be smaller than r0: the y axis
 * grows upwards), with round tick values (1, 2 or 5 × a power of ten).
 */
record Scale(double d0, double d1, double r0, double r1) {

  double at(double value) {
    double clamped = Math.max(Math.min(value, Math.max(d0, d1)), Math.min(d0, d1));
    return r0 + (clamped - d0) / (d1 - d0) * (r1 - r0);
  }

  /** About {@code count} round values from d0 to d1, both ends included when they are round. */
  List<Double> ticks(int count) {
    double step = roundStep((d1 - d0) / Math.max(1, count));
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(d0 / step - 1e-9) * step; t <= d1 + step * 1e-9; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
  }

  /** The smallest round value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at least {@code max}; 1 when max ≤ 0. */
  static double roundUp(double max) {
    if (!(max > 0)) return 1;
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * power >= max * (1 - 1e-12)) return m * power;
    }
    return 10 * power;
  }

  private static double roundStep(double raw) {
    if (!(raw > 0)) return 1;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / power;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
  }
}
