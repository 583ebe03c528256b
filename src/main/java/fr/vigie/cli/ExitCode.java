package fr.vigie.cli;

/** The process exit codes: Airflow only sees these, so no failure may exit 0. */
public enum ExitCode {
  OK(0),
  FAILURE(1),
  USAGE(2),
  INPUT(3),
  /** Another vigie command holds the output root's lock: retry later. */
  BUSY(4);

  public final int code;

  ExitCode(int code) {
    this.code = code;
  }
}
