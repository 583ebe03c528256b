package fr.vigie.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Gauss–Hermite quadrature for a standard normal variable: E[f(Z)] ≈ Σ weight_i f(point_i), exact
 * for polynomials of degree below 2n. The observable ceiling integrates the frailty (exp(0.6 Z −
 * 0.18)) out with it. Nodes whose weight is below {@link #NEGLIGIBLE} are dropped: no likelihood of
 * a few years of monthly observations can lift them.
 *
 * <p>The roots of the n-th Hermite polynomial are bracketed on a fine grid and bisected; the weights
 * are Christoffel numbers, 1 / Σ_{j<n} p_j(x)², with p_j the orthonormal Hermite polynomials
 * (weight e^{−x²}), computed by their three-term recurrence (no factorial overflows).
 */
final class NormalQuadrature {
  static final double NEGLIGIBLE = 1e-12;

  private final double[] points;
  private final double[] weights;

  private NormalQuadrature(double[] points, double[] weights) {
    this.points = points;
    this.weights = weights;
  }

  static NormalQuadrature of(int n) {
    if (n < 1 || n > 200) throw new IllegalArgumentException("quadrature nodes must be in [1, 200]: " + n);
    List<Double> roots = new ArrayList<>();
    double limit = Math.sqrt(2.0 * n + 1) + 1; // every root of H_n lies within √(2n + 1)
    int steps = 200 * n;
    double step = 2 * limit / steps;
    double x0 = -limit;
    double f0 = orthonormal(n, x0)[n];
    for (int i = 1; i <= steps; i++) {
      double x1 = -limit + i * step;
      double f1 = orthonormal(n, x1)[n];
      if (f1 == 0) {
        roots.add(x1);
      } else if (f0 != 0 && Math.signum(f0) != Math.signum(f1)) {
        roots.add(bisect(n, x0, x1, f0));
      }
      x0 = x1;
      f0 = f1;
    }
    if (roots.size() != n) throw new IllegalStateException("found " + roots.size() + " roots of H_" + n + ", not " + n);
    List<double[]> kept = new ArrayList<>();
    for (double x : roots) {
      double[] p = orthonormal(n, x);
      double sum = 0;
      for (int j = 0; j < n; j++) sum += p[j] * p[j];
      double weight = 1 / sum / Math.sqrt(Math.PI); // Christoffel number over ∫ e^{−x²} = √π
      if (weight >= NEGLIGIBLE) kept.add(new double[] {Math.sqrt(2) * x, weight});
    }
    double total = 0;
    for (double[] k : kept) total += k[1];
    double[] points = new double[kept.size()];
    double[] weights = new double[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      points[i] = kept.get(i)[0];
      weights[i] = kept.get(i)[1] / total; // the dropped mass (under n × 1e-12) spread over the others
    }
    return new NormalQuadrature(points, weights);
  }

  /** p_0(x) .. p_n(x), orthonormal for the weight e^{−x²}. */
  static double[] orthonormal(int n, double x) {
    double[] p = new double[n + 1];
    p[0] = Math.pow(Math.PI, -0.25);
    if (n >= 1) p[1] = Math.sqrt(2) * x * p[0];
    for (int j = 1; j < n; j++) p[j + 1] = x * Math.sqrt(2.0 / (j + 1)) * p[j] - Math.sqrt((double) j / (j + 1)) * p[j - 1];
    return p;
  }

  private static double bisect(int n, double a, double b, double fa) {
    for (int i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
      double mid = (a + b) / 2;
      double fm = orthonormal(n, mid)[n];
      if (fm == 0) return mid;
      if (Math.signum(fm) == Math.signum(fa)) {
        a = mid;
        fa = fm;
      } else {
        b = mid;
      }
    }
    return (a + b) / 2;
  }

  int size() {
    return points.length;
  }

  /** The i-th point, a value of Z. */
  double point(int i) {
    return points[i];
  }

  /** The i-th weight; the weights sum to 1. */
  double weight(int i) {
    return weights[i];
  }
}
