package fr.vigie.panel.family;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Payment delays and CCSF of one establishment per month (panel.md, "Payment delays and CCSF"). A
 * délai with a positive duration is active from its creation month (+ delay: when it is known) to its
 * due month; when several are active, {@link Delai#MOST_RECENT} describes the month.
 * {@code delai_deviation_remboursement} = (debt − amount × days left / total days) / amount.
 * {@code ccsf_mois_depuis}: months since the most recent CCSF decision known at m (0 in its month).
 */
public final class PaymentDelays {
  public record Months(Integer[] joursTotal, Double[] montant, Integer[] joursRestants, Double[] deviation,
      Integer[] ccsfMoisDepuis) {}

  private PaymentDelays() {}

  /**
   * @param delais distinct agreements, null when the source was not delivered
   * @param ccsf the days of the distinct CCSF decisions, null when not delivered
   * @param debt centimes per month, null when the débits were not delivered
   */
  public static Months compute(Collection<Delai> delais, Collection<Integer> ccsf, long[] debt, Calendar calendar,
      int delaiDelay, int ccsfDelay) {
    int n = calendar.size();
    Integer[] total = new Integer[n];
    Double[] montant = new Double[n];
    Integer[] restants = new Integer[n];
    Double[] deviation = new Double[n];
    Integer[] depuis = new Integer[n];
    if (delais != null) {
      Delai[] active = new Delai[n];
      for (Delai d : delais) {
        if (d.duree() <= 0) continue;
        int first = Math.max(Calendar.monthOf(d.creation()) + delaiDelay, calendar.start());
        int last = Math.min(Calendar.monthOf(d.echeance()), calendar.end());
        for (int m = first; m <= last; m++) {
          int i = m - calendar.start();
          if (active[i] == null || Delai.MOST_RECENT.compare(d, active[i]) > 0) active[i] = d;
        }
      }
      for (int i = 0; i < n; i++) {
        Delai d = active[i];
        if (d == null) continue;
        total[i] = (int) d.duree();
        double amount = d.montantCentimes() / 100.0;
        montant[i] = amount;
        restants[i] = (int) ChronoUnit.DAYS.between(calendar.firstDay(i), LocalDate.ofEpochDay(d.echeance()));
        if (amount != 0 && total[i] > 0 && debt != null) {
          double debtEuros = debt[i] / 100.0;
          deviation[i] = (debtEuros - amount * restants[i] / total[i]) / amount;
        }
      }
    }
    if (ccsf != null) {
      // each decision counts from its month + delay (decisions before the calendar from its start)
      Integer[] latest = new Integer[n];
      for (int day : ccsf) {
        int decision = Calendar.monthOf(day);
        int i = Math.max(decision + ccsfDelay, calendar.start()) - calendar.start();
        if (i >= n) continue;
        latest[i] = latest[i] == null ? decision : Math.max(latest[i], decision);
      }
      Integer last = null;
      for (int i = 0; i < n; i++) {
        if (latest[i] != null) last = latest[i];
        if (last != null) depuis[i] = calendar.month(i) - last;
      }
    }
    return new Months(total, montant, restants, deviation, depuis);
  }
}
