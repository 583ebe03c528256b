package fr.vigie.codec;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header cells → canonical column names, so that columns are found by name whatever the export:
 * {@code "\uFEFFNombre de procédures (brut)"} → {@code nombre_de_procedures_brut},
 * {@code "Chiffre d'affaires net (H.T.) kEUR 2016"} → {@code chiffre_d_affaires_net_h_t_keur_2016}.
 */
public final class HeaderName {
  private static final char BOM = '\uFEFF';

  private HeaderName() {}

  /**
   * Removes every U+FEFF (open-data exports carry one inside a label), surrounding double quotes and
   * spaces, and diacritics; lower-cases; turns every run of characters other than [a-z0-9] into one '_'
   * and drops leading and trailing '_'. Null → "".
   */
  public static String canonical(String header) {
    if (header == null) return "";
    String s = header.replace(String.valueOf(BOM), "").strip();
    if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
      s = s.substring(1, s.length() - 1);
    }
    // ligatures have no decomposition: spell them out so "Main d'œuvre" keeps its letters
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder name = new StringBuilder(decomposed.length());
    boolean pendingUnderscore = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue; // the accent of a decomposed letter
      if ((c >= 'a' && c <= 'z') || AsciiDigits.is(c)) {
        if (pendingUnderscore && name.length() > 0) name.append('_');
        pendingUnderscore = false;
        name.append(c);
      } else {
        pendingUnderscore = true;
      }
    }
    return name.toString();
  }
}
