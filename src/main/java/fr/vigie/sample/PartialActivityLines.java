package fr.vigie.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Activité partielle of one company (comma-separated, quoted or not, floats for integers, blank
 * lines between records, ISO dates with or without a time, dd/MM/yyyy in older exports). In the
 * crisis most establishments ask for it, the more so when fragile and in exposed sectors; otherwise
 * only companies in difficulty (and builders in winter) do. Consumption is delivered one month late:
 * none for the window's last month.
 */
final class PartialActivityLines {
  private static final double HOURS_PER_MONTH = 151.67;
  private static final double HOURLY_ALLOWANCE = 7.74;
  // read by EmissionLikelihoods too (the observable ceiling)
  /** Monthly probability of a request outside the crisis' first month, per state/phase (3+ employees). */
  static final double[] OUTSIDE_CRISIS = {0, 0.003, 0.01, 0, 0.002, 0};
  /** Builders ask in winter (December to February) with this probability, whatever their state. */
  static final double WINTER_BUILDERS = 0.01;
  /** Probability of a request in the crisis' first month, per state/phase (1+ employee), plus {@link #crisisBonus}. */
  static final double[] CRISIS = {0.35, 0.6, 0.75, 0.3, 0.4, 0};

  private PartialActivityLines() {}

  /** The crisis' hardest-hit sectors ask more: I and R +0.25; G, H, N and F +0.1. */
  static double crisisBonus(char section) {
    if (section == 'I' || section == 'R') return 0.25;
    return section == 'G' || section == 'H' || section == 'N' || section == 'F' ? 0.1 : 0;
  }

  static boolean builderInWinter(char section, YearMonth month) {
    return section == 'F' && (month.getMonthValue() == 12 || month.getMonthValue() <= 2);
  }

  static void write(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    Emissions emissions = out.emissions();
    for (Establishment e : c.establishments) {
      int k = 0;
      int busyUntil = -1;
      for (int u = Math.max(0, e.createdMonth); u < months && k < 10; u++) {
        if (u <= busyUntil || !e.activeAt(u)) continue;
        byte state = c.state[u];
        YearMonth month = start.plusMonths(u);
        int h = e.headcount[u];
        LocalDate from;
        LocalDate to;
        int motif;
        if (month.equals(RiskModel.CRISIS_FIRST) && h >= 1) {
          boolean asked = rng.nextDouble() < CRISIS[state] + crisisBonus(c.activity.section());
          if (emissions != null) emissions.partialActivity(e, u, true, asked);
          if (!asked) continue;
          from = rng.nextDouble() < 0.7 ? month.atDay(16) : month.plusMonths(1).atDay(1);
          to = rng.nextBoolean() ? YearMonth.of(2020, 6).atEndOfMonth() : YearMonth.of(2020, 12).atEndOfMonth();
          motif = 5;
        } else if (h >= 3) {
          boolean asked = rng.nextDouble() < OUTSIDE_CRISIS[state]
              || (builderInWinter(c.activity.section(), month) && rng.nextDouble() < WINTER_BUILDERS);
          if (emissions != null) emissions.partialActivity(e, u, false, asked);
          if (!asked) continue;
          from = month.plusMonths(1).atDay(1);
          to = from.plusMonths(3 + rng.nextInt(4)).minusDays(1);
          motif = c.activity.section() == 'F' && month.getMonthValue() <= 2 ? 3 : rng.nextDouble() < 0.03 ? 6 : 1;
          if (u + 1 >= months) continue;
        } else {
          continue;
        }
        busyUntil = u + (int) (YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS));
        demande(c, e, k++, u, h, from, to, motif, out, months, start, rng);
      }
    }
  }

  private static void demande(Company c, Establishment e, int k, int u, int h, LocalDate from, LocalDate to,
      int motif, PartitionOutput out, int months, YearMonth start, SplittableRandom rng) {
    String id = Geography.pad(c.index * 1000L + e.number * 10L + k, 9) + "A";
    YearMonth first = YearMonth.from(from);
    int span = (int) first.until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
    int authorised = Math.max(1, (int) Math.round(h * (0.5 + 0.5 * rng.nextDouble())));
    double hours = Math.round(authorised * HOURS_PER_MONTH * span * (0.2 + 0.4 * rng.nextDouble()));
    double consumedHours = 0;
    double consumedAmount = 0;
    double consumedPeople = 0;
    int seq = 0;
    LineSink conso = out.get(SampleFile.AP_CONSOMMATIONS);
    for (int i = 0; i < span; i++) {
      int w = u + (first.isAfter(start.plusMonths(u)) ? 1 : 0) + i;
      if (w > months - 2 || !e.activeAt(w)) break;
      double used = Math.round(hours / span * (0.2 + 0.75 * rng.nextDouble()));
      double people = Math.max(1, Math.round(authorised * (0.4 + 0.6 * rng.nextDouble())));
      consumedHours += used;
      consumedAmount += used * HOURLY_ALLOWANCE;
      consumedPeople += people;
      YearMonth month = start.plusMonths(w);
      LocalDate inside = rng.nextBoolean() ? month.atEndOfMonth().minusDays(rng.nextInt(2)) : month.atDay(15);
      boolean quoted = rng.nextDouble() < 0.3;
      String mois = Encodings.iso(inside) + (rng.nextDouble() < 0.3 ? " 00:00:00" : "");
      conso.line(join(quoted, id + Geography.pad(++seq, 2), e.siretAt(w), Encodings.decimal(used, 1, '.'),
          Encodings.decimal(used * HOURLY_ALLOWANCE, 2, '.'), Encodings.decimal(people, 1, '.'), mois));
      if (rng.nextDouble() < 0.02) conso.blank();
    }
    LocalDate status = motif == 5 ? from.plusDays(rng.nextInt(20)) : from.minusDays(1 + rng.nextInt(15));
    boolean old = from.getYear() < 2018;
    int companyHeadcount = Math.max(c.headcount(u), h);
    LineSink sink = out.get(SampleFile.AP_DEMANDES);
    sink.line(join(rng.nextDouble() < 0.3, id, e.siretAt(u),
        rng.nextBoolean() ? companyHeadcount + ".0" : Integer.toString(companyHeadcount), Integer.toString(h),
        date(status, old, rng), date(from, old, rng), date(to, old, rng), Encodings.decimal(hours, 1, '.'),
        Encodings.decimal(hours * HOURLY_ALLOWANCE, 2, '.'), Integer.toString(authorised), Integer.toString(motif),
        Integer.toString(motif == 5 ? (rng.nextBoolean() ? 1 : 3) : 1 + rng.nextInt(4)),
        seq == 0 ? "" : Encodings.decimal(consumedHours, 1, '.'), seq == 0 ? "" : Encodings.decimal(consumedPeople, 1, '.'),
        seq == 0 ? "" : Encodings.decimal(consumedAmount, 2, '.'), Integer.toString(1 + rng.nextInt(3))));
    if (rng.nextDouble() < 0.02) sink.blank();
  }

  private static String date(LocalDate d, boolean old, SplittableRandom rng) {
    if (old) return Encodings.slash(d);
    return rng.nextDouble() < 0.3 ? Encodings.iso(d) + " 00:00:00" : Encodings.iso(d);
  }

  private static String join(boolean quoted, String... fields) {
    StringBuilder sb = new StringBuilder(160);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) sb.append(',');
      if (quoted && !fields[i].isEmpty()) sb.append('"').append(fields[i]).append('"');
      else sb.append(fields[i]);
    }
    return sb.toString();
  }
}
