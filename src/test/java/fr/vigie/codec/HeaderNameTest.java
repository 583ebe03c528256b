package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** inputs.md, "General rules": columns found by name, case-insensitive, every U+FEFF removed. */
class HeaderNameTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "Code région, code_region",
      "'\uFEFFNombre de procédures (brut)', nombre_de_procedures_brut", // BOM of the file
      "'Ann\uFEFFée', annee", // BOM inside a label
      "'\uFEFF\"Siret\"', siret", // BOM then quotes
      "'Chiffres d''affaires', chiffres_d_affaires",
      "Dt_effet, dt_effet",
      "'Chiffre d''affaires net (H.T.) kEUR 2016', chiffre_d_affaires_net_h_t_keur_2016",
      "Date de clôture 2015, date_de_cloture_2015",
      "Effectif consolidé 2017, effectif_consolide_2017",
      "'\"Dernier jour du trimestre\"', dernier_jour_du_trimestre",
      "'  ETAB_SIRET  ', etab_siret",
      "eff201011, eff201011",
      "'Main d''œuvre', main_d_oeuvre",
      "__x__, x",
      "Île-de-France, ile_de_france",
      "'', ''",
  })
  void canonicalises(String header, String expected) {
    assertThat(HeaderName.canonical(header)).as("canonical name of '%s'", header).isEqualTo(expected);
  }

  @Test
  void removesEveryBomAnywhere() {
    assertThat(HeaderName.canonical("\uFEFF\uFEFFCode\uFEFF r\u00E9gion\uFEFF")).as("BOMs at start, inside and at end")
        .isEqualTo("code_region");
    assertThat(HeaderName.canonical(null)).as("no header").isEmpty();
  }
}
