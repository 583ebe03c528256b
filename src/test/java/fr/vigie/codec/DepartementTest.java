package fr.vigie.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** inputs.md, "Sirene establishments": département from the commune code, region from the official table. */
class DepartementTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "75056, 75", "01001, 01", "59350, 59", "2A004, 2A", "2b033, 2B", "97105, 971", "97411, 974", "97611, 976",
      "98799, 987", "' 13055 ', 13"})
  void decodesDepartementFromCommune(String commune, String departement) {
    assertThat(Departement.fromCommune(commune)).as("département of commune %s", commune).isEqualTo(Decoded.ok(departement));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {"7505", "750560", "75O56", "2C004", "2A00B", "A2004", "75 56", "75-56"})
  void rejectsBadCommuneCodes(String commune) {
    assertThat(Departement.fromCommune(commune)).as("commune '%s'", commune).isEqualTo(Decoded.rejected(Reason.INVALID_CODE, commune));
  }

  @ParameterizedTest(name = "''{0}'' is empty")
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void blankCommuneIsEmpty(String commune) {
    assertThat(Departement.fromCommune(commune)).as("blank commune").isEqualTo(Decoded.empty());
  }

  @Test
  void tableHas101DepartementsIn18Regions() {
    assertThat(Departement.allDepartements()).as("départements").hasSize(101).doesNotHaveDuplicates()
        .startsWith("01", "02").contains("2A", "2B").doesNotContain("20").endsWith("974", "976");
    assertThat(new HashSet<>(Departement.departementToRegion().values())).as("distinct regions").hasSize(18);
    assertThat(Departement.departementToRegion()).as("département → region").hasSize(101);
  }

  @ParameterizedTest(name = "{0} → region {1}")
  @CsvSource({
      "75, 11, Île-de-France", "2A, 94, Corse", "2a, 94, Corse", "971, 01, Guadeloupe", "976, 06, Mayotte",
      "21, 27, Bourgogne-Franche-Comté", "59, 32, Hauts-de-France", "13, 93, 'Provence-Alpes-Côte d''Azur'",
      "974, 04, La Réunion", "973, 03, Guyane", "972, 02, Martinique", "35, 53, Bretagne", "44, 52, Pays de la Loire",
      "33, 75, Nouvelle-Aquitaine", "31, 76, Occitanie", "69, 84, Auvergne-Rhône-Alpes", "67, 44, Grand Est",
      "76, 28, Normandie", "45, 24, Centre-Val de Loire", "90, 27, Bourgogne-Franche-Comté"})
  void mapsDepartementToRegion(String departement, String code, String name) {
    assertThat(Departement.region(departement)).as("region of %s", departement).contains(new Region(code, name));
  }

  @ParameterizedTest(name = "''{0}'' has no region")
  @NullAndEmptySource
  @ValueSource(strings = {"20", "96", "975", "977", "987", "99", "1"})
  void unknownDepartementHasNoRegion(String departement) {
    assertThat(Departement.region(departement)).as("region of '%s'", departement).isEqualTo(Optional.empty());
  }

  @Test
  void namesDepartements() {
    assertThat(Departement.name("2A")).as("name of 2A").contains("Corse-du-Sud");
    assertThat(Departement.name("90")).as("name of 90").contains("Territoire de Belfort");
  }
}
