package fr.vigie.panel;

import java.util.List;

/**
 * The label columns of both panels (panel.md, "Labels"), per siren from the procédures collectives:
 * {@code date_procedure_collective} (the company's first event with a recognised nature), {@code
 * etat_procedure_collective} at the end of each month ({@link ProcedureStates}), {@code en_procedure},
 * {@code outcome} (a first opening falls in (m, m + H]; null when the data do not reach m + H) and
 * {@code time_til_outcome} (months from m to the opening, negative afterwards). Computed by
 * {@link fr.vigie.panel.family.ProcedureLabels}.
 */
public final class Labels {
  public static final String DATE_PROCEDURE = "date_procedure_collective";
  public static final String ETAT = "etat_procedure_collective";
  public static final String EN_PROCEDURE = "en_procedure";
  public static final String OUTCOME = "outcome";
  public static final String TIME_TIL_OUTCOME = "time_til_outcome";
  public static final List<String> COLUMNS = List.of(DATE_PROCEDURE, ETAT, EN_PROCEDURE, OUTCOME, TIME_TIL_OUTCOME);

  private Labels() {}
}
