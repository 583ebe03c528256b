package fr.vigie.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The probability that a first procedure opens in (m, m + H] given what the files show by the end
 * of m and that none has opened yet: a forward filter over the company's latent chain, mixed over
 * the values of its frailty.
 *
 * <p>For one frailty value (a {@link Node}), α_m(s) = P(state s at m, no opening through m, the
 * factors known at m): α at the first month is initial(s) (1 − h(s)) F(s), then
 *
 * <pre>
 *   α_u(s') = Σ_s α_{u−1}(s) P_u[s][s'] · (1 − h_u[s']) · F_u(s')
 * </pre>
 *
 * with F_u the product of month u's factors known at m. A factor is known some months after the
 * month it describes (a balance sheet 8 months later): the filter with every factor is kept once,
 * and for each m the last {@code lag} months are refiltered with the factors known at m only. The
 * answer is Σ_q w_q L_q Σ_s α̂_m(s) g_q(m, s) / Σ_q w_q L_q, with α̂ the normalised α, L_q its
 * total, w_q the node's prior weight and g_q the exact opening probability of {@link Truth}.
 */
final class ObservableFilter {
  /** One value of the frailty: its chain, its initial state distribution, its prior weight. */
  record Node(Chain chain, double[] initial, double weight) {}

  /**
   * Month m = first + k: {@code probability[k]}, and {@code states[k]} = P(state at m | what the
   * files show by m, no opening).
   */
  record Result(double[] probability, double[][] states) {}

  private ObservableFilter() {}

  /**
   * @param first   the company's first month (its chain starts there, from {@link Node#initial})
   * @param end     the first month not computed (the opening, or the end of the window)
   * @param factors what the files show; factors of months ≥ end are ignored
   */
  static Result run(List<Node> nodes, int first, int end, List<Emissions.Factor> factors, int horizon) {
    int n = Math.max(0, end - first);
    int states = nodes.get(0).initial().length;
    List<List<Emissions.Factor>> byMonth = new ArrayList<>(n);
    for (int k = 0; k < n; k++) byMonth.add(new ArrayList<>());
    double[][] every = new double[n][states]; // all of a month's factors, known or not
    for (double[] f : every) java.util.Arrays.fill(f, 1);
    int lag = 0;
    for (Emissions.Factor f : factors) {
      if (f.month() >= end) continue;
      if (f.month() < first) {
        throw new IllegalArgumentException("a factor describes month " + f.month() + ", before the first " + first);
      }
      byMonth.get(f.month() - first).add(f);
      for (int s = 0; s < states; s++) every[f.month() - first][s] *= f.likelihood()[s];
      lag = Math.max(lag, f.knownFrom() - f.month());
    }

    double[][] logLikelihood = new double[nodes.size()][n];
    double[][] expected = new double[nodes.size()][n];
    double[][][] posterior = new double[nodes.size()][n][];
    for (int q = 0; q < nodes.size(); q++) {
      Node node = nodes.get(q);
      double[][] alpha = new double[n][];
      double[] logScale = new double[n];
      for (int k = 0; k < n; k++) {
        alpha[k] = step(node, first + k, k == 0 ? null : alpha[k - 1], every[k]);
        logScale[k] = (k == 0 ? 0 : logScale[k - 1]) + normalise(alpha[k], first + k);
      }
      for (int k = 0; k < n; k++) {
        int settled = k - lag; // months ≤ settled: every factor known at m
        double[] a = settled >= 0 ? alpha[settled] : null;
        double log = settled >= 0 ? logScale[settled] : 0;
        for (int j = Math.max(0, settled + 1); j <= k; j++) {
          a = step(node, first + j, a, known(byMonth.get(j), first + k, states));
          log += normalise(a, first + j);
        }
        double[] g = Truth.openingWithin(node.chain(), first + k, horizon);
        double sum = 0;
        for (int s = 0; s < states; s++) sum += a[s] * g[s];
        logLikelihood[q][k] = log + Math.log(node.weight());
        expected[q][k] = sum;
        posterior[q][k] = a;
      }
    }

    double[] probability = new double[n];
    double[][] stateProbabilities = new double[n][states];
    for (int k = 0; k < n; k++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double[] l : logLikelihood) max = Math.max(max, l[k]);
      double total = 0;
      double sum = 0;
      for (int q = 0; q < nodes.size(); q++) {
        double w = Math.exp(logLikelihood[q][k] - max);
        total += w;
        sum += w * expected[q][k];
        for (int s = 0; s < states; s++) stateProbabilities[k][s] += w * posterior[q][k][s];
      }
      probability[k] = sum / total;
      for (int s = 0; s < states; s++) stateProbabilities[k][s] /= total;
    }
    return new Result(probability, stateProbabilities);
  }

  /** One month: move (or start), survive the month's hazard, weigh by the month's factors. Not normalised. */
  private static double[] step(Node node, int u, double[] previous, double[] factor) {
    int states = factor.length;
    double[] next = new double[states];
    double[] h = node.chain().hazard(u);
    if (previous == null) {
      for (int t = 0; t < states; t++) next[t] = node.initial()[t];
    } else {
      double[][] p = node.chain().transition(u);
      for (int s = 0; s < states; s++) {
        if (previous[s] == 0) continue;
        for (int t = 0; t < states; t++) next[t] += previous[s] * p[s][t];
      }
    }
    for (int t = 0; t < states; t++) next[t] *= (1 - h[t]) * factor[t];
    return next;
  }

  /** Scales {@code a} to sum 1; returns the log of the sum. */
  private static double normalise(double[] a, int u) {
    double sum = 0;
    for (double v : a) sum += v;
    if (!(sum > 0)) {
      throw new IllegalStateException("what the files show by month " + u + " is impossible under the generating model"
          + " (every state has likelihood 0): an emission likelihood does not match the generator");
    }
    for (int i = 0; i < a.length; i++) a[i] /= sum;
    return Math.log(sum);
  }

  /** The product of a month's factors known by the end of month {@code m}. */
  private static double[] known(List<Emissions.Factor> factors, int m, int states) {
    double[] product = new double[states];
    java.util.Arrays.fill(product, 1);
    for (Emissions.Factor f : factors) {
      if (f.knownFrom() > m) continue;
      for (int s = 0; s < states; s++) product[s] *= f.likelihood()[s];
    }
    return product;
  }
}
