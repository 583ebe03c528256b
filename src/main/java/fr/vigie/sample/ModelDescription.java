package fr.vigie.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.config.SampleConfig;
import java.time.YearMonth;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/** {@code _truth/model.json}: the generating model's every number, the noise, and the calibration measured. */
final class ModelDescription {
  private ModelDescription() {}

  static ObjectNode describe(SampleConfig conf, Population.Plan plan, Publication publication, ObjectNode calibration,
      PartitionSummary summary) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("generator", "vigie sample");
    root.put("seed", conf.seed());
    root.put("establishments", conf.establishments());
    root.put("companies", plan.companies());
    root.put("first_month", conf.start().toString());
    root.put("last_month", conf.start().plusMonths(conf.months() - 1L).toString());
    root.put("months", conf.months());
    root.put("horizon_months", RiskModel.HORIZON);
    root.put("complete", calibration != null);

    ObjectNode chain = root.putObject("chain");
    ArrayNode states = chain.putArray("states");
    for (String s : RiskModel.STATES) states.add(s);
    chain.put("sain_to_fragile", RiskModel.SAIN_TO_FRAGILE);
    chain.put("fragile_to_sain", RiskModel.FRAGILE_TO_SAIN);
    chain.put("fragile_to_difficulte", RiskModel.FRAGILE_TO_DIFFICULTE);
    chain.put("difficulte_to_fragile", RiskModel.DIFFICULTE_TO_FRAGILE);
    ArrayNode hazards = chain.putArray("opening_hazard");
    for (double h : RiskModel.HAZARD) hazards.add(h);
    chain.put("rule", "month u: move with P(u) (deterioration moves × risk × deterioration(u)), then open with"
        + " hazard(state) × risk × opening(u); truth = exact backward recursion over the next horizon months");
    chain.put("initial", "balance of the base chain for the company's risk");

    ObjectNode calendar = root.putObject("calendar");
    calendar.put("crisis_first", RiskModel.CRISIS_FIRST.toString());
    calendar.put("crisis_last", RiskModel.CRISIS_LAST.toString());
    calendar.put("aid_last", RiskModel.AID_LAST.toString());
    calendar.put("catch_up_last", RiskModel.CATCH_UP_LAST.toString());
    ArrayNode factors = calendar.putArray("factors");
    for (int u = 0; u < conf.months() + RiskModel.HORIZON; u++) {
      YearMonth m = conf.start().plusMonths(u);
      factors.addObject().put("month", m.toString()).put("deterioration", RiskModel.deterioration(m))
          .put("opening", RiskModel.opening(m));
    }

    ObjectNode risk = root.putObject("risk_multiplier");
    risk.put("rule", "risk = sector × region(head office) × size(total headcount at creation) × age(at window start)"
        + " × frailty, frailty = exp(0.6 Z − 0.18)");
    ObjectNode sectors = risk.putObject("sector");
    new TreeSet<>(Activities.ALL.stream().map(a -> a.section()).toList())
        .forEach(s -> sectors.put(String.valueOf(s), Activities.sectorFactor(s)));
    ObjectNode regions = risk.putObject("region");
    new TreeSet<>(Geography.DEPARTEMENTS.stream().map(Geography::region).toList())
        .forEach(r -> regions.put(r, Geography.regionFactor(r)));
    risk.putObject("size").put("0-9", RiskModel.sizeFactor(0)).put("10-49", RiskModel.sizeFactor(10))
        .put("50-249", RiskModel.sizeFactor(50)).put("250+", RiskModel.sizeFactor(250));
    risk.putObject("age_years").put("0-2", RiskModel.ageFactor(0)).put("3-9", RiskModel.ageFactor(3))
        .put("10+", RiskModel.ageFactor(10));

    ObjectNode procedure = root.putObject("procedures");
    procedure.put("nature", "liquidation 68 % / redressement 28 % / sauvegarde 4 % under 10 employees at the head"
        + " office; 55 / 37 / 8 % otherwise");
    procedure.put("liquidation", "activity ends 1-3 months after the opening; closing (cloture_insuffisance_actif 80 %,"
        + " solde_procedure 20 %) 12-36 months after");
    procedure.put("redressement", "4-12 months after: plan_continuation (55 %) or conversion (liquidation ouverture)");
    procedure.put("sauvegarde", "6-12 months after: plan_continuation (85 %) or fin_procedure");

    ObjectNode noise = root.putObject("noise");
    noise.put("corrupted_line_rate", conf.corruptedLineRate());
    noise.put("duplicate_line_rate", conf.duplicateLineRate());
    noise.put("missing_effectif_cell_rate", conf.missingCellRate());
    ObjectNode lag = noise.putObject("effectif_last_published_month_by_region");
    for (String r : new TreeSet<>(Geography.DEPARTEMENTS.stream().map(Geography::region).toList())) {
      lag.put(r, conf.start().plusMonths(conf.months() - 1L - HeadcountLines.publicationLag(conf.seed(), r)).toString());
    }

    ObjectNode truth = root.putObject("truth");
    truth.put("path", SampleGenerator.PROBABILITIES);
    truth.put("grain", "one row per (siren, month) from the company's creation to the window's end");
    truth.put("probabilite", "P(first procedure opens in months (m, m+18] | latent state at m), exact; null from the"
        + " opening month on");
    truth.put("etat", "sain, fragile, difficulte (latent, before any opening); procedure, continuation, fermee after");
    root.set("observable", observable(publication));
    if (calibration != null) root.set("calibration", calibration);
    if (summary != null) {
      ObjectNode lines = root.putObject("lines_per_file");
      summary.lines.forEach(lines::put);
    }
    return root;
  }

  /** What the observable ceiling is, what its filter uses and leaves out (docs/sample.md). */
  static ObjectNode observable(Publication publication) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("path", SampleGenerator.OBSERVABLE);
    o.put("grain", "one row per (siren, month) of " + SampleGenerator.PROBABILITIES);
    o.put("probabilite_observable", "P(first procedure opens in months (m, m+18] | what the files show by the end of m,"
        + " no opening by m) under the generating model: a forward filter over the company's latent chain, each"
        + " emission used once published; null before the company's first month and from the opening month on");
    o.put("lower_bound", true);
    o.put("lower_bound_reason", "the emissions under 'out' are left out of the filter (and the headcount changes are"
        + " approximated): the best score computable from the files is at least this one, in expectation");
    ArrayNode in = o.putArray("in");
    in.add("no opening by m (procols, published in real time)");
    in.add("ECN operations of each month: none, whole or partial payment, bounce, annulation (debits; a delai in force"
        + " raises the payment probability)");
    in.add("unpaid share of each period's contribution (cotisations: cotis_due and enc_direct)");
    in.add("motif of the ECN an unpaid period opens and any surcharge ECN (debits)");
    in.add("delais granted (with their duration) or not, in months with a debt and no delai in force");
    in.add("CCSF decision or not, in months the head office has a debt and never went");
    in.add("activite partielle requested or not, in months whose establishment headcount the effectif file shows");
    in.add("balance sheets: their score z, read from POIDS_FRNG (bdf) or Endettement / LiquiditeGenerale /"
        + " CreditFournisseur (diane)");
    ArrayNode approximate = o.putArray("approximate");
    approximate.add("month-to-month headcount changes of establishments with " + Emissions.HEADCOUNT_MIN + "+ employees"
        + " both months (effectif): log-ratio taken as Normal(growth of the state, 0.025^2 + rounding variance)");
    ArrayNode out = o.putArray("out");
    out.add("headcount changes below " + Emissions.HEADCOUNT_MIN + " employees or across a missing month");
    out.add("what the amounts due (cotisations), the turnover and headcount of the balance sheets and the headcounts of"
        + " the activite partielle requests say of the headcount");
    out.add("the company headcount file (effectif_entreprise)");
    out.add("an establishment's URSSAF ledger from the month of its first line ingest quarantines (corrupted)");
    out.add("activite partielle decisions of months whose headcount is not shown (not yet published, or a missing"
        + " cell)");
    out.add("the current month's ledger (published next month) and the motif and surcharge ECN of the last month's"
        + " period (dated next month)");
    out.add("a balance sheet whose revealing cells are all n.d. or at their floor");
    out.add("the open data (regional procedures, auto-entrepreneurs)");
    o.put("known_multipliers", "sector x region (head office) x size at creation (the total of every establishment's"
        + " first headcount, including establishments created later in the window) x age at the window's start:"
        + " taken as known");
    o.put("integrated_out", "frailty = exp(0.6 Z - 0.18), Z standard normal: Gauss-Hermite quadrature, "
        + ObservableCeiling.FRAILTY_NODES + " nodes (those of weight >= 1e-12 kept)");
    ObjectNode delays = o.putObject("known_from_months_after");
    delays.put("ledger", publication.ledger(0));
    delays.put("ecn_motif_and_surcharge", publication.recovery(0));
    delays.put("headcount", publication.headcount(0));
    delays.put("activite_partielle", publication.partialActivity(0, false));
    delays.put("balance_sheet_after_closing", publication.balanceSheet(0));
    return o;
  }

  static ObjectNode calibration(PartitionSummary summary, Row rates, double scale) {
    ObjectNode c = JsonNodeFactory.instance.objectNode();
    c.put("yearly_opening_rate_10plus", summary.calibration.rate());
    ObjectNode byYear = c.putObject("yearly_opening_rate_10plus_by_year");
    summary.calibration.counts().forEach((y, n) -> byYear.putObject(Integer.toString(y)).put("companies", n[0])
        .put("openings", n[1]).put("rate", n[0] == 0 ? 0 : (double) n[1] / n[0]));
    c.put("base_rate_18m_mean_probability_10plus", rates.isNullAt(0) ? null : rates.getDouble(0));
    c.put("base_rate_18m_realised_10plus", rates.isNullAt(1) ? null : rates.getDouble(1));
    c.put("rows_10plus", rates.getLong(2));
    c.put("procols_region_scale", scale);
    ObjectNode openings = c.putObject("openings_by_region");
    OpenDataFiles.regionTotals(summary.openings).forEach(openings::put);
    return c;
  }
}
