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
  /** Per month, the two shares in centimes. */
  public record Months(long[] po, long[] pp) {
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
    long[] po = new long[calendar.size()];
    long[] pp = new long[calendar.size()];
    for (List<DebitLine> rows : byEcn.values()) {
      // one sweep over the months, the rows in the order they become known
      rows.sort(java.util.Comparator.comparingInt(r -> knownAt(r, delay)));
      DebitLine state = null;
      int next = 0;
      for (int i = 0; i < calendar.size(); i++) {
        int m = calendar.month(i);
        while (next < rows.size() && knownAt(rows.get(next), delay) <= m) {
          DebitLine row = rows.get(next++);
          if (state == null || DebitLine.STATE_ORDER.compare(row, state) > 0) state = row;
        }
        if (state != null) {
          po[i] += state.po();
          pp[i] += state.pp();
        }
      }
    }
    return new Months(po, pp);
  }
}
