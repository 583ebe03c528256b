package fr.vigie.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The URSSAF files of one company: the account table, and the compte-only cotisations, débits,
 * délais and CCSF files. Per establishment, a ledger walks the months: each period's contribution is
 * due; the share left unpaid depends on the month's state and becomes a negative gap (ECN) whose
 * history follows: mise en recouvrement, payments (more likely under a payment delay), bounced
 * payments that restore the balance, cancellations, write-off after a liquidation. Nothing is dated
 * on or after the account's closure, so every line resolves to a siret.
 */
final class UrssafLines {
  /** Monthly probability that an open ECN gets a payment, per state/phase 0–5. */
  private static final double[] PAY = {0.85, 0.3, 0.08, 0.0, 0.2, 0.0};
  /** Probability that a period is left (partly) unpaid, per state/phase. */
  private static final double[] UNPAID = {0.012, 0.30, 0.75, 0.10, 0.12, 0.0};
  private static final double CONTRIBUTION_RATE = 0.42;
  private static final double WORKER_SHARE = 0.3;

  private final Company c;
  private final PartitionOutput out;
  private final YearMonth start;
  private final int months;
  private final SplittableRandom rng;

  private UrssafLines(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    this.c = c;
    this.out = out;
    this.start = start;
    this.months = months;
    this.rng = rng;
  }

  static void write(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    UrssafLines lines = new UrssafLines(c, out, start, months, rng);
    for (Establishment e : c.establishments) {
      lines.accounts(e);
      lines.ledger(e);
    }
  }

  /** The account's closure: the first day of the month activity ends, null while open. */
  private LocalDate closure() {
    return c.endMonth < months ? start.plusMonths(c.endMonth).atDay(1) : null;
  }

  private void accounts(Establishment e) {
    LocalDate closure = closure();
    if (closure != null && !closure.isAfter(e.created)) closure = e.created.plusDays(1);
    String prefix = Geography.urssaf(e.region) + ";" + e.departement + ";" + e.compte + ";";
    LineSink sink = out.get(SampleFile.COMPTES);
    if (e.oldSiret != null) {
      LocalDate moved = start.plusMonths(e.moveMonth).atDay(1);
      sink.line(prefix + "3;" + c.siren + ";" + e.oldSiret + ";" + Encodings.aamj(e.created) + ";"
          + Encodings.aamj(moved));
      sink.line(prefix + (closure == null ? "1;" : "3;") + c.siren + ";" + e.siret + ";" + Encodings.aamj(moved) + ";"
          + (closure == null ? "" : Encodings.aamj(closure)));
    } else {
      sink.line(prefix + (closure == null ? "1;" : "3;") + c.siren + ";" + e.siret + ";" + Encodings.aamj(e.created)
          + ";" + (closure == null ? "" : Encodings.aamj(closure)));
    }
  }

  /** One negative gap: its period, number, current balances (centimes) and history counter. */
  private static final class Ecn {
    final String period;
    final int number;
    final int motif;
    final int createdMonth;
    long po;
    long pp;
    int hist;

    Ecn(String period, int number, int motif, int createdMonth, long po, long pp) {
      this.period = period;
      this.createdMonth = createdMonth;
      this.number = number;
      this.motif = motif;
      this.po = po;
      this.pp = pp;
    }
  }

  private void ledger(Establishment e) {
    List<Ecn> open = new ArrayList<>();
    int first = Math.max(0, e.createdMonth);
    int lastActive = Math.min(months, c.endMonth) - 1;
    double quarterDue = 0;
    int delayUntil = -1;
    boolean ccsf = false;
    double yearDue = 0;
    for (int u = first; u < months; u++) {
      byte state = c.state[u];
      YearMonth month = start.plusMonths(u);
      boolean active = e.activeAt(u);
      // operations on the gaps already open, before this month's new ones
      for (int i = 0; i < open.size(); i++) {
        Ecn ecn = open.get(i);
        if (step(e, ecn, u, state, u <= delayUntil)) open.remove(i--);
      }
      if (!active) continue;
      double due = c.activity.wage() * Math.max(e.headcount[u], 0.5) * CONTRIBUTION_RATE
          * (1 + 0.03 * Population.gaussian(rng));
      yearDue += due;
      boolean periodEnds = !e.quarterly || month.getMonthValue() % 3 == 0 || u == lastActive || u == months - 1;
      quarterDue += due;
      if (periodEnds) {
        period(e, open, u, state, month, quarterDue);
        quarterDue = 0;
      }
      if (month.getMonthValue() == 12 && rng.nextDouble() < 0.08) {
        double regularisation = yearDue * 0.02 * (rng.nextDouble() * 2 - 1);
        cotisation(e, Encodings.periodShortYear(month.getYear()), regularisation, regularisation);
      }
      if (month.getMonthValue() == 12) yearDue = 0;
      double debt = outstanding(open);
      if (debt > 0 && state >= 1 && state <= 2 && u > delayUntil && rng.nextDouble() < (state == 1 ? 0.06 : 0.10)) {
        delayUntil = delai(e, u, debt, state);
      }
      if (!ccsf && e.number == 0 && debt > 0 && state == 2 && rng.nextDouble() < 0.03) {
        ccsf = true;
        ccsf(e, u);
      }
    }
  }

  /** The contribution of a period and, when part is left unpaid, a new ECN next month. */
  private void period(Establishment e, List<Ecn> open, int u, byte state, YearMonth month, double due) {
    boolean crisis = RiskModel.inCrisis(month) && state < 3;
    double p = UNPAID[state] + (crisis ? 0.15 : 0);
    double unpaid = 0;
    if (rng.nextDouble() < p) {
      double share = switch (state) {
        case 1 -> 0.3 + 0.7 * rng.nextDouble();
        case 2 -> 0.5 + 0.5 * rng.nextDouble();
        case 3 -> 0.2 + 0.4 * rng.nextDouble();
        case 4 -> 0.2 + 0.6 * rng.nextDouble();
        default -> 1.0;
      };
      unpaid = due * share;
    }
    cotisation(e, Encodings.periodShort(month, e.quarterly), due, due - unpaid);
    if (unpaid <= 0 || u + 1 >= months) return;
    String period = Encodings.periodLong(month, e.quarterly);
    int motif = state == 0 || crisis ? 1 : new int[] {2, 24, 25, 9}[rng.nextInt(4)];
    long total = Math.round(unpaid * 100);
    long po = Math.round(total * WORKER_SHARE);
    Ecn ecn = new Ecn(period, 101, motif, u + 1, po, total - po);
    open.add(ecn);
    debit(e, ecn, u + 1, 5 + rng.nextInt(24), 1);
    if (state >= 1 && rng.nextDouble() < 0.03) {
      long surcharge = Math.max(100, total / 20); // majorations de retard: a second gap on the same period
      Ecn late = new Ecn(period, 201, 4, u + 1, Math.round(surcharge * WORKER_SHARE), surcharge - Math.round(surcharge * WORKER_SHARE));
      open.add(late);
      debit(e, late, u + 1, 26 + rng.nextInt(3), 1);
    }
  }

  /** This month's operation on an open ECN; true when its balance is settled. */
  private boolean step(Establishment e, Ecn ecn, int u, byte state, boolean delay) {
    if (u <= ecn.createdMonth) return false; // its mise en recouvrement is this month
    if (state == Company.CLOSED) {
      Company.Event closing = c.events.get(c.events.size() - 1);
      if (closing.month() == u) { // admission en non-valeur at the closing of the liquidation
        ecn.po = 0;
        ecn.pp = 0;
        debit(e, ecn, u, closing.day(), 3);
        return true;
      }
      return false;
    }
    double p = state < 0 ? 0 : Math.min(0.95, PAY[state] + (delay ? 0.35 : 0));
    if (rng.nextDouble() < p) {
      double paid = state == 0 || rng.nextDouble() < 0.4 ? 1.0 : 0.2 + 0.6 * rng.nextDouble();
      long po = ecn.po;
      long pp = ecn.pp;
      ecn.po = Math.round(po * (1 - paid));
      ecn.pp = Math.round(pp * (1 - paid));
      int day = 3 + rng.nextInt(24);
      debit(e, ecn, u, day, 2);
      if (rng.nextDouble() < 0.03) { // the payment bounces: the balance grows back
        ecn.po = po;
        ecn.pp = pp;
        debit(e, ecn, u, day + 1, 12);
        return false;
      }
      return ecn.po == 0 && ecn.pp == 0;
    }
    if (rng.nextDouble() < 0.004) { // annulation de mise en recouvrement
      ecn.po = 0;
      ecn.pp = 0;
      debit(e, ecn, u, 3 + rng.nextInt(25), 11);
      return true;
    }
    return false;
  }

  private static double outstanding(List<Ecn> open) {
    long sum = 0;
    for (Ecn ecn : open) sum += ecn.po + ecn.pp;
    return sum / 100.0;
  }

  private String identity(Establishment e) {
    return Geography.urssaf(e.region) + ";" + e.departement + ";" + e.compte + ";";
  }

  private void cotisation(Establishment e, String period, double due, double paid) {
    String amount = Encodings.eurosComma(due);
    if (rng.nextDouble() < 0.1) amount = '"' + amount + '"';
    out.get(SampleFile.COTISATIONS).noisy(identity(e) + period + ";" + amount + ";" + Encodings.eurosComma(paid) + ";"
        + amount, rng);
  }

  private void debit(Establishment e, Ecn ecn, int u, int day, int operation) {
    ecn.hist++;
    byte state = c.state[Math.min(u, months - 1)];
    String proCol = state == Company.PROCEDURE || state == Company.CLOSED ? "1"
        : state == Company.CONTINUING ? "2" : rng.nextDouble() < 0.2 ? "" : "0";
    String compte = e.compte;
    if (compte.charAt(0) == '0' && rng.nextBoolean()) compte = compte.replaceFirst("^0+", ""); // lost leading zeros
    StringBuilder sb = new StringBuilder(128);
    sb.append(Geography.urssaf(e.region)).append(';').append(e.departement).append(';').append(compte).append(';')
        .append(c.siren).append(';').append(Encodings.plain(e.created)).append(';')
        .append(u >= c.endMonth ? '3' : '1').append(';').append(proCol).append(';').append(ecn.period).append(';')
        .append(ecn.number).append(';').append(ecn.hist).append(';')
        .append(Encodings.aamj(start.plusMonths(u).atDay(Math.min(day, 28)))).append(';')
        .append(ecn.po).append(';').append(ecn.pp).append(';').append(operation).append(';').append(ecn.motif)
        .append(';').append(rng.nextDouble() < 0.02 ? 'O' : 'N');
    out.get(SampleFile.DEBITS).noisy(sb.toString(), rng);
  }

  /** A payment-delay agreement created in month u; returns its last month. */
  private int delai(Establishment e, int u, double debt, byte state) {
    LocalDate created = start.plusMonths(u).atDay(1 + rng.nextInt(28));
    int days = state == 2 ? 180 + rng.nextInt(541) : 60 + rng.nextInt(301);
    LocalDate due = created.plusDays(days);
    String structure = "S" + Geography.pad(c.index * 100L + e.number, 9) + Geography.pad(u, 3);
    String date = rng.nextDouble() < 0.9 ? Encodings.slash(created) : Encodings.iso(created);
    String dueDate = rng.nextDouble() < 0.9 ? Encodings.slash(due) : Encodings.iso(due);
    out.get(SampleFile.DELAIS).noisy(identity(e) + structure + ";" + date + ";" + dueDate + ";" + days + ";"
        + Encodings.quote(c.name, ';', false) + ";" + (days <= 180 ? "INF" : "SUP") + ";" + created.getYear() + ";"
        + Encodings.eurosComma(debt) + ";" + (rng.nextDouble() < 0.9 ? "APPROB" : "DEMANDE") + ";DEL", rng);
    return u + (int) Math.ceil(days / 30.4);
  }

  private void ccsf(Establishment e, int u) {
    String line = identity(e) + Encodings.aamj(start.plusMonths(u).atDay(1 + rng.nextInt(28)));
    // some deliveries stop after the date (4 fields: still readable)
    out.get(SampleFile.CCSF).noisy(rng.nextDouble() < 0.1 ? line : line + ";" + (rng.nextBoolean() ? "DEBUT" : "PLAN")
        + ";CCSF", rng);
  }
}
