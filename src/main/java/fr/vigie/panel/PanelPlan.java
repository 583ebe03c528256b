package fr.vigie.panel;

import fr.vigie.config.VigieConfig;
import java.util.List;

/** The ordered feature families of the establishment panel: adding one is one class and one line here. */
public final class PanelPlan {
  private PanelPlan() {}

  public static List<PanelStep> steps(VigieConfig config) {
    return List.of(
        new Contributions(config.panel()),
        new DebtStates(),
        new CalendarLags("debt-lags", Columns.SIRET, List.of(Columns.DEBT_WORKER, Columns.DEBT_EMPLOYER),
            config.panel().debtLags()),
        new Headcount(),
        new CalendarLags("headcount-lags", Columns.SIRET, List.of(Columns.EFFECTIF), config.panel().headcountLags()),
        new HeadcountVariation(),
        new DebtRatios(config.panel()),
        new PartialActivity(config.panel().monthlyHours()),
        new PaymentDelays(),
        new Register(),
        new RegionalContext(),
        new Labels(config.labels()),
        new Scope(config.scope()), // after the labels: a company already in a procedure is out of scope
        // last: its ~240 columns then go straight to the write, through no other join or window
        new Financials(config.panel()));
  }
}
