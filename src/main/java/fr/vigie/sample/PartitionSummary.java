package fr.vigie.sample;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one partition reports to the driver (small): planted lines per file and reason, lines per
 * file, procedure openings per (region, nature, quarter) for the open-data series, and the
 * calibration counts.
 */
final class PartitionSummary implements Serializable {
  private static final long serialVersionUID = 1L;
  final Map<String, Map<String, Long>> planted = new TreeMap<>();
  final Map<String, Long> lines = new TreeMap<>();
  /** "region|nature|yyyy|q" → first openings. */
  final Map<String, Long> openings = new TreeMap<>();
  final Calibration calibration = new Calibration();
  long companies;
  long establishments;

  void add(Company c, YearMonth start, int months) {
    companies++;
    establishments += c.establishments.size();
    calibration.add(c, start, months);
    if (c.openMonth >= 0) {
      YearMonth m = start.plusMonths(c.openMonth);
      openings.merge(key(c.region(), c.nature, m.getYear(), (m.getMonthValue() - 1) / 3 + 1), 1L, Long::sum);
    }
  }

  static String key(String region, String nature, int year, int quarter) {
    return region + "|" + nature + "|" + year + "|" + quarter;
  }

  PartitionSummary merge(PartitionSummary other) {
    other.planted.forEach((file, reasons) -> planted.merge(file, reasons, (a, b) -> {
      Map<String, Long> m = new TreeMap<>(a);
      b.forEach((r, n) -> m.merge(r, n, Long::sum));
      return m;
    }));
    other.lines.forEach((k, v) -> lines.merge(k, v, Long::sum));
    other.openings.forEach((k, v) -> openings.merge(k, v, Long::sum));
    calibration.merge(other.calibration);
    companies += other.companies;
    establishments += other.establishments;
    return this;
  }
}
