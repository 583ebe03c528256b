package fr.vigie.panel.family;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.ScopeConfig;
import fr.vigie.config.SourceName;
import java.util.Map;

/**
 * Every feature of one establishment, month by month: the feature families applied in order to its
 * records and its company's. Pure Java; the Spark job turns it into rows ({@code PanelRows}).
 */
public final class EstablishmentMonths {
  public final String siret;
  public final CompanyMonths company;
  public final Contributions.Months contributions;
  /** Centimes per month; null when the débits were not delivered. */
  public final Debts.Months debts;
  public final Headcount.Months headcount;
  public final DebtRatios.Months ratios;
  public final PartialActivity.Months partialActivity;
  public final PaymentDelays.Months delays;
  public final Register.Months register;
  public final Boolean[] inScope;
  public final Boolean[] outcome;
  public final Integer[] timeTilOutcome;

  private EstablishmentMonths(String siret, CompanyMonths company, Contributions.Months contributions,
      Debts.Months debts, Headcount.Months headcount, DebtRatios.Months ratios, PartialActivity.Months partialActivity,
      PaymentDelays.Months delays, Register.Months register, Boolean[] inScope, Boolean[] outcome,
      Integer[] timeTilOutcome) {
    this.siret = siret;
    this.company = company;
    this.contributions = contributions;
    this.debts = debts;
    this.headcount = headcount;
    this.ratios = ratios;
    this.partialActivity = partialActivity;
    this.delays = delays;
    this.register = register;
    this.inScope = inScope;
    this.outcome = outcome;
    this.timeTilOutcome = timeTilOutcome;
  }

  /**
   * @param effectif own month → headcount of this establishment (null when the file was not delivered)
   */
  public static EstablishmentMonths compute(EstablishmentInputs in, Map<Integer, Integer> effectif,
      CompanyMonths company, PanelSettings settings) {
    Calendar calendar = settings.calendar();
    PanelConfig config = settings.panel();
    int n = calendar.size();
    Contributions.Months contributions = in.cotisations == null ? null
        : Contributions.compute(in.cotisations, calendar, settings.delay(SourceName.COTISATIONS),
            config.meanWindowMonths());
    Debts.Months debts = in.debits == null ? null
        : Debts.compute(in.debits, calendar, settings.delay(SourceName.DEBITS));
    Headcount.Months headcount = effectif == null ? new Headcount.Months(new Integer[n], new Integer[n])
        : Headcount.compute(effectif, calendar, settings.delay(SourceName.EFFECTIF));
    long[] debt = null;
    if (debts != null) {
      debt = new long[n];
      for (int i = 0; i < n; i++) debt[i] = debts.total(i);
    }
    Long[] none = new Long[n];
    DebtRatios.Months ratios = DebtRatios.compute(debt, contributions == null ? none : contributions.twelfths(),
        contributions == null ? none : contributions.meanSum(), headcount.effectif(), calendar, config);
    PartialActivity.Months partialActivity = PartialActivity.compute(in.demandes, in.consommations,
        company.consumedByDemande, headcount.effectif(), calendar, settings.delay(SourceName.AP_DEMANDES),
        settings.delay(SourceName.AP_CONSOMMATIONS), config.monthlyHours());
    PaymentDelays.Months delays = PaymentDelays.compute(in.delais, in.ccsf, debt, calendar,
        settings.delay(SourceName.DELAIS), settings.delay(SourceName.CCSF));
    Register.Months register = Register.compute(in.sirene, company.unitesLegales, calendar);
    Boolean[] inScope = new Boolean[n];
    ScopeConfig scope = settings.scope();
    boolean companyLevel = ScopeConfig.COMPANY.equals(scope.headcountLevel());
    Register.Attributes a = register.attributes();
    for (int i = 0; i < n; i++) {
      Long companyHeadcount = company.effectifEntreprise[i];
      Integer level = companyLevel
          ? (companyHeadcount == null ? null : (int) Math.min(Integer.MAX_VALUE, companyHeadcount))
          : headcount.effectif()[i];
      inScope[i] = Scope.inScope(level, register.active()[i], a.categorieJuridique(), a.codeNaf(), a.codeApeNiveau2(),
          company.labels.enProcedure()[i], scope);
    }
    Boolean[] outcome = ProcedureLabels.outcome(company.labels.openingMonth(), ratios.tagDefault(),
        settings.labels().urssafDefaultTarget(), settings.labels().horizonMonths(), settings.labelEnd(), calendar);
    Integer[] timeTil = ProcedureLabels.timeTilOutcome(company.labels.openingMonth(), calendar);
    return new EstablishmentMonths(in.siret, company, contributions, debts, headcount, ratios, partialActivity,
        delays, register, inScope, outcome, timeTil);
  }
}
