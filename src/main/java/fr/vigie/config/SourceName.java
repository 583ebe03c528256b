package fr.vigie.config;

import java.util.Locale;

/** The source folders of the input layout (inputs.md, "Input layout"), in reading order. */
public enum SourceName {
  COMPTES,
  COTISATIONS,
  DEBITS,
  EFFECTIF,
  EFFECTIF_ENTREPRISE,
  DELAIS,
  CCSF,
  PROCOLS,
  AP_DEMANDES,
  AP_CONSOMMATIONS,
  SIRENE,
  SIRENE_UL,
  BDF,
  DIANE,
  PROCOLS_REGION,
  AUTO_ENTREPRENEURS;

  /** The folder name, also the key under {@code sources:} and the name of the output dataset. */
  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceName fromFolder(String folder) {
    return valueOf(folder.toUpperCase(Locale.ROOT));
  }
}
