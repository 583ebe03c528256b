package fr.vigie.panel.family;

import fr.vigie.panel.ProcedureStates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The labels of a company per month, from its collective procedures (panel.md, "Labels"):
 * {@code date_procedure_collective} (its first event), {@code etat_procedure_collective} at the end
 * of each month ({@link ProcedureStates}), {@code en_procedure}, and the month of the first opening
 * from which {@code outcome} and {@code time_til_outcome} follow ({@link #outcome}).
 */
public final class ProcedureLabels {
  public record Months(Integer firstEventDay, Integer openingMonth, String[] etat, Boolean[] enProcedure) {}

  private ProcedureLabels() {}

  /** @param events the company's distinct events with a nature, null when the source was not delivered */
  public static Months compute(Collection<ProcolLine> events, Calendar calendar) {
    int n = calendar.size();
    String[] etat = new String[n];
    Boolean[] enProcedure = new Boolean[n];
    Integer first = null;
    if (events != null && !events.isEmpty()) {
      List<ProcolLine> sorted = new ArrayList<>(events);
      sorted.sort(ProcolLine.ORDER);
      first = sorted.get(0).day();
      List<ProcedureStates.Event> machine = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        ProcolLine e = sorted.get(i);
        machine.add(new ProcedureStates.Event(Calendar.monthOf(e.day()), i, e.nature(), e.stage()));
      }
      // changes before the calendar count at its first month (the latest of them wins)
      for (ProcedureStates.Change change : ProcedureStates.changes(machine)) {
        int i = Math.max(change.month(), calendar.start()) - calendar.start();
        if (i < n) etat[i] = change.etat();
      }
    }
    String current = ProcedureStates.IN_BONIS;
    for (int i = 0; i < n; i++) {
      if (etat[i] != null) current = etat[i];
      etat[i] = current;
      enProcedure[i] = !current.equals(ProcedureStates.IN_BONIS);
    }
    return new Months(first, first == null ? null : Calendar.monthOf(first), etat, enProcedure);
  }

  /**
   * Whether a first procedure opens in (m, m + horizon], null when the data do not reach m + horizon
   * ({@code labelEnd}, the latest month of the data); with the URSSAF default target, a
   * {@code tag_default} of the establishment in (m, m + horizon] counts too.
   */
  public static Boolean[] outcome(Integer openingMonth, Boolean[] tagDefault, boolean urssafDefaultTarget,
      int horizon, int labelEnd, Calendar calendar) {
    int n = calendar.size();
    Boolean[] outcome = new Boolean[n];
    for (int i = 0; i < n; i++) {
      int m = calendar.month(i);
      if (m + horizon > labelEnd) continue;
      boolean opens = openingMonth != null && openingMonth > m && openingMonth <= m + horizon;
      if (urssafDefaultTarget) {
        for (int j = i + 1; j < n && j <= i + horizon; j++) opens |= tagDefault[j];
      }
      outcome[i] = opens;
    }
    return outcome;
  }

  /** Months from m to the first opening (negative afterwards), null without one. */
  public static Integer[] timeTilOutcome(Integer openingMonth, Calendar calendar) {
    Integer[] out = new Integer[calendar.size()];
    if (openingMonth == null) return out;
    for (int i = 0; i < out.length; i++) out[i] = openingMonth - calendar.month(i);
    return out;
  }
}
