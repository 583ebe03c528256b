package fr.vigie.panel.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outstanding debt of one establishment per month, employee and employer shares (panel.md,
 * "URSSAF contributions and debts"), in whole centimes. The state of an ECN at month m is its row with
 * the highest Num_Hist_Ecn among rows accounted at or before m ({@link DebitLine#STATE_ORDER} breaks
 * ties); a row is accounted in the month of its processing day if the day is at most the 20th, else
 * in the next month (the files are delivered around the 20th), plus the source's delay. The debt is
 * the sum of the states over the ECNs: exact, so a repaid debt is 0.
 */
public final class Debts {
  /**
   * Per month, the two shares in centimes; the debt of the gaps first known that month
   * ({@code nouvelle}); and of the gaps already known the month before, their debt then
   * ({@code anterieure}) and how much of it was paid back since ({@code remboursee}: their decreases).
   */
  public record Months(long[] po, long[] pp, long[] nouvelle, long[] anterieure, long[] remboursee) {
    public long total(int i) {
      return po[i] + pp[i];
    }
  }

  private Debts() {}

  /** The month a row is known at: its accounting month (20th-of-month rule) plus the delay. */
  static int knownAt(DebitLine line, int delay) {
    LocalDate day = LocalDate.ofEpochDay(line.day());
    return Calendar.monthOf(line.day()) + (day.getDayOfMonth() > 20 ? 1 : 0) + delay;
  }

  public static Months compute(Collection<DebitLine> lines, Calendar calendar, int delay) {
    Map<DebitLine.Ecn, List<DebitLine>> byEcn = new HashMap<>();
    for (DebitLine line : lines) byEcn.computeIfAbsent(line.ecn(), e -> new ArrayList<>()).add(line);
    int n = calendar.size();
    long[] po = new long[n];
    long[] pp = new long[n];
    long[] nouvelle = new long[n];
    long[] anterieure = new long[n];
    long[] remboursee = new long[n];
    for (List<DebitLine> rows : byEcn.values()) {
      // one sweep over the months, the rows in the order they become known; the state before the
      // calendar's first month too, so that its first month knows which gaps are new
      rows.sort(java.util.Comparator.comparingInt(r -> knownAt(r, delay)));
      DebitLine state = null;
      int next = 0;
      for (int i = -1; i < n; i++) {
        DebitLine before = state;
        int m = calendar.start() + i;
        while (next < rows.size() && knownAt(rows.get(next), delay) <= m) {
          DebitLine row = rows.get(next++);
          if (state == null || DebitLine.STATE_ORDER.compare(row, state) > 0) state = row;
        }
        if (i < 0 || state == null) continue;
        po[i] += state.po();
        pp[i] += state.pp();
        long now = state.po() + state.pp();
        if (before == null) {
          nouvelle[i] += now;
        } else {
          long then = before.po() + before.pp();
          anterieure[i] += then;
          remboursee[i] += Math.max(0, then - now);
        }
      }
    }
    return new Months(po, pp, nouvelle, anterieure, remboursee);
  }
}
