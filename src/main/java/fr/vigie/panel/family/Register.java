package fr.vigie.panel.family;

import fr.vigie.panel.NafSections;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;

/**
 * Sirene attributes of one establishment (panel.md, "Sirene and company data"): activity codes (NAF
 * rev. 2 only: another nomenclature is not used), département, region, head office, ages in whole
 * years at the end of the month, legal category. Sirene is a snapshot: the attributes are the current
 * ones on every month. {@code active} (for the scope) is true when the establishment is created by the
 * end of the month and not closed before it; it is unknown (null) when the state is unknown and a
 * closing day is given, and true on every month when Sirene was not delivered.
 */
public final class Register {
  /** Attributes that do not change with the month. */
  public record Attributes(String codeApe, String codeNaf, String codeApeNiveau2, String departement, String region,
      Boolean siege, String categorieJuridique) {}

  public record Months(Attributes attributes, Integer[] age, Integer[] ageEntreprise, Boolean[] active) {}

  private Register() {}

  /**
   * @param sirene the establishment's lines, null when the source was not delivered
   * @param unitesLegales the company's lines, null when not delivered
   */
  public static Months compute(Collection<SireneLine> sirene, Collection<SireneUlLine> unitesLegales,
      Calendar calendar) {
    int n = calendar.size();
    SireneLine s = sirene == null || sirene.isEmpty() ? null : Collections.max(sirene, SireneLine.LATEST);
    SireneUlLine u = unitesLegales == null || unitesLegales.isEmpty() ? null
        : Collections.max(unitesLegales, SireneUlLine.LATEST);
    String codeApe = null;
    String division = null;
    if (s != null) {
      boolean nafRev2 = s.nomenclature() == null || s.nomenclature().equals("NAFRev2");
      if (nafRev2) {
        codeApe = s.activite();
        if (s.activite() != null && s.activite().length() >= 2 && asciiDigit(s.activite().charAt(0))
            && asciiDigit(s.activite().charAt(1))) {
          division = s.activite().substring(0, 2);
        }
      }
    }
    String section = division == null ? null : NafSections.section(Integer.parseInt(division));
    Attributes attributes = new Attributes(codeApe, section, division, s == null ? null : s.departement(),
        s == null ? null : s.region(), s == null ? null : s.siege(), u == null ? null : u.categorie());
    Integer[] age = new Integer[n];
    Integer[] ageEntreprise = new Integer[n];
    Boolean[] active = new Boolean[n];
    for (int i = 0; i < n; i++) {
      LocalDate monthEnd = calendar.lastDay(i);
      if (s != null && s.creation() != null) age[i] = years(LocalDate.ofEpochDay(s.creation()), monthEnd);
      if (u != null && u.creation() != null) ageEntreprise[i] = years(LocalDate.ofEpochDay(u.creation()), monthEnd);
      active[i] = sirene == null ? Boolean.TRUE : active(s, calendar.firstDay(i), monthEnd);
    }
    return new Months(attributes, age, ageEntreprise, active);
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Created by the end of the month, and not closed before the month: three-valued, as the scope reads it. */
  private static Boolean active(SireneLine s, LocalDate monthStart, LocalDate monthEnd) {
    if (s == null) return false;
    boolean created = s.creation() == null || !LocalDate.ofEpochDay(s.creation()).isAfter(monthEnd);
    Boolean open = Kleene.or(Kleene.or(s.etat() == null ? null : !s.etat().equals("F"), s.debut() == null),
        s.debut() != null && LocalDate.ofEpochDay(s.debut()).isAfter(monthStart));
    return Kleene.and(created, open);
  }

  /**
   * Whole years from {@code from} to {@code monthEnd} (the last day of a month), as
   * floor(months_between(monthEnd, from) / 12): a month counts whole when its day is reached, or when
   * both days are the last of their months.
   */
  static int years(LocalDate from, LocalDate monthEnd) {
    int months = (monthEnd.getYear() - from.getYear()) * 12 + monthEnd.getMonthValue() - from.getMonthValue();
    boolean bothLast = from.getDayOfMonth() == from.lengthOfMonth() && monthEnd.getDayOfMonth() == monthEnd.lengthOfMonth();
    if (!bothLast && monthEnd.getDayOfMonth() < from.getDayOfMonth()) months--;
    return Math.floorDiv(months, 12);
  }
}
