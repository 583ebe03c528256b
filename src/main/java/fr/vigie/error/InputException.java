package fr.vigie.error;

/**
 * A problem with the input that stops the run (exit code 3): an unreadable path, a missing required
 * column, an empty header. The message names the file and the column.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
