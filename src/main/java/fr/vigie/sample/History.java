package fr.vigie.sample;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Simulates a company month by month under {@link RiskModel}: move between latent states, then open
 * a procedure with the new state's hazard (the order {@link Truth} assumes). An opening schedules
 * what follows (liquidation: activity ends within 1–3 months, closing 1–3 years later; redressement:
 * a continuation plan or conversion into liquidation; sauvegarde: a plan). Headcounts follow the
 * state: they grow when healthy, shrink when fragile, fall when in difficulty or in procedure.
 */
final class History {
  /** Monthly log-growth of headcount per state/phase (0–5). */
  static final double[] GROWTH = {0.002, -0.008, -0.025, -0.08, -0.004, 0};
  /** Standard deviation of the monthly log-growth around its state's mean. */
  static final double GROWTH_SD = 0.025;

  private History() {}

  static void simulate(Company c, int[] sizes, YearMonth start, int months, SplittableRandom rng) {
    byte[] state = new byte[months];
    java.util.Arrays.fill(state, Company.NOT_CREATED);
    int c0 = Math.max(0, c.headOffice().createdMonth);
    c.endMonth = months;
    int continuingFrom = Integer.MAX_VALUE;
    int s = draw(RiskModel.initial(c.risk), rng);
    for (int u = c0; u < months; u++) {
      if (c.openMonth >= 0) {
        state[u] = u >= c.endMonth ? Company.CLOSED : u >= continuingFrom ? Company.CONTINUING : Company.PROCEDURE;
        continue;
      }
      YearMonth month = start.plusMonths(u);
      if (u > c0) s = draw(RiskModel.transition(month, c.risk)[s], rng);
      state[u] = (byte) s;
      if (rng.nextDouble() < RiskModel.hazard(month, c.risk)[s]) continuingFrom = open(c, u, months, rng);
    }
    c.state = state;
    headcounts(c, sizes, months, rng);
    moves(c, start, months, rng);
  }

  /** Records the opening and what follows; returns the month a continuation starts (or MAX_VALUE). */
  private static int open(Company c, int u, int months, SplittableRandom rng) {
    boolean small = c.headOffice().quarterly;
    double x = rng.nextDouble();
    c.nature = x < (small ? 0.68 : 0.55) ? "liquidation" : x < (small ? 0.96 : 0.92) ? "redressement" : "sauvegarde";
    c.openMonth = u;
    c.events.add(new Company.Event(u, 1 + rng.nextInt(28), c.nature, "ouverture"));
    int continuing = Integer.MAX_VALUE;
    switch (c.nature) {
      case "liquidation" -> liquidate(c, u, months, rng);
      case "redressement" -> {
        int d = u + 4 + rng.nextInt(9);
        if (rng.nextDouble() < 0.55) {
          c.events.add(new Company.Event(d, 1 + rng.nextInt(28), "redressement", "plan_continuation"));
          continuing = d;
        } else {
          c.events.add(new Company.Event(d, 1 + rng.nextInt(28), "liquidation", "ouverture"));
          liquidate(c, d, months, rng);
        }
      }
      default -> {
        int d = u + 6 + rng.nextInt(7);
        String stage = rng.nextDouble() < 0.85 ? "plan_continuation" : "fin_procedure";
        c.events.add(new Company.Event(d, 1 + rng.nextInt(28), "sauvegarde", stage));
        continuing = d;
      }
    }
    return continuing;
  }

  private static void liquidate(Company c, int from, int months, SplittableRandom rng) {
    c.endMonth = Math.min(months, from + 1 + rng.nextInt(3));
    String stage = rng.nextDouble() < 0.8 ? "cloture_insuffisance_actif" : "solde_procedure";
    c.events.add(new Company.Event(from + 12 + rng.nextInt(25), 1 + rng.nextInt(28), "liquidation", stage));
  }

  private static void headcounts(Company c, int[] sizes, int months, SplittableRandom rng) {
    for (Establishment e : c.establishments) {
      int[] h = new int[months];
      java.util.Arrays.fill(h, -1);
      double level = sizes[e.number];
      for (int u = Math.max(0, e.createdMonth); u < Math.min(months, c.endMonth); u++) {
        byte s = c.state[u];
        if (s < 0) continue;
        if (u > Math.max(0, e.createdMonth)) level *= Math.exp(GROWTH[s] + GROWTH_SD * Population.gaussian(rng));
        h[u] = (int) Math.round(level);
      }
      e.headcount = h;
    }
  }

  /** 3 % of the establishments that exist at the start move, at a quarter's first month. */
  private static void moves(Company c, YearMonth start, int months, SplittableRandom rng) {
    int firstQuarter = (3 - (start.getMonthValue() - 1) % 3) % 3; // month index of the first quarter start
    for (Establishment e : c.establishments) {
      if (e.createdMonth >= 0 || rng.nextDouble() >= 0.03 || months < 12) continue;
      int move = firstQuarter + 3 * (1 + rng.nextInt((months - firstQuarter) / 3 - 1));
      if (move >= c.endMonth || !e.activeAt(move)) continue;
      e.moveMonth = move;
      e.oldSiret = Population.siret(c.siren, 500 + e.number);
    }
  }

  static int draw(double[] p, SplittableRandom rng) {
    double x = rng.nextDouble();
    for (int i = 0; i < p.length - 1; i++) {
      x -= p[i];
      if (x < 0) return i;
    }
    return p.length - 1;
  }
}
