package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;

/**
 * The identity columns of the URSSAF files that carry a compte (cotisations, débits, délais, CCSF):
 * the compte, and the Siret column of newer deliveries, which wins when present and valid (an
 * invalid one is ignored with a warning and the compte is resolved instead, see {@link Resolution}).
 */
final class UrssafIdentity {
  static final String COMPTE = "compte";
  static final String SIRET = "siret";
  static final String SIREN = "siren";

  private UrssafIdentity() {}

  /** Adds {@code compte} (required) from {@code compteField} and the optional direct {@code siret}. */
  static Decoder decode(Decoder decoder, String compteField) {
    return decoder.value(COMPTE, "compte", compteField, true).tolerant(SIRET, "siret", SIRET);
  }

  /** The siren of a resolved siret: its first 9 characters. */
  static Column sirenOfSiret() {
    return substring(col(SIRET), 1, 9);
  }
}
