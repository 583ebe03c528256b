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
  // The emission probabilities below are read by EmissionLikelihoods too (the observable ceiling):
  // change one here and the filter follows.
  /** Monthly probability that an open ECN gets a payment, per state/phase 0–5. */
  static final double[] PAY = {0.85, 0.3, 0.08, 0.0, 0.2, 0.0};
  /** Under a payment delay, a payment is this much more likely, up to {@link #PAY_CAP}. */
  static final double DELAY_PAY = 0.35;
  static final double PAY_CAP = 0.95;
  /** Outside state 0 a payment settles the whole balance with this probability, else a share in [0.2, 0.8]. */
  static final double FULL_PAYMENT = 0.4;
  static final double PARTIAL_LOW = 0.2;
  static final double PARTIAL_SPAN = 0.6;
  static final double BOUNCE = 0.03;
  /** Monthly probability of an annulation of an ECN without payment. */
  static final double ANNULATION = 0.004;
  /** Probability that a period is left (partly) unpaid, per state/phase; more in the crisis months. */
  static final double[] UNPAID = {0.012, 0.30, 0.75, 0.10, 0.12, 0.0};
  static final double CRISIS_UNPAID = 0.15;
  /** The unpaid share of a period: uniform on [LOW, LOW + SPAN] per state/phase; the whole period when SPAN is 0. */
  static final double[] SHARE_LOW = {1.0, 0.3, 0.5, 0.2, 0.2, 1.0};
  static final double[] SHARE_SPAN = {0, 0.7, 0.5, 0.4, 0.6, 0};
  /** Motif of an ECN outside state 0 and the crisis (uniform); 1 otherwise. */
  static final int[] MOTIFS = {2, 24, 25, 9};
  /** Outside state 0, a second ECN (majorations de retard) follows an unpaid period with this probability. */
  static final double SURCHARGE = 0.03;
  /** Monthly probability of a payment-delay agreement for an indebted establishment, per state 0–2. */
  static final double[] DELAI = {0, 0.06, 0.10};
  /** Its duration in days: uniform on [FROM, FROM + SPAN − 1], per state 0–2. */
  static final int[] DELAI_DAYS_FROM = {0, 60, 180};
  static final int[] DELAI_DAYS_SPAN = {0, 301, 541};
  /** Monthly probability that an indebted head office in difficulty goes to the CCSF (once). */
  static final double CCSF = 0.03;
  private static final double CONTRIBUTION_RATE = 0.42;
  private static final double WORKER_SHARE = 0.3;

  private final Company c;
  private final PartitionOutput out;
  private final YearMonth start;
  private final int months;
  private final SplittableRandom rng;
  private final Emissions emissions; // null unless the observable ceiling is being computed
  private int ledgerMonth; // the month the ledger is at: a line lost to corruption belongs to it

  private UrssafLines(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    this.c = c;
    this.out = out;
    this.start = start;
    this.months = months;
    this.rng = rng;
    this.emissions = out.emissions();
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
      ledgerMonth = u;
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
      if (debt > 0 && u > delayUntil) {
        int days = 0;
        if (state >= 1 && state <= 2 && rng.nextDouble() < DELAI[state]) {
          days = delai(e, u, debt, state);
          delayUntil = u + (int) Math.ceil(days / 30.4);
        }
        if (emissions != null) emissions.delai(e, u, days);
      }
      if (!ccsf && e.number == 0 && debt > 0) {
        boolean decided = state == 2 && rng.nextDouble() < CCSF;
        if (emissions != null) emissions.ccsf(e, u, decided);
        if (decided) {
          ccsf = true;
          ccsf(e, u);
        }
      }
    }
  }

  /** The contribution of a period and, when part is left unpaid, a new ECN next month. */
  private void period(Establishment e, List<Ecn> open, int u, byte state, YearMonth month, double due) {
    boolean crisis = RiskModel.inCrisis(month) && state < 3;
    double p = UNPAID[state] + (crisis ? CRISIS_UNPAID : 0);
    double unpaid = 0;
    if (rng.nextDouble() < p) {
      double share = SHARE_SPAN[state] == 0 ? SHARE_LOW[state] : SHARE_LOW[state] + SHARE_SPAN[state] * rng.nextDouble();
      unpaid = due * share;
    }
    cotisation(e, Encodings.periodShort(month, e.quarterly), due, due - unpaid);
    if (emissions != null) emissions.period(e, u, RiskModel.inCrisis(month), due, due - unpaid);
    if (unpaid <= 0 || u + 1 >= months) return;
    String period = Encodings.periodLong(month, e.quarterly);
    int motif = state == 0 || crisis ? 1 : MOTIFS[rng.nextInt(MOTIFS.length)];
    long total = Math.round(unpaid * 100);
    long po = Math.round(total * WORKER_SHARE);
    Ecn ecn = new Ecn(period, 101, motif, u + 1, po, total - po);
    open.add(ecn);
    debit(e, ecn, u + 1, 5 + rng.nextInt(24), 1);
    boolean surcharged = state >= 1 && rng.nextDouble() < SURCHARGE;
    if (emissions != null) emissions.recovery(e, u, RiskModel.inCrisis(month), motif, surcharged);
    if (surcharged) {
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
    double p = state < 0 ? 0 : Math.min(PAY_CAP, PAY[state] + (delay ? DELAY_PAY : 0));
    long po = ecn.po;
    long pp = ecn.pp;
    if (rng.nextDouble() < p) {
      double paid = state == 0 || rng.nextDouble() < FULL_PAYMENT ? 1.0 : PARTIAL_LOW + PARTIAL_SPAN * rng.nextDouble();
      ecn.po = Math.round(po * (1 - paid));
      ecn.pp = Math.round(pp * (1 - paid));
      boolean settled = ecn.po == 0 && ecn.pp == 0;
      int day = 3 + rng.nextInt(24);
      debit(e, ecn, u, day, 2);
      boolean bounced = rng.nextDouble() < BOUNCE;
      if (emissions != null) {
        emissions.ecnStep(e, u, delay, settled ? EcnStep.SETTLED : EcnStep.PARTIAL, bounced, po, pp);
      }
      if (bounced) { // the payment bounces: the balance grows back
        ecn.po = po;
        ecn.pp = pp;
        debit(e, ecn, u, day + 1, 12);
        return false;
      }
      return settled;
    }
    if (rng.nextDouble() < ANNULATION) { // annulation de mise en recouvrement
      if (emissions != null) emissions.ecnStep(e, u, delay, EcnStep.ANNULLED, false, po, pp);
      ecn.po = 0;
      ecn.pp = 0;
      debit(e, ecn, u, 3 + rng.nextInt(25), 11);
      return true;
    }
    if (emissions != null) emissions.ecnStep(e, u, delay, EcnStep.NONE, false, po, pp);
    return false;
  }

  /** A compte-file line every copy of which was corrupted: ingest quarantines it, the ledger is not shown whole. */
  private void reportLoss(Establishment e, boolean shown) {
    if (!shown && emissions != null) emissions.ledgerLineLost(e, ledgerMonth);
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
    reportLoss(e, out.get(SampleFile.COTISATIONS).noisy(identity(e) + period + ";" + amount + ";"
        + Encodings.eurosComma(paid) + ";" + amount, rng));
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
    reportLoss(e, out.get(SampleFile.DEBITS).noisy(sb.toString(), rng));
  }

  /** A payment-delay agreement created in month u; returns its duration in days. */
  private int delai(Establishment e, int u, double debt, byte state) {
    LocalDate created = start.plusMonths(u).atDay(1 + rng.nextInt(28));
    int days = DELAI_DAYS_FROM[state] + rng.nextInt(DELAI_DAYS_SPAN[state]);
    LocalDate due = created.plusDays(days);
    String structure = "S" + Geography.pad(c.index * 100L + e.number, 9) + Geography.pad(u, 3);
    String date = rng.nextDouble() < 0.9 ? Encodings.slash(created) : Encodings.iso(created);
    String dueDate = rng.nextDouble() < 0.9 ? Encodings.slash(due) : Encodings.iso(due);
    reportLoss(e, out.get(SampleFile.DELAIS).noisy(identity(e) + structure + ";" + date + ";" + dueDate + ";" + days + ";"
        + Encodings.quote(c.name, ';', false) + ";" + (days <= 180 ? "INF" : "SUP") + ";" + created.getYear() + ";"
        + Encodings.eurosComma(debt) + ";" + (rng.nextDouble() < 0.9 ? "APPROB" : "DEMANDE") + ";DEL", rng));
    return days;
  }

  private void ccsf(Establishment e, int u) {
    String line = identity(e) + Encodings.aamj(start.plusMonths(u).atDay(1 + rng.nextInt(28)));
    // some deliveries stop after the date (4 fields: still readable)
    String shown = rng.nextDouble() < 0.1 ? line : line + ";" + (rng.nextBoolean() ? "DEBUT" : "PLAN") + ";CCSF";
    reportLoss(e, out.get(SampleFile.CCSF).noisy(shown, rng));
  }
}
