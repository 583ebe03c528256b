package fr.vigie.config;

import java.time.YearMonth;

/**
 * Where the raw deliveries are, and the month they were extracted in: records dated after it are
 * quarantined as after_extraction. {@code asOf} null = derived from the bulk of the débits'
 * processing dates (docs/contract.md, "Inputs").
 */
public record InputConfig(String root, YearMonth asOf) {
  public static final String AS_OF = "input.as-of";

  public InputConfig {
    ConfigException.check(root != null && !root.isBlank(), "input.root", root, "must name a folder");
  }
}
