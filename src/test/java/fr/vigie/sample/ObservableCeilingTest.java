package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SampleConfig;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The observable ceiling: the forward filter against a brute-force sum over every state path on
 * tiny hand-built companies, the quadrature, the replay, and, on generated companies, the property
 * that makes it the best score the files allow: P(opening | files) = E[P(opening | latent state) | files],
 * checked bin by bin against the exact truth of the same rows.
 */
class ObservableCeilingTest {
  private static final YearMonth START = YearMonth.of(2015, 1);
  private static final Publication DEFAULTS = Publication.of(ConfigLoader.defaultsOnly());

  // ---- the filter equals the sum over every path -------------------------------------------

  /**
   * P(opening in (m, m + H] | factors known at m, no opening through m), by enumerating every path of
   * states from {@code first} to m + H, for each node: the definition, without any recursion.
   */
  static double[] bruteForce(List<ObservableFilter.Node> nodes, int first, int end, List<Emissions.Factor> factors,
      int horizon, double[][] states) {
    double[] p = new double[end - first];
    for (int m = first; m < end; m++) {
      int length = m + horizon - first + 1;
      double numerator = 0;
      double denominator = 0;
      double[] state = new double[3];
      for (ObservableFilter.Node node : nodes) {
        int[] path = new int[length];
        int paths = (int) Math.pow(3, length);
        for (int code = 0; code < paths; code++) {
          int rest = code;
          for (int i = 0; i < length; i++) {
            path[i] = rest % 3;
            rest /= 3;
          }
          double weight = node.weight() * node.initial()[path[0]];
          for (int i = 1; i < length && weight > 0; i++) weight *= node.chain().transition(first + i)[path[i - 1]][path[i]];
          for (int u = first; u <= m; u++) weight *= 1 - node.chain().hazard(u)[path[u - first]];
          for (Emissions.Factor f : factors) {
            if (f.month() <= m && f.knownFrom() <= m) weight *= f.likelihood()[path[f.month() - first]];
          }
          double survive = 1;
          for (int u = m + 1; u <= m + horizon; u++) survive *= 1 - node.chain().hazard(u)[path[u - first]];
          numerator += weight * (1 - survive);
          denominator += weight;
          state[path[m - first]] += weight;
        }
      }
      p[m - first] = numerator / denominator;
      for (int s = 0; s < 3; s++) states[m - first][s] = state[s] / denominator;
    }
    return p;
  }

  /** Three frailty values with unequal weights, on the real chain of a fragile-prone company. */
  private static List<ObservableFilter.Node> threeNodes(int months) {
    List<ObservableFilter.Node> nodes = new ArrayList<>();
    double[] risks = {0.6, 1.8, 5.0};
    double[] weights = {0.5, 0.35, 0.15};
    for (int i = 0; i < 3; i++) {
      nodes.add(new ObservableFilter.Node(RiskModel.chain(YearMonth.of(2020, 1), months, risks[i]),
          RiskModel.initial(risks[i]), weights[i]));
    }
    return nodes;
  }

  private static void assertFilterIsTheSumOverPaths(List<ObservableFilter.Node> nodes, int first, int end,
      List<Emissions.Factor> factors, int horizon) {
    ObservableFilter.Result filtered = ObservableFilter.run(nodes, first, end, factors, horizon);
    double[][] states = new double[end - first][3];
    double[] exact = bruteForce(nodes, first, end, factors, horizon, states);
    for (int k = 0; k < exact.length; k++) {
      assertThat(filtered.probability()[k]).as("month %d", first + k).isCloseTo(exact[k], within(1e-12 * (1 + exact[k])));
      for (int s = 0; s < 3; s++) {
        assertThat(filtered.states()[k][s]).as("month %d state %d", first + k, s).isCloseTo(states[k][s], within(1e-12));
      }
    }
  }

  @Test
  void withoutObservationsTheFilterIsThePriorGivenSurvival() {
    assertFilterIsTheSumOverPaths(threeNodes(10), 0, 5, List.of(), 3);
  }

  @Test
  void factorsKnownLateChangeOnlyTheMonthsAfterTheyAreKnown() {
    // a balance sheet of month 1 known at month 4, a late ECN motif, a factor of a month after the end
    List<Emissions.Factor> factors = List.of(
        new Emissions.Factor(Emissions.Kind.UNPAID_PERIOD, 1, 2, new double[] {0.01, 0.6, 0.9}),
        new Emissions.Factor(Emissions.Kind.BALANCE_SHEET, 1, 4, EmissionLikelihoods.balanceSheet(-1.2)),
        new Emissions.Factor(Emissions.Kind.ECN_OPERATION, 2, 2, new double[] {0.2, 0.5, 0.7}),
        new Emissions.Factor(Emissions.Kind.ECN_MOTIF_AND_SURCHARGE, 2, 3, new double[] {0, 0.25, 0.25}),
        new Emissions.Factor(Emissions.Kind.DELAI, 3, 3, EmissionLikelihoods.delai(250)),
        new Emissions.Factor(Emissions.Kind.HEADCOUNT_CHANGE, 3, 9, new double[] {1, 0.1, 0.01}),
        new Emissions.Factor(Emissions.Kind.CCSF, 6, 6, new double[] {0, 0, 1}));
    assertFilterIsTheSumOverPaths(threeNodes(12), 1, 5, factors, 3);
    ObservableFilter.Result r = ObservableFilter.run(threeNodes(12), 1, 5, factors, 3);
    ObservableFilter.Result before = ObservableFilter.run(threeNodes(12), 1, 5,
        factors.stream().filter(f -> f.kind() != Emissions.Kind.BALANCE_SHEET).toList(), 3);
    assertThat(r.probability()[2]).as("month 3: the sheet is not known yet").isEqualTo(before.probability()[2]);
    assertThat(r.probability()[3]).as("month 4: a bad sheet raises the risk").isGreaterThan(before.probability()[3]);
  }

  /** A company built by hand: one establishment of 40 employees created in month 1 of a 7-month window. */
  private static Company tinyCompany() {
    Company c = new Company(0, "100000009", "TEST", Activities.ALL.get(6), "5710", LocalDate.of(2015, 2, 3), 1.3, 1.3);
    Establishment e = new Establishment(0, "10000000900018", "117000000000000001", "75", "11", "75101", "75001",
        new double[] {48.8, 2.3}, LocalDate.of(2015, 2, 3), 1, false);
    e.headcount = new int[] {-1, 40, 38, 39, 35, 36, 36};
    c.establishments.add(e);
    return c;
  }

  @Test
  void aHandBuiltCompanysEmissionsFilterLikeTheSumOverPaths() {
    Company c = tinyCompany();
    Establishment e = c.headOffice();
    // effectif one month late, balance sheets two: every family is known within the tiny window
    Publication publication = new Publication(1, 0, 0, 0, 1, 0, 2);
    Emissions emissions = new Emissions(c, START, 7, publication);
    emissions.period(e, 1, false, 1234.56, 1234.56);
    emissions.period(e, 2, false, 1180.10, 472.04); // 60 % unpaid: fragile or in difficulty
    emissions.recovery(e, 2, false, 24, false);
    emissions.ecnStep(e, 3, false, EcnStep.PARTIAL, false, 21242, 49565);
    emissions.period(e, 3, false, 1190.00, 1190.00);
    emissions.delai(e, 3, 200);
    emissions.ccsf(e, 3, false);
    emissions.headcountShown(e, 1);
    emissions.headcountShown(e, 2);
    emissions.headcountShown(e, 3);
    emissions.partialActivity(e, 2, false, false);
    emissions.balanceSheet(-1, 1, 0.2);
    List<Emissions.Factor> factors = emissions.factors();
    assertThat(factors).extracting(Emissions.Factor::kind).containsExactlyInAnyOrder(
        Emissions.Kind.UNPAID_PERIOD, Emissions.Kind.UNPAID_PERIOD, Emissions.Kind.ECN_MOTIF_AND_SURCHARGE,
        Emissions.Kind.ECN_OPERATION, Emissions.Kind.UNPAID_PERIOD, Emissions.Kind.DELAI, Emissions.Kind.CCSF,
        Emissions.Kind.PARTIAL_ACTIVITY, Emissions.Kind.BALANCE_SHEET, Emissions.Kind.HEADCOUNT_CHANGE,
        Emissions.Kind.HEADCOUNT_CHANGE);
    Map<Emissions.Kind, Integer> known = new HashMap<>();
    for (Emissions.Factor f : factors) known.merge(f.kind(), f.knownFrom() - f.month(), Math::max);
    assertThat(known).as("months from the month described to the month it is known")
        .containsEntry(Emissions.Kind.UNPAID_PERIOD, 1).containsEntry(Emissions.Kind.ECN_MOTIF_AND_SURCHARGE, 2)
        .containsEntry(Emissions.Kind.HEADCOUNT_CHANGE, 1).containsEntry(Emissions.Kind.PARTIAL_ACTIVITY, 1)
        .containsEntry(Emissions.Kind.BALANCE_SHEET, 0); // closed in month −1, known in month 1
    ObservableCeiling ceiling = new ObservableCeiling(new SampleConfig(1, 7, START, 1, 0, 0, 0), publication, 3);
    List<ObservableFilter.Node> nodes = ceiling.nodes(c.traitRisk);
    assertThat(nodes).hasSize(3);
    assertFilterIsTheSumOverPaths(nodes, 1, 6, factors, 2);
  }

  @Test
  void aQuarantinedLineEndsItsEstablishmentsLedgerFromItsMonth() {
    Company c = tinyCompany();
    Establishment e = c.headOffice();
    Emissions emissions = new Emissions(c, START, 7, DEFAULTS);
    emissions.period(e, 1, false, 1000, 1000);
    emissions.period(e, 2, false, 1000, 400);
    emissions.ecnStep(e, 3, false, EcnStep.NONE, false, 60000, 0);
    emissions.balanceSheet(-1, 1, 0.5);
    emissions.ledgerLineLost(e, 2);
    emissions.ledgerLineLost(e, 4);
    assertThat(emissions.factors()).extracting(f -> f.kind() + "@" + f.month())
        .containsExactlyInAnyOrder("UNPAID_PERIOD@1", "BALANCE_SHEET@1");
  }

  @Test
  void publicationRulesUnderTheDefaultDelays() {
    assertThat(DEFAULTS).isEqualTo(new Publication(1, 0, 0, 0, 3, 0, 8));
    assertThat(DEFAULTS.ledger(10)).as("operations up to the 27th, accounted next month").isEqualTo(11);
    assertThat(DEFAULTS.recovery(10)).as("the new ECN's lines are dated next month, up to the 28th").isEqualTo(12);
    assertThat(DEFAULTS.headcount(10)).isEqualTo(13);
    assertThat(DEFAULTS.partialActivity(10, false)).as("needs the month's headcount").isEqualTo(13);
    assertThat(DEFAULTS.balanceSheet(-3)).isEqualTo(5);
  }

  // ---- the likelihoods, by hand --------------------------------------------------------------

  @Test
  void delaiLikelihoodsAreTheDrawsOfUrssafLines() {
    assertThat(EmissionLikelihoods.delai(0))
        .containsExactly(new double[] {1, 0.94, 0.90}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(200))
        .containsExactly(new double[] {0, 0.06 / 301, 0.10 / 541}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(100)).as("too short for difficulty")
        .containsExactly(new double[] {0, 0.06 / 301, 0}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(360))
        .containsExactly(new double[] {0, 0.06 / 301, 0.10 / 541}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(361)).as("too long for fragile")
        .containsExactly(new double[] {0, 0, 0.10 / 541}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(720))
        .containsExactly(new double[] {0, 0, 0.10 / 541}, within(1e-15));
    assertThat(EmissionLikelihoods.delai(721))
        .containsExactly(new double[] {0, 0, 0}, within(1e-15));
  }

  @Test
  void periodLikelihoodsByShareOfTheContributionLeftUnpaid() {
    assertThat(EmissionLikelihoods.period(false, 100000, 100000))
        .containsExactly(new double[] {1 - 0.012, 1 - 0.30, 1 - 0.75}, within(1e-15));
    assertThat(EmissionLikelihoods.period(true, 100000, 100000)).as("crisis: +0.15")
        .containsExactly(new double[] {1 - 0.162, 1 - 0.45, 1 - 0.90}, within(1e-15));
    assertThat(EmissionLikelihoods.period(false, 100000, 0)).as("all unpaid: state 0's share, or within half a centime")
        .containsExactly(new double[] {0.012, 0.30 * (0.5 / 100000) / 0.7, 0.75 * (0.5 / 100000) / 0.5}, within(1e-15));
    assertThat(EmissionLikelihoods.period(false, 100000, 60000)).as("40 % unpaid: fragile only")
        .containsExactly(new double[] {0, 0.30 / 0.7, 0}, within(1e-15));
    assertThat(EmissionLikelihoods.period(false, 100000, 20000)).as("80 % unpaid")
        .containsExactly(new double[] {0, 0.30 / 0.7, 0.75 / 0.5}, within(1e-15));
    assertThat(EmissionLikelihoods.period(false, 100000, 90000)).as("10 % unpaid: impossible before a procedure")
        .containsExactly(new double[] {0, 0, 0}, within(1e-15));
  }

  @Test
  void ecnOperationLikelihoods() {
    assertThat(EmissionLikelihoods.ecnStep(false, EcnStep.NONE, false, 5000, 2000))
        .containsExactly(new double[] {0.15 * 0.996, 0.7 * 0.996, 0.92 * 0.996}, within(1e-15));
    assertThat(EmissionLikelihoods.ecnStep(true, EcnStep.NONE, false, 5000, 2000)).as("under a délai")
        .containsExactly(new double[] {0.05 * 0.996, 0.35 * 0.996, 0.57 * 0.996}, within(1e-15));
    assertThat(EmissionLikelihoods.ecnStep(false, EcnStep.ANNULLED, false, 5000, 2000))
        .containsExactly(new double[] {0.15 * 0.004, 0.7 * 0.004, 0.92 * 0.004}, within(1e-15));
    assertThat(EmissionLikelihoods.ecnStep(false, EcnStep.SETTLED, false, 5000, 2000))
        .containsExactly(new double[] {0.85 * 0.97, 0.3 * 0.97 * 0.4, 0.08 * 0.97 * 0.4}, within(1e-15));
    assertThat(EmissionLikelihoods.ecnStep(false, EcnStep.PARTIAL, true, 5000, 2000)).as("bounced partial payment")
        .containsExactly(new double[] {0, 0.3 * 0.03, 0.08 * 0.03}, within(1e-15));
  }

  @Test
  void aPartialPaymentOfACentimeCanRoundToZero() {
    for (long[] balance : new long[][] {{1, 0}, {1, 1}, {2, 1}, {3, 0}, {0, 2}}) {
      int zero = 0;
      int n = 600_000;
      for (int i = 0; i < n; i++) {
        double paid = 0.2 + 0.6 * (i + 0.5) / n; // the share a partial payment draws, on a fine grid
        if (Math.round(balance[0] * (1 - paid)) == 0 && Math.round(balance[1] * (1 - paid)) == 0) zero++;
      }
      assertThat(EmissionLikelihoods.partialRoundsToZero(balance[0], balance[1])).as("balance %s", balance[0] + "/" + balance[1])
          .isCloseTo((double) zero / n, within(1e-5));
    }
  }

  @Test
  void recoveryCcsfAndPartialActivityLikelihoods() {
    assertThat(EmissionLikelihoods.recovery(false, 1, false))
        .containsExactly(new double[] {1, 0, 0}, within(1e-15));
    assertThat(EmissionLikelihoods.recovery(false, 24, false))
        .containsExactly(new double[] {0, 0.25 * 0.97, 0.25 * 0.97}, within(1e-15));
    assertThat(EmissionLikelihoods.recovery(true, 1, true)).as("crisis: motif 1 for all")
        .containsExactly(new double[] {0, 0.03, 0.03}, within(1e-15));
    assertThat(EmissionLikelihoods.ccsf(true))
        .containsExactly(new double[] {0, 0, 0.03}, within(1e-15));
    assertThat(EmissionLikelihoods.ccsf(false))
        .containsExactly(new double[] {1, 1, 0.97}, within(1e-15));
    assertThat(EmissionLikelihoods.partialActivity(true, 'I', RiskModel.CRISIS_FIRST, true))
        .as("restaurants in 2020-03")
        .containsExactly(new double[] {0.6, 0.85, 1.0}, within(1e-15));
    assertThat(EmissionLikelihoods.partialActivity(false, 'F', YearMonth.of(2017, 1), false))
        .as("builders in January")
        .containsExactly(new double[] {0.99, (1 - 0.003) * 0.99, (1 - 0.01) * 0.99}, within(1e-15));
    assertThat(EmissionLikelihoods.partialActivity(false, 'J', YearMonth.of(2017, 1), true))
        .containsExactly(new double[] {0, 0.003, 0.01}, within(1e-15));
  }

  @Test
  void headcountAndBalanceSheetLikelihoodsPeakAtTheirStatesMean() {
    double[] growing = EmissionLikelihoods.headcountChange(1000, 1002); // log 1.002 ≈ sain's growth
    assertThat(growing[0]).isGreaterThan(growing[1]).isGreaterThan(growing[2]);
    double[] falling = EmissionLikelihoods.headcountChange(1000, 975);
    assertThat(falling[2]).isGreaterThan(falling[1]).isGreaterThan(falling[0]);
    double[] sheet = EmissionLikelihoods.balanceSheet(0.0);
    assertThat(sheet[1]).isEqualTo(1.0);
    assertThat(sheet[0]).isCloseTo(Math.exp(-2), within(1e-15)); // (0 − 1)² / (2 · 0.25)
    assertThat(sheet[2]).isCloseTo(Math.exp(-4.5), within(1e-15));
  }

  // ---- the quadrature ----------------------------------------------------------------------

  @Test
  void gaussHermiteIntegratesTheNormalsMomentsExactly() {
    NormalQuadrature q = NormalQuadrature.of(10); // no node negligible: exact up to degree 19
    assertThat(q.size()).isEqualTo(10);
    double[] moments = new double[19];
    for (int i = 0; i < q.size(); i++) {
      for (int k = 0; k < moments.length; k++) moments[k] += q.weight(i) * Math.pow(q.point(i), k);
    }
    double doubleFactorial = 1; // E[Z^k] = (k − 1)!! for even k, 0 for odd k
    for (int k = 0; k < moments.length; k++) {
      if (k % 2 == 1) {
        assertThat(moments[k]).as("moment %d", k).isCloseTo(0, within(1e-6));
      } else {
        if (k > 0) doubleFactorial *= k - 1;
        assertThat(moments[k]).as("moment %d", k).isCloseTo(doubleFactorial, within(1e-12 * doubleFactorial));
      }
    }
    assertThat(NormalQuadrature.of(1).point(0)).isEqualTo(0);
  }

  @Test
  void theFrailtyNodesDropOnlyNegligibleWeights() {
    NormalQuadrature q = NormalQuadrature.of(ObservableCeiling.FRAILTY_NODES);
    assertThat(q.size()).isEqualTo(20);
    double frailty = 0;
    double total = 0;
    for (int i = 0; i < q.size(); i++) {
      frailty += q.weight(i) * Math.exp(RiskModel.FRAILTY_SD * q.point(i) + RiskModel.FRAILTY_SHIFT);
      total += q.weight(i);
    }
    assertThat(total).isCloseTo(1, within(1e-14));
    assertThat(frailty).as("the frailty's mean is exp(−0.18 + 0.6²/2) = 1").isCloseTo(1, within(1e-9));
  }

  // ---- on generated companies --------------------------------------------------------------

  private static final SampleConfig GENERATED = new SampleConfig(8000, 72, START, 3, 0.001, 0.002, 0.015);

  @Test
  void theReplayWritesExactlyTheSamplesLines() {
    SampleConfig conf = new SampleConfig(300, 72, START, 5, 0.01, 0.01, 0.015);
    Population.Plan plan = Population.plan(conf.seed(), conf.establishments());
    java.nio.file.Path dir;
    try {
      dir = java.nio.file.Files.createTempDirectory("replay");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    PartitionSummary written = new WritePartition(dir.toString(), conf, plan, 1, Map.of()).call(0);
    PartitionOutput replay = PartitionOutput.discarding(conf);
    Population population = new Population(conf.seed(), conf.start(), conf.months());
    for (int i = 0; i < plan.companies(); i++) {
      Company c = population.company(i, WritePartition.cap(plan, i));
      replay.record(new Emissions(c, conf.start(), conf.months(), DEFAULTS));
      WritePartition.writeLines(c, replay, conf);
    }
    assertThat(replay.lines()).as("lines per file, planted ones included").isEqualTo(written.lines);
    assertThat(replay.planted()).isEqualTo(written.planted);
  }

  /** Rows of one bin: Σ (actual − predicted) per company, for a standard error that respects a company's many months. */
  private static final class Bin {
    long rows;
    double predicted;
    double actual;
    final Map<Integer, Double> byCompany = new HashMap<>();

    void add(int company, double p, double a) {
      rows++;
      predicted += p;
      actual += a;
      byCompany.merge(company, a - p, Double::sum);
    }

    double z() {
      double squares = 0;
      for (double d : byCompany.values()) squares += d * d;
      return squares == 0 ? 0 : (actual - predicted) / Math.sqrt(squares);
    }

    @Override
    public String toString() {
      return String.format("%d rows of %d companies, mean predicted %.5f, mean actual %.5f, z %.2f", rows,
          byCompany.size(), predicted / rows, actual / rows, z());
    }
  }

  /**
   * The tower property, bin by bin: within rows of similar observable probability, the mean exact
   * probability given the latent state equals the mean observable one; within rows of similar
   * filtered P(state), the share of rows in that state equals it. A likelihood that did not match the
   * generator's draws would show here (dropping one family of emissions from the filter while keeping
   * those it conditions on moved some bins by 10 to 80 standard errors).
   */
  @Test
  void theCeilingIsTheExpectedTruthGivenWhatTheFilesShow() {
    Population population = new Population(GENERATED.seed(), GENERATED.start(), GENERATED.months());
    Population.Plan plan = Population.plan(GENERATED.seed(), GENERATED.establishments());
    ObservableCeiling ceiling = new ObservableCeiling(GENERATED, DEFAULTS);
    double[] edges = {0.003, 0.01, 0.03, 0.1, 0.3};
    double[] stateEdges = {0.01, 0.1, 0.3, 0.6, 0.9};
    Bin[] probability = bins(edges.length + 1);
    Bin[][] state = {bins(stateEdges.length + 1), bins(stateEdges.length + 1), bins(stateEdges.length + 1)};
    for (int i = 0; i < plan.companies(); i++) {
      Company c = population.company(i, WritePartition.cap(plan, i));
      ObservableFilter.Result r = ceiling.filter(c);
      Chain chain = RiskModel.chain(GENERATED.start(), GENERATED.months(), c.risk);
      int first = ObservableCeiling.first(c);
      for (int k = 0; k < r.probability().length; k++) {
        int m = first + k;
        double p = r.probability()[k];
        probability[bin(p, edges)].add(i, p, Truth.openingWithin(chain, m, RiskModel.HORIZON)[c.state[m]]);
        for (int s = 0; s < 3; s++) {
          double pi = r.states()[k][s];
          state[s][bin(pi, stateEdges)].add(i, pi, c.state[m] == s ? 1 : 0);
        }
      }
    }
    for (Bin b : probability) {
      assertThat(b.byCompany.size()).as("bins are populated: %s", b).isGreaterThan(20);
      assertThat(Math.abs(b.z())).as("P(opening): %s", b).isLessThan(4);
    }
    for (int s = 0; s < 3; s++) {
      for (Bin b : state[s]) {
        if (b.byCompany.size() < 20) continue;
        assertThat(Math.abs(b.z())).as("P(state %s): %s", RiskModel.STATES[s], b).isLessThan(4);
      }
    }
  }

  private static Bin[] bins(int n) {
    Bin[] bins = new Bin[n];
    for (int i = 0; i < n; i++) bins[i] = new Bin();
    return bins;
  }

  private static int bin(double value, double[] edges) {
    int b = 0;
    while (b < edges.length && value >= edges[b]) b++;
    return b;
  }

  /**
   * 24 Gauss–Hermite nodes against 96: on 400 companies the mean relative difference was 2e-6 and the
   * largest 4e-4 (companies whose long history pins their frailty down, where the integrand is peaked).
   */
  @Test
  void fourTimesTheFrailtyNodesChangeNothingThatMatters() {
    Population population = new Population(GENERATED.seed(), GENERATED.start(), GENERATED.months());
    Population.Plan plan = Population.plan(GENERATED.seed(), GENERATED.establishments());
    ObservableCeiling usual = new ObservableCeiling(GENERATED, DEFAULTS);
    ObservableCeiling finer = new ObservableCeiling(GENERATED, DEFAULTS, 96);
    double worst = 0;
    double sum = 0;
    long rows = 0;
    for (int i = 0; i < 400; i++) {
      Company c = population.company(i, WritePartition.cap(plan, i));
      double[] a = usual.filter(c).probability();
      double[] b = finer.filter(c).probability();
      for (int k = 0; k < a.length; k++) {
        double relative = Math.abs(a[k] - b[k]) / b[k];
        worst = Math.max(worst, relative);
        sum += relative;
        rows++;
      }
    }
    assertThat(sum / rows).as("mean relative change with 96 nodes").isLessThan(1e-5);
    assertThat(worst).as("largest relative change with 96 nodes").isLessThan(1e-3);
  }
}
