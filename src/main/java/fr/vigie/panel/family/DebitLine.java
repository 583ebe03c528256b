package fr.vigie.panel.family;

import java.util.Comparator;

/**
 * One operation on a negative gap (ECN) of an establishment: the ECN (compte, period, number), the
 * operation's number in its history, its processing day (days since 1970-01-01), where it was read
 * (file, line), and the remaining balances after it, employee and employer shares, in centimes.
 */
public record DebitLine(String compte, int periode, long numEcn, long numHist, int day, String file, long line,
    long po, long pp) {

  /**
   * Which row is an ECN's state among several (panel.md): the highest Num_Hist_Ecn, then the later
   * processing day, then the later file and line, then the balances (so that the choice never depends
   * on the order rows arrive in).
   */
  static final Comparator<DebitLine> STATE_ORDER = Comparator.comparingLong(DebitLine::numHist)
      .thenComparingInt(DebitLine::day)
      .thenComparing(DebitLine::file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(DebitLine::line)
      .thenComparingLong(DebitLine::po)
      .thenComparingLong(DebitLine::pp);

  /** The ECN the row belongs to. */
  record Ecn(String compte, int periode, long numEcn) {}

  Ecn ecn() {
    return new Ecn(compte, periode, numEcn);
  }
}
