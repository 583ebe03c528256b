package fr.vigie.sample;

/**
 * The exact probability that a first procedure opens within a horizon, under the generating chain:
 * a backward recursion, not a simulation. With g(u, 0, s) = 0,
 *
 * <pre>
 *   g(u, k, s) = Σ_s' P_{u+1}[s][s'] · ( h_{u+1}[s'] + (1 − h_{u+1}[s']) · g(u+1, k−1, s') )
 * </pre>
 *
 * is the probability of an opening in months (u, u + k] for a company in state s at month u that
 * has not opened by u. The generator draws a month exactly this way: move, then open with the new
 * state's hazard.
 */
public final class Truth {
  private Truth() {}

  /** g(m, horizon, ·): the probability for each state at month m. */
  public static double[] openingWithin(Chain chain, int m, int horizon) {
    int n = chain.states();
    double[] g = new double[n]; // g(m + horizon, 0, ·) = 0
    double[] next = new double[n];
    for (int u = m + horizon - 1; u >= m; u--) {
      double[][] p = chain.transition(u + 1);
      double[] h = chain.hazard(u + 1);
      for (int s = 0; s < n; s++) {
        double sum = 0;
        for (int t = 0; t < n; t++) sum += p[s][t] * (h[t] + (1 - h[t]) * g[t]);
        next[s] = sum;
      }
      double[] swap = g;
      g = next;
      next = swap;
    }
    return g.clone();
  }
}
