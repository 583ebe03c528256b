package fr.vigie.config;

/** The learning target (panel.md, "Labels"). */
public record LabelConfig(int horizonMonths, boolean urssafDefaultTarget) implements java.io.Serializable {
  public LabelConfig {
    ConfigException.check(horizonMonths >= 1, "labels.horizon-months", horizonMonths, "must be at least 1");
  }
}
