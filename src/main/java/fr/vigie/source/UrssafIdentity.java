package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.codec.Reason;
import fr.vigie.spark.ValueCodec;
import org.apache.spark.sql.Column;

/**
 * The identity columns of the URSSAF files that carry a compte (cotisations, débits, délais, CCSF):
 * the compte, and the Siret column of newer deliveries, which wins when present and valid (an
 * invalid one is ignored with a warning and the compte is resolved instead, see {@link Resolution}).
 */
final class UrssafIdentity {
  /** The field of newer deliveries that carries the siret. */
  static final String SIRET_FIELD = "siret";

  private UrssafIdentity() {}

  /** Adds {@code compte} (required) from {@code compteField} and the optional direct {@code siret}. */
  static Decoder decode(Decoder decoder, SourceColumn compte, SourceColumn siret, String compteField) {
    return decoder.value(compte, ValueCodec.COMPTE, compteField, Presence.REQUIRED)
        .tolerant(siret, ValueCodec.SIRET, SIRET_FIELD);
  }

  /**
   * Adds {@code compte} and the optional direct {@code siret}, and checks that siret against the
   * line's own {@code sirenField} when both are there (quarantine {@code siret_siren_mismatch}).
   */
  static Decoder decode(Decoder decoder, SourceColumn compte, SourceColumn siret, String compteField,
      String sirenField) {
    decoder.value(compte, ValueCodec.COMPTE, compteField, Presence.REQUIRED);
    String siretCall = decoder.intermediate(SIRET_FIELD, ValueCodec.SIRET.on(col(SIRET_FIELD)));
    String sirenCall = decoder.intermediate(sirenField, ValueCodec.SIREN.on(col(sirenField)));
    return decoder
        .column(siret, col(siretCall + ".value"))
        .warning(col(siretCall + ".reason"))
        .warning(col(sirenCall + ".reason"))
        .reason(mismatch(col(siretCall + ".value"), col(sirenCall + ".value")));
  }

  /**
   * {@code siret_siren_mismatch:<siret>/<siren>} when a decoded siret and a decoded siren of the same
   * line are both present and the siret does not start with the siren; else null.
   */
  static Column mismatch(Column siret, Column siren) {
    return when(siret.isNotNull().and(siren.isNotNull()).and(substring(siret, 1, 9).notEqual(siren)),
        concat(lit(Reason.SIRET_SIREN_MISMATCH.code() + ":"), siret, lit("/"), siren));
  }

  /** The siren of a resolved siret: its first 9 characters. */
  static Column sirenOf(SourceColumn siret) {
    return substring(siret.col(), 1, 9);
  }
}
