package fr.vigie.cli;

/** A subcommand whose capability does not exist yet: it says so and exits non-zero. */
public final class NotBuiltException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotBuiltException(String command, String what) {
    super("vigie " + command + ": not built yet (" + what + "); nothing was done");
  }
}
