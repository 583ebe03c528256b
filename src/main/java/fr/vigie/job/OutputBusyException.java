package fr.vigie.job;

/**
 * Another vigie command holds the output root's lock (exit code 4): the message names the holder.
 * Retrying later is the fix; if the holder is gone, the lock is stale and the next run takes it over
 * (see {@link OutputLock}).
 */
public final class OutputBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputBusyException(String message) {
    super(message);
  }
}
