package fr.vigie.sample;

import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import java.io.Serializable;

/**
 * When the files show what they show: the month from whose end a line of the sample is known, under
 * the publication rules of inputs.md and panel.md ("Point-in-time rule") with the delays of
 * conf/vigie.yaml ({@code sources.*.delay-months}, {@code panel.financial-usable-from-months}). The
 * observable ceiling uses an emission of month u only from the month this record gives for it.
 *
 * <p>Each rule takes the latest month any line of the emission can be dated, never the actual day
 * drawn: whether an emission is used must not depend on what it turned out to be.
 *
 * @param cotisations   a period's record: the period's last month + this
 * @param debits        a débit line: its accounting month (the month of Dt_trt_ecn, the next one after
 *                      the 20th) + this
 * @param delais        a délai: its creation month + this
 * @param ccsf          a CCSF decision: its month + this
 * @param effectif      a month's headcount: that month + this
 * @param apDemandes    an activité partielle request: the month of DATE_STATUT + this
 * @param balanceSheets a fiscal year closed in month c: c + this
 */
public record Publication(int cotisations, int debits, int delais, int ccsf, int effectif, int apDemandes,
    int balanceSheets) implements Serializable {

  public static Publication of(VigieConfig config) {
    return new Publication(delay(config, SourceName.COTISATIONS), delay(config, SourceName.DEBITS),
        delay(config, SourceName.DELAIS), delay(config, SourceName.CCSF), delay(config, SourceName.EFFECTIF),
        delay(config, SourceName.AP_DEMANDES), config.panel().financialUsableFromMonths());
  }

  private static int delay(VigieConfig config, SourceName source) {
    return config.source(source).delayMonths();
  }

  /**
   * The ledger of month u: its operations on open ECNs (dated u, the 27th at the latest: accounted
   * in u + 1 at the latest), the period ending at u (its cotisation record; whether it left a debt
   * decides whether a délai or the CCSF could be granted), and the délai and CCSF decisions of u.
   */
  public int ledger(int u) {
    return u + Math.max(Math.max(1 + debits, cotisations), Math.max(delais, ccsf));
  }

  /** What the period ending at u causes next month: its ECN's first line (motif) and any surcharge ECN, dated u + 1. */
  public int recovery(int u) {
    return Math.max(ledger(u), u + 2 + debits);
  }

  /** The headcount of month u. */
  public int headcount(int u) {
    return u + effectif;
  }

  /**
   * The activité partielle decision of month u: the request (DATE_STATUT in u, or u + 1 for the
   * crisis' first month) and the headcount of u, which decides whether a request could be made.
   */
  public int partialActivity(int u, boolean crisisFirstMonth) {
    return Math.max(headcount(u), u + (crisisFirstMonth ? 1 : 0) + apDemandes);
  }

  /** A balance sheet closed in month c (an index of the window, negative before it). */
  public int balanceSheet(int closing) {
    return closing + balanceSheets;
  }
}
