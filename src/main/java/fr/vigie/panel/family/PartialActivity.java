package fr.vigie.panel.family;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Activité partielle of one establishment per month (panel.md, "Activité partielle"):
 *
 * <ul>
 *   <li>{@code apart_heures_autorisees}: each authorisation's hours prorated over the days of
 *       [DATE_DEB, DATE_FIN] in the month, summed over the authorisations known by then (an
 *       authorisation is known from the month of its decision + delay);
 *   <li>{@code apart_heures_consommees}: consumption is delivered {@code consumptionDelay} months
 *       late, so row m carries the hours of month m − delay;
 *   <li>{@code apart_heures_consommees_cumulees}: hours consumed since the start of each
 *       authorisation active (and known) in month m − delay, up to that month, summed;
 *   <li>{@code apart_motif_recours}: reason of the most recent known authorisation active in m;
 *   <li>{@code ratio_apart} = hours consumed / (effectif × monthly hours).
 * </ul>
 * Sums of hours are exact ({@link ExactSum}). A source that was not delivered leaves its columns null.
 */
public final class PartialActivity {
  public record Months(Double[] autorisees, Integer[] motif, Double[] consommees, Double[] cumulees,
      Double[] ratio) {}

  private PartialActivity() {}

  /**
   * @param demandes the authorisations (distinct), null when the source was not delivered
   * @param consommations the establishment's consumption lines (distinct), null when not delivered
   * @param byDemande the hours consumed per authorisation and month over the whole company
   *     ({@link #byDemande}): an authorisation's cumulated hours count every line booked under it, even
   *     on another establishment of the company (one that moved)
   */
  public static Months compute(Collection<ApDemande> demandes, Collection<ApConsommation> consommations,
      Map<String, TreeMap<Integer, ExactSum>> byDemande, Integer[] effectif, Calendar calendar, int demandeDelay,
      int consumptionDelay, double monthlyHours) {
    int n = calendar.size();
    Double[] autorisees = new Double[n];
    Integer[] motif = new Integer[n];
    Double[] consommees = new Double[n];
    Double[] cumulees = new Double[n];
    Double[] ratio = new Double[n];
    if (demandes != null) {
      ExactSum[] hours = new ExactSum[n];
      ApDemande[] latest = new ApDemande[n];
      for (ApDemande d : demandes) {
        if (d.fin() < d.debut()) continue;
        int knownAt = Calendar.monthOf(d.statut()) + demandeDelay;
        int first = Math.max(Calendar.monthOf(d.debut()), calendar.start());
        int last = Math.min(Calendar.monthOf(d.fin()), calendar.end());
        for (int m = Math.max(first, knownAt); m <= last; m++) {
          int i = m - calendar.start();
          if (hours[i] == null) hours[i] = new ExactSum();
          hours[i].add(hoursIn(d, m));
          if (latest[i] == null || ApDemande.MOST_RECENT.compare(d, latest[i]) > 0) latest[i] = d;
        }
      }
      for (int i = 0; i < n; i++) {
        if (hours[i] != null) autorisees[i] = hours[i].value();
        if (latest[i] != null) motif[i] = latest[i].motif();
      }
    }
    if (consommations != null) {
      // per authorisation and own month, then per month (each an exact sum of the one before)
      ExactSum[] monthly = new ExactSum[n];
      for (TreeMap<Integer, ExactSum> months : byDemande(consommations).values()) {
        for (var e : months.entrySet()) {
          int i = e.getKey() + consumptionDelay - calendar.start();
          if (i < 0 || i >= n) continue;
          if (monthly[i] == null) monthly[i] = new ExactSum();
          monthly[i].add(e.getValue().value());
        }
      }
      for (int i = 0; i < n; i++) if (monthly[i] != null) consommees[i] = monthly[i].value();
      if (demandes != null) cumulated(demandes, byDemande, calendar, demandeDelay, consumptionDelay, cumulees);
    }
    for (int i = 0; i < n; i++) {
      if (effectif[i] != null && effectif[i] > 0 && consommees[i] != null) {
        ratio[i] = consommees[i] / (effectif[i] * monthlyHours);
      }
    }
    return new Months(autorisees, motif, consommees, cumulees, ratio);
  }

  /** Hours per authorisation (its 9-character id) and own month, each an exact sum of its lines. */
  public static Map<String, TreeMap<Integer, ExactSum>> byDemande(Collection<ApConsommation> consommations) {
    Map<String, TreeMap<Integer, ExactSum>> byDemande = new HashMap<>();
    for (ApConsommation c : consommations) {
      byDemande.computeIfAbsent(c.idDemande(), x -> new TreeMap<>())
          .computeIfAbsent(c.month(), x -> new ExactSum()).add(c.heures());
    }
    return byDemande;
  }

  /** Hours of month m: the authorisation's hours times the share of its days that fall in m. */
  static double hoursIn(ApDemande d, int m) {
    LocalDate monthStart = fr.vigie.panel.Months.month(m).atDay(1);
    LocalDate monthEnd = fr.vigie.panel.Months.month(m).atEndOfMonth();
    LocalDate debut = LocalDate.ofEpochDay(d.debut());
    LocalDate fin = LocalDate.ofEpochDay(d.fin());
    long totalDays = ChronoUnit.DAYS.between(debut, fin) + 1;
    LocalDate from = debut.isAfter(monthStart) ? debut : monthStart;
    LocalDate to = fin.isBefore(monthEnd) ? fin : monthEnd;
    long daysIn = ChronoUnit.DAYS.between(from, to) + 1;
    return d.hta() * (int) daysIn / (int) totalDays;
  }

  /**
   * For each row m, k = m − consumptionDelay: over the authorisations active and known in k, the hours
   * consumed from the authorisation's own start up to k (a running sum in month order), summed.
   */
  private static void cumulated(Collection<ApDemande> demandes, Map<String, TreeMap<Integer, ExactSum>> consumed,
      Calendar calendar, int demandeDelay, int consumptionDelay, Double[] cumulees) {
    // the months each authorisation (by its 9-character id) is active and known in, from its own start
    Map<String, TreeSet<Integer>> active = new HashMap<>();
    for (ApDemande d : demandes) {
      if (d.fin() < d.debut()) continue;
      int knownAt = Calendar.monthOf(d.statut()) + demandeDelay;
      int last = Math.min(Calendar.monthOf(d.fin()), calendar.end());
      for (int k = Calendar.monthOf(d.debut()); k <= last; k++) {
        if (knownAt <= k + consumptionDelay) active.computeIfAbsent(d.idDemande(), x -> new TreeSet<>()).add(k);
      }
    }
    ExactSum[] sums = new ExactSum[cumulees.length];
    for (var e : active.entrySet()) {
      TreeMap<Integer, ExactSum> hours = consumed.getOrDefault(e.getKey(), new TreeMap<>());
      double running = 0.0;
      for (int k : e.getValue()) {
        ExactSum h = hours.get(k);
        running += h == null ? 0.0 : h.value();
        int i = k + consumptionDelay - calendar.start();
        if (i < 0 || i >= cumulees.length) continue;
        if (sums[i] == null) sums[i] = new ExactSum();
        sums[i].add(running);
      }
    }
    for (int i = 0; i < cumulees.length; i++) if (sums[i] != null) cumulees[i] = sums[i].value();
  }
}
