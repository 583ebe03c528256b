package fr.vigie.model;

import fr.vigie.config.ModelConfig;

/** The two alert levels: rouge (strong risk, F0.5-optimal: precision first), orange (F2: recall first). */
public enum Alerte {
  ROUGE("rouge"),
  ORANGE("orange");

  private final String label;

  Alerte(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public double beta(ModelConfig model) {
    return this == ROUGE ? model.betaRouge() : model.betaOrange();
  }
}
