package fr.vigie.panel.family;

import java.util.List;

/**
 * The company panel of one company, month by month (panel.md, "Company panel"), accumulated one
 * establishment at a time so that a company of tens of thousands of establishments needs memory for
 * its months only: exact sums of cotisations, debts (and their lags), headcount (and its lags) and
 * hours of activité partielle; {@code nb_etablissements}; {@code dans_perimetre} and {@code outcome}
 * when any establishment's is; the debt ratio of the sums; the company-level columns once; the
 * activity, département, region and age of the head office (else of the smallest siret, the first
 * one seen, since establishments arrive in siret order).
 */
public final class CompanyAggregate {
  public final CompanyMonths company;
  public final int n;
  public final List<Integer> debtLags;
  public final List<Integer> headcountLags;
  public int establishments;
  public final Long[] cotisation;
  public final Long[] meanSum;
  /** [lag index][month]: lag 0 is the month itself, then the configured debt lags. */
  public final Long[][] po;
  public final Long[][] pp;
  public final Long[][] effectif;
  public final ExactSum[] autorisees;
  public final ExactSum[] consommees;
  public final ExactSum[] cumulees;
  public final Boolean[] inScope;
  public final Boolean[] outcome;
  /** The establishment whose descriptors the company shows. */
  public EstablishmentMonths representative;
  private boolean representativeIsHeadOffice;

  public CompanyAggregate(CompanyMonths company, int n, List<Integer> debtLags, List<Integer> headcountLags) {
    this.company = company;
    this.n = n;
    this.debtLags = debtLags;
    this.headcountLags = headcountLags;
    cotisation = new Long[n];
    meanSum = new Long[n];
    po = new Long[debtLags.size() + 1][n];
    pp = new Long[debtLags.size() + 1][n];
    effectif = new Long[headcountLags.size() + 1][n];
    autorisees = new ExactSum[n];
    consommees = new ExactSum[n];
    cumulees = new ExactSum[n];
    inScope = new Boolean[n];
    outcome = new Boolean[n];
  }

  public void add(EstablishmentMonths e) {
    establishments++;
    boolean headOffice = Boolean.TRUE.equals(e.register.attributes().siege());
    if (representative == null || (headOffice && !representativeIsHeadOffice)) {
      representative = e;
      representativeIsHeadOffice = headOffice;
    }
    for (int i = 0; i < n; i++) {
      if (e.contributions != null) {
        cotisation[i] = plus(cotisation[i], e.contributions.twelfths()[i]);
        meanSum[i] = plus(meanSum[i], e.contributions.meanSum()[i]);
      }
      if (e.debts != null) {
        for (int l = 0; l <= debtLags.size(); l++) {
          int k = l == 0 ? 0 : debtLags.get(l - 1);
          if (i - k < 0) continue;
          po[l][i] = plus(po[l][i], e.debts.po()[i - k]);
          pp[l][i] = plus(pp[l][i], e.debts.pp()[i - k]);
        }
      }
      for (int l = 0; l <= headcountLags.size(); l++) {
        int k = l == 0 ? 0 : headcountLags.get(l - 1);
        Integer value = Calendar.past(e.headcount.effectif(), i, k);
        if (value != null) effectif[l][i] = plus(effectif[l][i], (long) value);
      }
      add(autorisees, i, e.partialActivity.autorisees()[i]);
      add(consommees, i, e.partialActivity.consommees()[i]);
      add(cumulees, i, e.partialActivity.cumulees()[i]);
      inScope[i] = max(inScope[i], e.inScope[i]);
      outcome[i] = max(outcome[i], e.outcome[i]);
    }
  }

  private static Long plus(Long sum, Long value) {
    if (value == null) return sum;
    return sum == null ? value : sum + value;
  }

  private static void add(ExactSum[] sums, int i, Double value) {
    if (value == null) return;
    if (sums[i] == null) sums[i] = new ExactSum();
    sums[i].add(value);
  }

  /** SQL's max over booleans: nulls ignored, null when all are. */
  private static Boolean max(Boolean a, Boolean b) {
    if (a == null) return b;
    if (b == null) return a;
    return a || b;
  }

  /** An exact sum of hours, null when no establishment had any. */
  public static Double value(ExactSum sum) {
    return sum == null ? null : sum.value();
  }
}
