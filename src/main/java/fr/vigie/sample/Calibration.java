package fr.vigie.sample;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The realised yearly opening rate among companies of 10 employees or more: per calendar year, the
 * companies alive, not in procedure and with 10+ employees in January, and how many of them opened a
 * procedure during the year. Mergeable across partitions.
 */
public final class Calibration implements Serializable {
  private static final long serialVersionUID = 1L;
  /** year → {companies, openings}. */
  private final TreeMap<Integer, long[]> years = new TreeMap<>();

  public void add(Company c, YearMonth start, int months) {
    for (int u = 0; u < months; u++) {
      YearMonth month = start.plusMonths(u);
      if (month.getMonthValue() != 1 || u + 12 > months) continue;
      byte s = c.state[u];
      if (s < 0 || s > 2 || c.headcount(u) < 10) continue;
      long[] counts = years.computeIfAbsent(month.getYear(), y -> new long[2]);
      counts[0]++;
      if (c.openMonth >= u && c.openMonth < u + 12) counts[1]++;
    }
  }

  public Calibration merge(Calibration other) {
    other.years.forEach((y, c) -> {
      long[] mine = years.computeIfAbsent(y, k -> new long[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
    return this;
  }

  /** Openings / companies over every year. */
  public double rate() {
    long n = 0;
    long k = 0;
    for (long[] c : years.values()) {
      n += c[0];
      k += c[1];
    }
    return n == 0 ? 0 : (double) k / n;
  }

  /** year → rate. */
  public Map<Integer, Double> rateByYear() {
    Map<Integer, Double> rates = new TreeMap<>();
    years.forEach((y, c) -> rates.put(y, c[0] == 0 ? 0 : (double) c[1] / c[0]));
    return rates;
  }

  public Map<Integer, long[]> counts() {
    return years;
  }
}
