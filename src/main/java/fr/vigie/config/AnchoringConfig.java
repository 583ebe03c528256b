package fr.vigie.config;

/**
 * The anchoring of the calibrated probabilities to the recent opening rate (model.anchoring,
 * {@code fr.vigie.model.Anchoring}).
 *
 * @param enabled      false: the probabilities are the calibration's alone
 * @param windowMonths months of observed openings that give the recent rate at a scored month
 * @param minOpenings  below this many openings in the window, the recent rate is not used (ratio 1)
 */
public record AnchoringConfig(boolean enabled, int windowMonths, int minOpenings) {
  public AnchoringConfig {
    ConfigException.check(windowMonths >= 1, "model.anchoring.window-months", windowMonths, "must be at least 1");
    ConfigException.check(minOpenings >= 1, "model.anchoring.min-openings", minOpenings, "must be at least 1");
  }
}
