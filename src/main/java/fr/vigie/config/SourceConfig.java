package fr.vigie.config;

import java.nio.charset.Charset;

/**
 * How to find and read one source folder, and when its records become visible (publication delay).
 * The reference month each delay counts from is documented per source in conf/vigie.yaml.
 */
public record SourceConfig(String path, String encoding, String separator, int delayMonths, int delayDays) {

  /** Validates the values; {@code key} is the configuration prefix, e.g. {@code sources.debits}. */
  void validate(String key) {
    try {
      Charset.forName(encoding);
    } catch (IllegalArgumentException e) { // IllegalCharsetName, UnsupportedCharset, null
      throw ConfigException.badValue(key + ".encoding", encoding, "unknown charset");
    }
    ConfigException.check(separator != null && separator.length() == 1, key + ".separator", separator,
        "must be exactly one character");
    ConfigException.check(delayMonths >= 0, key + ".delay-months", delayMonths, "must not be negative");
    ConfigException.check(delayDays >= 0, key + ".delay-days", delayDays, "must not be negative");
  }

  public SourceConfig withEncoding(String other) {
    return new SourceConfig(path, other, separator, delayMonths, delayDays);
  }

  public Charset charset() {
    return Charset.forName(encoding);
  }

  public char separatorChar() {
    return separator.charAt(0);
  }
}
