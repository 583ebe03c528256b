package fr.vigie.config;

/** Where the raw deliveries are. */
public record InputConfig(String root) {
  public InputConfig {
    ConfigException.check(root != null && !root.isBlank(), "input.root", root, "must name a folder");
  }
}
