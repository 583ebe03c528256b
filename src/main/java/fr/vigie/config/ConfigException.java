package fr.vigie.config;

/** A usage or configuration error (exit code 2). The message names the key or file at fault. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "Cannot use key = value: why". */
  public static ConfigException badValue(String key, Object value, String why) {
    return new ConfigException(String.format("Cannot use %s = %s: %s", key, value, why));
  }

  static void check(boolean condition, String key, Object value, String why) {
    if (!condition) throw badValue(key, value, why);
  }
}
