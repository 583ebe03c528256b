package fr.vigie.codec;

import java.util.Locale;

/**
 * Every reason a line can be quarantined (or, for {@code *_WARNING}, kept with a quality warning).
 * The lower-case constant name is the reason code written to {@code quarantine/} and the manifest.
 */
public enum Reason {
  // line structure
  WRONG_FIELD_COUNT,
  UNTERMINATED_QUOTE,
  BARE_QUOTE,
  BINARY_GARBAGE,
  // values
  EMPTY,
  INVALID_PERIOD,
  INVALID_DATE,
  INVALID_NUMBER,
  INVALID_AMOUNT,
  INVALID_HEADCOUNT,
  INVALID_SIREN,
  INVALID_SIRET,
  INVALID_COMPTE,
  INVALID_CODE,
  // identity resolution
  PROVISIONAL_SIRET,
  UNKNOWN_COMPTE,
  NO_SIRET_AT_DATE,
  // open data: the reconciliation pseudo-region _calage_ (code 99), never a region
  CALAGE_REGION,
  // kept lines with a quality warning
  UNKNOWN_NATURE_WARNING,
  INVALID_FIELD_WARNING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
