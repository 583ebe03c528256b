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
  // a siret whose first 9 digits are not the siren the same line gives (or, in Sirene, not siren + nic)
  SIRET_SIREN_MISMATCH,
  // a record dated after the extraction month of the delivery (a processing date in 2099...)
  AFTER_EXTRACTION,
  // open data: the reconciliation pseudo-region _calage_ (code 99), never a region
  CALAGE_REGION,
  // kept lines with a quality warning
  UNKNOWN_NATURE_WARNING,
  INVALID_FIELD_WARNING,
  // a headcount cell of a month after the extraction month: dropped, the line kept
  AFTER_EXTRACTION_WARNING,
  // a header column that looks like data vigie should read but names nothing it knows (per file, not per line)
  UNKNOWN_COLUMN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
