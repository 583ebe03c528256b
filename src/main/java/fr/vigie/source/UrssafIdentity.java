package fr.vigie.source;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.substring;

import fr.vigie.codec.Reason;
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

  /**
   * Adds {@code compte} and the optional direct {@code siret}, and checks that siret against the
   * line's own {@code sirenField} when both are there (quarantine {@code siret_siren_mismatch}).
   */
  static Decoder decode(Decoder decoder, String compteField, String sirenField) {
    decoder.value(COMPTE, "compte", compteField, true);
    String siret = decoder.intermediate(SIRET, call_udf("siret", col(SIRET)));
    String siren = decoder.intermediate(sirenField, call_udf("siren", col(sirenField)));
    return decoder
        .column(SIRET, col(siret + ".value"))
        .warning(col(siret + ".reason"))
        .warning(col(siren + ".reason"))
        .reason(mismatch(col(siret + ".value"), col(siren + ".value")));
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
  static Column sirenOfSiret() {
    return substring(col(SIRET), 1, 9);
  }
}
