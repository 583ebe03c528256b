package fr.vigie.sample;

import fr.vigie.config.SampleConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The observable ceiling of one company ({@code _truth/observable/}, docs/sample.md): the
 * probability that a first procedure opens within {@link RiskModel#HORIZON} months given what its
 * files show by the end of each month and that none has opened yet. Its lines are written again,
 * with the same random draws, into nothing ({@link PartitionOutput#discarding}), while
 * {@link Emissions} records what they show; {@link ObservableFilter} then runs over the company's
 * chain. The static traits the files show (sector, region, size at creation, age) set the known part
 * of the risk multiplier; the frailty, which no file shows, is integrated out over its log-normal
 * prior by {@link NormalQuadrature}.
 */
final class ObservableCeiling {
  /**
   * Gauss–Hermite nodes for the frailty (20 kept): against 96, probabilities move by 2e-6 of their value
   * on average, 4e-4 at most (ObservableCeilingTest), for 40 % of the time of 48 nodes.
   */
  static final int FRAILTY_NODES = 24;

  private final SampleConfig conf;
  private final Publication publication;
  private final NormalQuadrature frailty;
  private final PartitionOutput replay;

  ObservableCeiling(SampleConfig conf, Publication publication, int frailtyNodes) {
    this.conf = conf;
    this.publication = publication;
    this.frailty = NormalQuadrature.of(frailtyNodes);
    this.replay = PartitionOutput.discarding(conf);
  }

  ObservableCeiling(SampleConfig conf, Publication publication) {
    this(conf, publication, FRAILTY_NODES);
  }

  /** What company {@code c}'s files show, as the filter's factors. */
  Emissions emissions(Company c) {
    Emissions emissions = new Emissions(c, conf.start(), conf.months(), publication);
    replay.record(emissions);
    try {
      WritePartition.writeLines(c, replay, conf);
    } finally {
      replay.record(null);
    }
    return emissions;
  }

  /** The filter's answer for company {@code c}, month by month from its first month to its opening (excluded). */
  ObservableFilter.Result filter(Company c) {
    return ObservableFilter.run(nodes(c.traitRisk), first(c), end(c), emissions(c).factors(), RiskModel.HORIZON);
  }

  /** probabilite_observable per month of the window: null before the company exists and from its opening on. */
  Double[] probabilities(Company c) {
    Double[] out = new Double[conf.months()];
    int first = first(c);
    try {
      double[] p = filter(c).probability();
      for (int k = 0; k < p.length; k++) out[first + k] = p[k];
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Cannot compute the observable ceiling of siren " + c.siren + ": "
          + e.getMessage(), e);
    }
    return out;
  }

  /** The frailty's nodes for a company whose known multiplier is {@code traitRisk}. */
  List<ObservableFilter.Node> nodes(double traitRisk) {
    List<ObservableFilter.Node> nodes = new ArrayList<>(frailty.size());
    for (int i = 0; i < frailty.size(); i++) {
      double risk = traitRisk * Math.exp(RiskModel.FRAILTY_SD * frailty.point(i) + RiskModel.FRAILTY_SHIFT);
      nodes.add(new ObservableFilter.Node(RiskModel.chain(conf.start(), conf.months(), risk), RiskModel.initial(risk),
          frailty.weight(i)));
    }
    return nodes;
  }

  /** The company's first month in the window: its chain starts there (History). */
  static int first(Company c) {
    return Math.max(0, c.headOffice().createdMonth);
  }

  static int end(Company c, int months) {
    return c.openMonth >= 0 ? c.openMonth : months;
  }

  private int end(Company c) {
    return end(c, conf.months());
  }
}
