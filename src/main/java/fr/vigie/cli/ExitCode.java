package fr.vigie.cli;

/** The process exit codes: Airflow only sees these, so no failure may exit 0. */
public enum ExitCode {
  OK(0),
  FAILURE(1),
  USAGE(2),
  INPUT(3);

  public final int code;

  ExitCode(int code) {
    this.code = code;
  }
}
