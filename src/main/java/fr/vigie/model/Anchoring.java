package fr.vigie.model;

import fr.vigie.model.Curves.ScoreCount;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Anchors the calibrated probabilities of one scored month to the opening rate the procédures
 * collectives show up to that month: a prior-shift correction, point in time, saved with the
 * calibration ({@code model/calibration.json}) and applied the same way by {@code vigie train} (to
 * the test months) and {@code vigie score}.
 *
 * <p>Why (docs/model.md, "Calibration, measured"): a calibration carries the rate of the rows it was
 * fitted on, the validation rows of the training months, whose label windows end 18 months before
 * the first scored month. Two things move in between. The rate of first openings drifts with the
 * calendar (courts, the economy), and the trees' scores drift too: a feature whose history was
 * short in the first training months (balance sheets two years back) fills in later, so the same
 * calibration gives a higher mean on later months (measured +26 % on the default sample). Both are
 * corrected by one number per month, an offset δ on the calibrated log-odds, chosen so that the mean
 * probability of the month's in-scope establishments equals the rate expected from what is
 * observable at the month:
 *
 * <pre>
 *   target(m) = R × h(m) / h_train        p' = σ(logit p + δ(m)),  mean over the month of p' = target(m)
 * </pre>
 *
 * <ul>
 *   <li>R: the observed positive rate of the rows the calibration was fitted on (the validation sirens of
 *       the training months): the rate the calibration itself carries, so that without drift the
 *       anchoring changes little (measured against the rate of every training row, docs/model.md);
 *   <li>h_train: the monthly hazard of a first opening (openings over the in-scope establishments not
 *       in procedure the month before) over the training rows' label windows: each training month i
 *       counts the months of its window (i, i + H], so a month counts once per window that holds it;
 *   <li>h(m): the same hazard over the {@link #windowMonths} latest months whose openings are known at
 *       the end of m (the procédures' publication delay taken off). With fewer than
 *       {@link #minOpenings} openings in the window the ratio is too noisy (and zero openings mostly
 *       means an undelivered file): it is then 1, and the month is anchored to R alone.
 * </ul>
 * Everything is known at m: openings up to m − delay, the month's own rows (their features, never
 * their outcome), and the training figures (labels of months ≤ T, windows ending at T + H, before
 * the first test month). Within a month the order of the scores is unchanged (δ is one number, and
 * σ(logit p + δ) increases with p).
 *
 * <p>Determinism: counts are longs; the offset is found by bisection over the month's rows counted
 * per distinct probability, summed in increasing order, with {@link StrictMath}, so a month gets the
 * same δ, bit for bit, on any machine, in {@code vigie train} and in {@code vigie score}.
 *
 * @param windowMonths        months of openings in h(m)
 * @param procolsDelayMonths  the procédures' publication delay: openings of month k are known at the
 *                            end of k + delay
 * @param minOpenings         fewest openings in the window for the ratio h(m) / h_train
 * @param calibrationRows     the validation rows the calibration was fitted on
 * @param calibrationPositives their positive rows
 * @param trainingOpenings    openings over the training rows' label windows (a month once per window)
 * @param trainingExposures   the in-scope establishments exposed to them, counted the same way
 */
public record Anchoring(int windowMonths, int procolsDelayMonths, int minOpenings, long calibrationRows,
    long calibrationPositives, long trainingOpenings, long trainingExposures) implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RULE = "each scored month m: one offset on the calibrated log-odds brings the mean"
      + " probability of the month's establishments to R x h(m) / h_train (R: positive rate of the validation rows"
      + " the calibration is fitted on;"
      + " h: monthly hazard of a first opening, h(m) over the latest months known at m, h_train over the training"
      + " rows' label windows)";
  /** The offset is searched in [−BOUND, BOUND]: e^±30 moves any probability to 0 or 1 within rounding. */
  static final double BOUND = 30;

  /**
   * One panel month: its in-scope establishments not in procedure ({@code rows}) and how many of them
   * see their company's first procedure open the next month ({@code openings}).
   */
  public record Month(YearMonth month, long rows, long openings) implements Serializable {}

  /**
   * The anchoring of one scored month.
   *
   * @param openings  openings in the window
   * @param exposures establishment-months exposed to them
   * @param ratio     h(m) / h_train, or 1 when the window holds fewer than minOpenings openings
   * @param rate      the target mean probability, R × ratio
   */
  public record Target(YearMonth month, YearMonth windowFirst, YearMonth windowLast, long openings, long exposures,
      double ratio, double rate) {}

  public Anchoring {
    if (windowMonths < 1) throw new IllegalArgumentException("Cannot anchor: window of " + windowMonths + " months");
    if (procolsDelayMonths < 0) throw new IllegalArgumentException("Cannot anchor: delay " + procolsDelayMonths);
  }

  /**
   * The training figures: R from the calibration rows' counts, h_train from the panel months over the
   * label windows of the training months {@code trainFirst .. trainLast} (horizon H).
   */
  public static Anchoring fit(List<Month> months, YearMonth trainFirst, YearMonth trainLast, int horizon,
      long calibrationRows, long calibrationPositives, int windowMonths, int procolsDelayMonths, int minOpenings) {
    long openings = 0;
    long exposures = 0;
    for (YearMonth i = trainFirst; !i.isAfter(trainLast); i = i.plusMonths(1)) {
      // the window (i, i + H]: openings in months i + 1 .. i + H, among the rows of months i .. i + H − 1
      long[] sums = sums(months, i, i.plusMonths(horizon - 1L));
      openings += sums[0];
      exposures += sums[1];
    }
    return new Anchoring(windowMonths, procolsDelayMonths, minOpenings, calibrationRows, calibrationPositives, openings,
        exposures);
  }

  /** R: the calibration rows' positive rate. */
  public double calibrationRate() {
    return calibrationRows == 0 ? 0 : (double) calibrationPositives / calibrationRows;
  }

  /** h_train. */
  public double trainingHazard() {
    return trainingExposures == 0 ? 0 : (double) trainingOpenings / trainingExposures;
  }

  /**
   * The first panel month of the window of {@code scored}: its rows are exposed to the openings of
   * the next month, and the window's last opening month is {@code scored} − delay.
   */
  public YearMonth windowFirst(YearMonth scored) {
    return windowLast(scored).minusMonths(windowMonths - 1L);
  }

  /** The last panel month of the window (its rows' openings fall in {@code scored} − delay). */
  public YearMonth windowLast(YearMonth scored) {
    return scored.minusMonths(procolsDelayMonths + 1L);
  }

  /** The target rate of {@code scored}, from the panel months (only those of its window are read). */
  public Target target(List<Month> months, YearMonth scored) {
    YearMonth first = windowFirst(scored);
    YearMonth last = windowLast(scored);
    long[] sums = sums(months, first, last);
    double hazard = trainingHazard();
    double ratio = sums[0] < minOpenings || sums[1] == 0 || hazard == 0 ? 1.0 : (double) sums[0] / sums[1] / hazard;
    return new Target(scored, first, last, sums[0], sums[1], ratio, calibrationRate() * ratio);
  }

  /**
   * The offset δ that brings the mean of σ(logit p + δ) over the counted probabilities to
   * {@code rate}: bisection, which ends when the interval cannot shrink in doubles. The rows are
   * summed per distinct probability in increasing order, so any order or grouping of the same rows
   * gives the same bits. Clamped to ±{@link #BOUND} when the rate is out of reach (every probability 0 or 1).
   */
  public static double offset(List<ScoreCount> probabilities, double rate) {
    // rows per distinct probability, in increasing order: the sums below then run in one order
    // whatever the order and the grouping of the counts given (per raw score, with or without labels)
    TreeMap<Double, Long> rows = new TreeMap<>();
    long total = 0;
    for (ScoreCount c : probabilities) {
      long n = c.positives() + c.negatives();
      rows.merge(c.score(), n, Long::sum);
      total += n;
    }
    if (total == 0 || !(rate > 0 && rate < 1)) return 0;
    double lo = -BOUND;
    double hi = BOUND;
    while (true) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) return mid;
      double sum = 0;
      for (Map.Entry<Double, Long> e : rows.entrySet()) sum += shift(e.getKey(), mid) * e.getValue();
      if (sum / total < rate) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
  }

  /** σ(logit p + offset), written p·e / (1 − p + p·e) with e = exp(offset): 0 and 1 stay, offset 0 changes nothing. */
  public static double shift(double p, double offset) {
    if (offset == 0 || p <= 0 || p >= 1) return p;
    double e = StrictMath.exp(offset);
    return p * e / (1 - p + p * e);
  }

  /** Sums of openings and rows over the panel months first .. last (absent months count 0). */
  private static long[] sums(List<Month> months, YearMonth first, YearMonth last) {
    long openings = 0;
    long rows = 0;
    for (Month m : months) {
      if (!m.month().isBefore(first) && !m.month().isAfter(last)) {
        openings += m.openings();
        rows += m.rows();
      }
    }
    return new long[] {openings, rows};
  }
}
