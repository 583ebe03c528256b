package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.codec.AamjDate;
import fr.vigie.codec.Centimes;
import fr.vigie.codec.Euros;
import fr.vigie.codec.EffHeader;
import fr.vigie.codec.Headcount;
import fr.vigie.codec.IsoDate;
import fr.vigie.codec.MonthSpan;
import fr.vigie.codec.PlainDate;
import fr.vigie.codec.SlashDate;
import fr.vigie.codec.TextMonthDate;
import fr.vigie.codec.UrssafPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every encoding the generator writes decodes back with its codec (inputs.md, "URSSAF encodings"). */
class EncodingsTest {

  @ParameterizedTest
  @CsvSource({"2018-02-03, 1180203", "2016-03-18, 1160318", "1999-06-12, 990612", "2000-01-01, 1000101"})
  void aamjDatesAreTheInputsMdExamples(LocalDate date, String expected) {
    assertThat(Encodings.aamj(date)).isEqualTo(expected);
    assertThat(AamjDate.decode(expected).orNull()).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({"2010-07, false, 1031", "2010-05, false, 1022", "2002-08, false, 0232", "2018-05, true, 1820"})
  void shortPeriodsAreTheInputsMdExamples(YearMonth month, boolean quarter, String expected) {
    assertThat(Encodings.periodShort(month, quarter)).isEqualTo(expected);
    MonthSpan span = UrssafPeriod.decodeShort(expected).orNull();
    assertThat(span.first()).isEqualTo(quarter ? YearMonth.of(month.getYear(), 4) : month);
    assertThat(span.months()).isEqualTo(quarter ? 3 : 1);
  }

  @Test
  void yearPeriodsCoverTheYear() {
    assertThat(Encodings.periodShortYear(2018)).isEqualTo("1862");
    assertThat(UrssafPeriod.decodeShort("1862").orNull().months()).isEqualTo(12);
  }

  @ParameterizedTest
  @CsvSource({"2017-02, 201712", "2019-03, 201913", "2010-01, 201011", "2016-07, 201631"})
  void longPeriodsAndEffectifHeadersAreTheInputsMdExamples(YearMonth month, String expected) {
    assertThat(Encodings.periodLong(month, false)).isEqualTo(expected);
    assertThat(UrssafPeriod.decodeLong(expected).orNull().first()).isEqualTo(month);
    assertThat(EffHeader.decode(Encodings.effHeader(month)).orNull()).isEqualTo(month);
  }

  @Test
  void everyMonthOfTwoCenturiesRoundTrips() {
    for (YearMonth m = YearMonth.of(1951, 1); m.isBefore(YearMonth.of(2049, 12)); m = m.plusMonths(1)) {
      assertThat(UrssafPeriod.decodeShort(Encodings.periodShort(m, false)).orNull().first()).isEqualTo(m);
      assertThat(UrssafPeriod.decodeLong(Encodings.periodLong(m, true)).orNull().contains(m)).isTrue();
      assertThat(AamjDate.decode(Encodings.aamj(m.atEndOfMonth())).orNull()).isEqualTo(m.atEndOfMonth());
    }
  }

  @ParameterizedTest
  @CsvSource({"1959.07, 195907", "0.01, 1", "-12.5, -1250", "0, 0"})
  void centimes(double euros, String expected) {
    assertThat(Encodings.centimes(euros)).isEqualTo(expected);
    assertThat(Centimes.decode(expected).orNull()).isEqualTo(Math.round(euros * 100));
  }

  @ParameterizedTest
  @CsvSource({"5065.79, '5065,79'", "-68231, '-68231,00'", "0.004, '0,00'", "-0.004, '0,00'", "12.5, '12,50'"})
  void eurosWithADecimalComma(double euros, String expected) {
    assertThat(Encodings.eurosComma(euros)).isEqualTo(expected);
    assertThat(Euros.decode(expected).orNull()).isEqualTo(Math.round(euros * 100));
  }

  @Test
  void datesInEveryWrittenForm() {
    LocalDate d = LocalDate.of(2014, 5, 26);
    assertThat(Encodings.textMonth(d)).isEqualTo("26MAY2014");
    assertThat(TextMonthDate.decode(Encodings.textMonth(d)).orNull()).isEqualTo(d);
    LocalDate dec = LocalDate.of(2016, 12, 31);
    assertThat(Encodings.textMonthFrench(dec)).isEqualTo("31déc2016");
    for (int m = 1; m <= 12; m++) {
      LocalDate first = LocalDate.of(2019, m, 1);
      assertThat(TextMonthDate.decode(Encodings.textMonthFrench(first)).orNull()).as("French " + m).isEqualTo(first);
      assertThat(TextMonthDate.decode(Encodings.textMonth(first)).orNull()).as("English " + m).isEqualTo(first);
    }
    assertThat(SlashDate.decode(Encodings.slash(LocalDate.of(2019, 1, 23))).orNull()).isEqualTo(LocalDate.of(2019, 1, 23));
    assertThat(Encodings.slash(LocalDate.of(2019, 1, 23))).isEqualTo("23/01/2019");
    assertThat(IsoDate.decode(Encodings.iso(d) + " 00:00:00").orNull()).isEqualTo(d);
    assertThat(PlainDate.decode(Encodings.plain(d)).orNull()).isEqualTo(d);
  }

  @ParameterizedTest
  @CsvSource({"89, true, 089", "89, false, 89", "0, false, 0", "1234, false, '1 234'", "5, true, 005"})
  void headcountCells(int value, boolean zeros, String expected) {
    assertThat(Encodings.headcount(value, zeros)).isEqualTo(expected);
    assertThat(Headcount.decode(expected).orNull()).isEqualTo(value);
  }

  @Test
  void quotingDoublesQuotesAndWrapsSeparators() {
    assertThat(Encodings.quote("ACME; SARL", ';', false)).isEqualTo("\"ACME; SARL\"");
    assertThat(Encodings.quote("ACME, SARL", ';', false)).isEqualTo("ACME, SARL");
    assertThat(Encodings.quote("A \"B\"", ',', false)).isEqualTo("\"A \"\"B\"\"\"");
  }

  @Test
  void sirenAndSiretPassTheLuhnCheck() {
    Population population = new Population(1, YearMonth.of(2015, 1), 12);
    for (int i = 0; i < 1000; i++) {
      String siren = population.siren(i);
      assertThat(siren).hasSize(9).doesNotStartWith("0");
      assertThat(luhn(siren)).as(siren).isTrue();
      assertThat(luhn(Population.siret(siren, 1 + i % 40))).isTrue();
    }
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return sum % 10 == 0;
  }
}
