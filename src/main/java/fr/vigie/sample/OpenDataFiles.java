package fr.vigie.sample;

import fr.vigie.config.SourceName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The two URSSAF open-data series, written by the driver (a few thousand lines): exports of the
 * Opendatasoft portal, UTF-8 with byte-order marks (a second one inside a label), rows in no
 * particular order.
 *
 * <p>Procédures collectives par région: the sample's own first openings per (region, nature,
 * quarter), times {@code scale} (the sample stands for a country of 1,000,000 employers), within
 * ± 5 %; the two years before the window repeat the first year's level. A
 * few {@code _calage_} rows (code 99, negative counts) are planted: ingest quarantines them.
 *
 * <p>Auto-entrepreneurs par département: stocks proportional to the département's weight, growing
 * slowly; registrations fall and radiations rise in the crisis, radiations scale with the region's
 * risk multiplier; the estimated columns are filled from Q4 2019.
 */
final class OpenDataFiles {
  static final String[] NATURES = {"liquidation", "redressement", "sauvegarde"};
  private static final String[] NATURE_LABELS = {"Liquidation judiciaire", "Redressement judiciaire", "Sauvegarde"};

  private OpenDataFiles() {}

  /** @return the number of calage rows planted */
  static long procolsRegion(String root, Configuration hadoop, Map<String, Long> openings, double scale, YearMonth start,
      int months, long seed) {
    SplittableRandom rng = Seeds.stream(seed, -1, Seeds.GLOBAL);
    TreeSet<String> regions = new TreeSet<>(Geography.DEPARTEMENTS.stream().map(Geography::region).toList());
    List<String> rows = new ArrayList<>();
    YearMonth first = start.minusMonths(24);
    YearMonth last = start.plusMonths(months - 1);
    long calage = 0;
    for (YearMonth q = quarterStart(first); !q.isAfter(last); q = q.plusMonths(3)) {
      int year = q.getYear();
      int quarter = (q.getMonthValue() - 1) / 3 + 1;
      boolean before = q.isBefore(quarterStart(start));
      for (String region : regions) {
        for (int n = 0; n < NATURES.length; n++) {
          double count;
          if (before) {
            double sum = 0;
            for (int k = 0; k < 4; k++) {
              YearMonth m = quarterStart(start).plusMonths(3L * k);
              sum += openings.getOrDefault(PartitionSummary.key(region, NATURES[n], m.getYear(),
                  (m.getMonthValue() - 1) / 3 + 1), 0L);
            }
            count = sum / 4;
          } else {
            count = openings.getOrDefault(PartitionSummary.key(region, NATURES[n], year, quarter), 0L);
          }
          long value = Math.round(count * scale * (0.95 + 0.1 * rng.nextDouble())); // 0 stays 0
          String name = Geography.regionName(region);
          rows.add(name + ";" + name + ";" + NATURE_LABELS[n] + ";" + year + ";" + quarter + ";"
              + Encodings.iso(q.plusMonths(2).atEndOfMonth()) + ";" + region + ";" + region + ";" + value);
        }
      }
      if (rng.nextDouble() < 0.3) {
        int n = rng.nextInt(NATURES.length);
        rows.add("_calage_;_calage_;" + NATURE_LABELS[n] + ";" + year + ";" + quarter + ";"
            + Encodings.iso(q.plusMonths(2).atEndOfMonth()) + ";99;99;-" + (1 + rng.nextInt(9)));
        calage++;
      }
    }
    Collections.shuffle(rows, new java.util.Random(seed));
    String header = "\uFEFF\uFEFFRégion;Ancienne région;Nature de procédure;Ann\uFEFFée;Trimestre;"
        + "Dernier jour du trimestre;Code région;Code ancienne région;Nombre de procédures (brut)";
    write(root, hadoop, SourceName.PROCOLS_REGION.folder() + "/procedures-collectives-par-region.csv", header, rows,
        false);
    return calage;
  }

  static void autoEntrepreneurs(String root, Configuration hadoop, YearMonth start, int months, long seed) {
    SplittableRandom rng = Seeds.stream(seed, -2, Seeds.GLOBAL);
    List<String> rows = new ArrayList<>();
    YearMonth first = start.minusMonths(24);
    YearMonth last = start.plusMonths(months - 1);
    int k = 0;
    for (YearMonth q = quarterStart(first); !q.isAfter(last); q = q.plusMonths(3), k++) {
      int year = q.getYear();
      int quarter = (q.getMonthValue() - 1) / 3 + 1;
      boolean crisis = RiskModel.inCrisis(q) || RiskModel.inCrisis(q.plusMonths(2));
      boolean estimated = !q.isBefore(YearMonth.of(2019, 10));
      for (String dep : Geography.DEPARTEMENTS) {
        String region = Geography.region(dep);
        double admin = Geography.weight(dep) * 9000 * Math.pow(1.015, k) * (1 + 0.02 * rng.nextDouble());
        double eco = admin * (crisis ? 0.5 : 0.6);
        double registrations = admin * 0.07 * (crisis ? 0.6 : 1.0) * (0.9 + 0.2 * rng.nextDouble());
        double radiations = admin * 0.045 * Geography.regionFactor(region) * (crisis ? 1.2 : 1.0);
        double turnover = eco * 4100 * (crisis ? 0.7 : 1.0);
        rows.add(Geography.regionName(region) + ";" + Geography.departementName(dep) + ";" + year + ";" + quarter + ";"
            + Encodings.iso(q.plusMonths(2).atEndOfMonth()) + ";" + region + ";" + dep + ";" + Math.round(registrations)
            + ";" + Math.round(radiations) + ";" + Encodings.decimal(turnover, 0, ',') + ";" + Math.round(eco) + ";"
            + Math.round(admin) + ";" + (estimated ? Long.toString(Math.round(radiations * 1.3)) : "") + ";"
            + (estimated ? Long.toString(Math.round(admin * 0.97)) : ""));
      }
    }
    Collections.shuffle(rows, new java.util.Random(seed + 1));
    String header = "\uFEFFregion;departement;annee;trimestre;dernier_jour_du_trimestre;code_region;code_departement;"
        + "immatriculations;radiations;chiffres_d_affaires;economiquement_actifs;administrativement_actifs;"
        + "radiations_estimees;administrativement_actifs_estimes";
    write(root, hadoop, SourceName.AUTO_ENTREPRENEURS.folder() + "/auto-entrepreneurs-par-departement.csv.gz", header,
        rows, true);
  }

  private static YearMonth quarterStart(YearMonth m) {
    return YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
  }

  private static void write(String root, Configuration hadoop, String relative, String header, List<String> rows,
      boolean gzip) {
    Path path = new Path(root, relative);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (OutputStream raw = fs.create(path, true);
          OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String row : rows) sb.append(row).append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write sample file " + path, e);
    }
  }

  static Map<String, Long> regionTotals(Map<String, Long> openings) {
    Map<String, Long> totals = new TreeMap<>();
    openings.forEach((k, v) -> totals.merge(k.substring(0, k.indexOf('|')), v, Long::sum));
    return totals;
  }
}
