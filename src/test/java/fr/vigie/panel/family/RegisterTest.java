package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sirene attributes, ages and activity, pure Java, worked by hand. */
class RegisterTest {
  static final Calendar JAN_2019_TO_JUN_2020 = new Calendar(2019 * 12, 2020 * 12 + 5);

  static Integer day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void attributesAgesAndActivity() {
    SireneLine closed = new SireneLine("f", 2, "47.11D", "NAFRev2", "75", "11", false, day("2018-03-01"), "F",
        day("2020-03-01"));
    SireneLine older = new SireneLine("f", 1, "10.71C", "NAFRev2", "2A", "94", true, day("2000-01-01"), "A", null);
    Register.Months m = Register.compute(List.of(older, closed),
        List.of(new SireneUlLine("u", 1, "5710", day("2015-06-15"))), JAN_2019_TO_JUN_2020);
    Register.Attributes a = m.attributes();
    assertThat(a.codeApe()).as("the latest line wins").isEqualTo("47.11D");
    assertThat(a.codeNaf()).isEqualTo("G");
    assertThat(a.codeApeNiveau2()).isEqualTo("47");
    assertThat(a.categorieJuridique()).isEqualTo("5710");
    assertThat(m.age()[0]).as("2018-03-01 to 2019-01-31").isZero();
    assertThat(m.age()[14]).as("to 2020-03-31").isEqualTo(2);
    assertThat(m.ageEntreprise()[17]).as("2015-06-15 to 2020-06-30").isEqualTo(5);
    assertThat(m.ageEntreprise()[16]).as("to 2020-05-31").isEqualTo(4);
    assertThat(m.active()[13]).as("February 2020").isTrue();
    assertThat(m.active()[14]).as("closed on 2020-03-01").isFalse();
  }

  @Test
  void anotherNomenclatureIsNotUsedAndUnknownsStayUnknown() {
    SireneLine rev1 = new SireneLine("f", 1, "52.1D", "NAFRev1", "21", "27", null, null, null, day("2019-06-01"));
    Register.Months m = Register.compute(List.of(rev1), null, JAN_2019_TO_JUN_2020);
    assertThat(m.attributes().codeApe()).isNull();
    assertThat(m.attributes().codeNaf()).isNull();
    assertThat(m.active()[0]).as("no state, a closing day still to come").isTrue();
    assertThat(m.active()[6]).as("no state, a closing day passed: unknown").isNull();
    assertThat(Register.compute(List.of(), null, JAN_2019_TO_JUN_2020).active()[0]).as("not in Sirene").isFalse();
    assertThat(Register.compute(null, null, JAN_2019_TO_JUN_2020).active()[0]).as("Sirene not delivered").isTrue();
  }

  @Test
  void wholeYearsAsMonthsBetweenCount() {
    assertThat(Register.years(LocalDate.parse("2015-06-15"), LocalDate.parse("2020-06-30"))).isEqualTo(5);
    assertThat(Register.years(LocalDate.parse("2015-06-30"), LocalDate.parse("2020-05-31"))).isEqualTo(4);
    assertThat(Register.years(LocalDate.parse("2016-02-29"), LocalDate.parse("2020-02-29"))).isEqualTo(4);
    assertThat(Register.years(LocalDate.parse("2014-03-31"), LocalDate.parse("2019-02-28"))).as("both last days")
        .isEqualTo(4);
    assertThat(Register.years(LocalDate.parse("2020-03-15"), LocalDate.parse("2020-01-31"))).isEqualTo(-1);
  }
}
