package fr.vigie.panel.family;

import java.util.Map;
import java.util.TreeMap;

/**
 * Headcount as known at the end of each month (panel.md, "Headcount"): a month's value is published
 * {@code delay} months later; row m carries the latest value published by m (values published before
 * the calendar still seed it) and {@code effectif_reporte} = m − the month of that value (the delay
 * when the data are on time, more when a month is missing or the file stops). The same rule serves
 * the company file.
 */
public final class Headcount {
  /** Per month: the headcount shown and the month it belongs to (null: none published yet). */
  public record Months(Integer[] effectif, Integer[] reporte) {}

  private Headcount() {}

  /**
   * @param values own month → headcount; a month delivered twice keeps its largest value
   */
  public static Months compute(Map<Integer, Integer> values, Calendar calendar, int delay) {
    TreeMap<Integer, Integer> published = new TreeMap<>(); // publication month → own month
    for (int own : values.keySet()) published.merge(own + delay, own, Math::max);
    Integer[] effectif = new Integer[calendar.size()];
    Integer[] reporte = new Integer[calendar.size()];
    for (int i = 0; i < calendar.size(); i++) {
      int m = calendar.month(i);
      Map.Entry<Integer, Integer> latest = published.floorEntry(m);
      if (latest == null) continue;
      int own = latest.getValue();
      effectif[i] = values.get(own);
      reporte[i] = m - own;
    }
    return new Months(effectif, reporte);
  }

  /** Relative change over 12 months: (effectif − effectif 12 months earlier) / the latter, when it is positive. */
  public static Double variation(Integer effectif, Integer past) {
    if (effectif == null || past == null || past <= 0) return null;
    return (double) (effectif - past) / past;
  }
}
