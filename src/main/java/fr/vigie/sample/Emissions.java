package fr.vigie.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What one company's files show about its latent states, as the writers produce its lines: a list
 * of likelihood factors, each tied to the month whose state it describes and to the month from whose
 * end the files show it ({@link Publication}). The writers call it with what a line says, never with
 * the state; {@link EmissionLikelihoods} turns that into P(line | state).
 *
 * <p>In the filter (the observable ceiling, docs/sample.md): the ECN operations, the unpaid
 * share of each period with its ECN's motif and any surcharge, the délais (with their duration) and
 * CCSF decisions a debt made possible, the activité partielle requests of the months whose headcount
 * is published, the balance sheets' score, and, approximately, the month-to-month headcount changes of
 * establishments of {@link #HEADCOUNT_MIN}+ employees. Left out: every other headcount change, what
 * the amounts due, the sheets' turnover and the requests' headcounts say of the headcount, the
 * company headcount file, and an establishment's ledger from the month of its first line ingest
 * quarantines ({@link #ledgerLineLost}).
 */
final class Emissions {
  /**
   * A headcount change enters only when both months show at least this many employees: below it the
   * rounding to whole employees dominates the monthly noise and the Gaussian approximation is poor.
   */
  static final int HEADCOUNT_MIN = 30;

  /** The families of what the files show, as model.json lists them. */
  enum Kind {
    ECN_OPERATION, UNPAID_PERIOD, ECN_MOTIF_AND_SURCHARGE, DELAI, CCSF, PARTIAL_ACTIVITY, BALANCE_SHEET, HEADCOUNT_CHANGE
  }

  /** P(what month {@code month}'s emission shows | state), for each state; known from the end of {@code knownFrom}. */
  record Factor(Kind kind, int month, int knownFrom, double[] likelihood) {}

  private final Company company;
  private final YearMonth start;
  private final Publication publication;
  private final List<Factor> factors = new ArrayList<>();
  /** [establishment number]: the factors of its URSSAF ledger (cotisations, débits, délais, CCSF). */
  private final List<List<Factor>> ledgers = new ArrayList<>();
  /** [establishment number]: the ledger month of its first compte-file line lost to corruption (MAX_VALUE: none). */
  private final int[] firstLoss;
  /** [establishment number][month]: the effectif file shows that month's headcount. */
  private final boolean[][] headcountShown;

  Emissions(Company company, YearMonth start, int months, Publication publication) {
    this.company = company;
    this.start = start;
    this.publication = publication;
    this.headcountShown = new boolean[company.establishments.size()][months];
    this.firstLoss = new int[company.establishments.size()];
    java.util.Arrays.fill(firstLoss, Integer.MAX_VALUE);
    for (int i = 0; i < firstLoss.length; i++) ledgers.add(new ArrayList<>());
  }

  /** One month of an open ECN (see {@link EmissionLikelihoods#ecnStep}). */
  void ecnStep(Establishment e, int u, boolean underDelay, EcnStep step, boolean bounced, long po, long pp) {
    ledger(e, Kind.ECN_OPERATION, u, publication.ledger(u), EmissionLikelihoods.ecnStep(underDelay, step, bounced, po, pp));
  }

  /** The cotisation record of the period ending at u, with the amounts it shows (euros). */
  void period(Establishment e, int u, boolean crisis, double due, double paid) {
    ledger(e, Kind.UNPAID_PERIOD, u, publication.ledger(u), EmissionLikelihoods.period(crisis, centimes(due), centimes(paid)));
  }

  /** The ECN the period ending at u left: its motif, and whether a surcharge ECN came with it. */
  void recovery(Establishment e, int u, boolean crisis, int motif, boolean surcharged) {
    ledger(e, Kind.ECN_MOTIF_AND_SURCHARGE, u, publication.recovery(u), EmissionLikelihoods.recovery(crisis, motif, surcharged));
  }

  /** A month a délai was possible (debt, none in force): its duration in days, 0 for none. */
  void delai(Establishment e, int u, int days) {
    ledger(e, Kind.DELAI, u, publication.ledger(u), EmissionLikelihoods.delai(days));
  }

  /** A month the head office could go to the CCSF. */
  void ccsf(Establishment e, int u, boolean decided) {
    ledger(e, Kind.CCSF, u, publication.ledger(u), EmissionLikelihoods.ccsf(decided));
  }

  /**
   * Every copy of a compte-file line written in ledger month u was corrupted: ingest quarantines it.
   * The establishment's ledger is then used only before u: its later lines (balances, délais in
   * force) are read against a past the files no longer show whole. The loss itself says nothing of
   * the state (the corruption is drawn independently).
   */
  void ledgerLineLost(Establishment e, int u) {
    firstLoss[e.number] = Math.min(firstLoss[e.number], u);
  }

  /** The effectif file shows establishment {@code e}'s headcount of month u. */
  void headcountShown(Establishment e, int u) {
    headcountShown[e.number][u] = true;
  }

  /**
   * A month establishment {@code e} could ask for activité partielle. Whether it could depends on its
   * headcount of the month (3+, or 1+ in the crisis' first month): used only where the effectif file
   * shows it, so that the files tell a month without a request from a month without the possibility.
   */
  void partialActivity(Establishment e, int u, boolean crisisFirstMonth, boolean asked) {
    if (!headcountShown[e.number][u]) return;
    add(Kind.PARTIAL_ACTIVITY, u, publication.partialActivity(u, crisisFirstMonth),
        EmissionLikelihoods.partialActivity(crisisFirstMonth, company.activity.section(), start.plusMonths(u), asked));
  }

  /** A balance sheet closed in month {@code closing} (negative: before the window), drawn from {@code month}'s state. */
  void balanceSheet(int closing, int month, double z) {
    add(Kind.BALANCE_SHEET, month, Math.max(month, publication.balanceSheet(closing)), EmissionLikelihoods.balanceSheet(z));
  }

  /** Every factor recorded, with the headcount changes of the large establishments. */
  List<Factor> factors() {
    List<Factor> all = new ArrayList<>(factors);
    for (int i = 0; i < ledgers.size(); i++) {
      for (Factor f : ledgers.get(i)) if (f.month() < firstLoss[i]) all.add(f);
    }
    for (Establishment e : company.establishments) {
      boolean[] shown = headcountShown[e.number];
      int[] h = e.headcount;
      // the level moves from the month after the establishment's first month in the window
      for (int u = Math.max(0, e.createdMonth) + 1; u < shown.length; u++) {
        if (!shown[u] || !shown[u - 1] || h[u] < HEADCOUNT_MIN || h[u - 1] < HEADCOUNT_MIN) continue;
        all.add(new Factor(Kind.HEADCOUNT_CHANGE, u, publication.headcount(u),
            EmissionLikelihoods.headcountChange(h[u - 1], h[u])));
      }
    }
    return all;
  }

  private void ledger(Establishment e, Kind kind, int month, int knownFrom, double[] likelihood) {
    ledgers.get(e.number).add(new Factor(kind, month, knownFrom, likelihood));
  }

  private void add(Kind kind, int month, int knownFrom, double[] likelihood) {
    factors.add(new Factor(kind, month, knownFrom, likelihood));
  }

  /** An amount as the files write it: euros with two decimals, here in whole centimes. */
  private static long centimes(double euros) {
    return Math.round(Math.abs(euros) * 100);
  }
}
