package fr.vigie.codec;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code Lib_actx_stdx} of the procédures collectives file → {@link ProcolEvent}. The label joins stage and
 * nature with '_' in either order: lower-cased and split on '_', the token among liquidation, redressement
 * and sauvegarde is the nature and the other tokens, re-joined with '_', are the stage.
 * {@code Solde_procedure_redressement} → (redressement, solde_procedure). Rule: inputs.md, "Procédures
 * collectives".
 */
public final class ProcolLabel {
  public static final Set<String> NATURES = Set.of("liquidation", "redressement", "sauvegarde");

  private ProcolLabel() {}

  /**
   * Decodes a label; stages outside the known list are kept as they are. No nature → an event with a null
   * nature (the reader keeps the line with a warning); several nature tokens → the first is the nature,
   * the others stay in the stage; blank → rejected as empty, since the label is the whole record.
   */
  public static Decoded<ProcolEvent> decode(String lib) {
    if (lib == null || lib.isBlank()) return Decoded.rejected(Reason.EMPTY, "");
    String nature = null;
    StringJoiner stage = new StringJoiner("_");
    for (String part : lib.toLowerCase(Locale.ROOT).split("_")) {
      String token = part.strip();
      if (token.isEmpty()) continue; // "Liquidation__ouverture"
      if (nature == null && NATURES.contains(token)) nature = token;
      else stage.add(token);
    }
    return Decoded.ok(new ProcolEvent(nature, stage.length() == 0 ? null : stage.toString()));
  }
}
