package fr.vigie.panel.family;

import java.util.Collection;
import java.util.TreeMap;

/**
 * Which balance sheet of each source is in force at each month (panel.md, "Financial statements"):
 * the sheet started most recently by m, while it is still usable (until its last usable month), none
 * otherwise. The panels carry its closing day ({@code exercice_bdf}, {@code exercice_diane}) and the
 * six Banque de France ratios; every other item is in bilans/, joined on the closing day.
 */
public final class Financials {
  private Financials() {}

  /** Per month, the sheet in force, or null. */
  public static Sheet[] inForce(Collection<Sheet> sheets, Calendar calendar) {
    Sheet[] out = new Sheet[calendar.size()];
    if (sheets == null || sheets.isEmpty()) return out;
    TreeMap<Integer, Sheet> byStart = new TreeMap<>();
    for (Sheet s : sheets) byStart.merge(s.from(), s, (a, b) -> a.closing() >= b.closing() ? a : b);
    for (int i = 0; i < out.length; i++) {
      int m = calendar.month(i);
      var latest = byStart.floorEntry(m);
      if (latest != null && latest.getValue().until() >= m) out[i] = latest.getValue();
    }
    return out;
  }
}
