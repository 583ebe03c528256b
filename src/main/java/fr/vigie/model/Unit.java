package fr.vigie.model;

/**
 * What a feature's number measures, so that a sentence can write it as an agent reads it
 * (« 48 k€ », « 3,1 mois de cotisations », « -22 % », « 35 salariés »). French plural from 2 on
 * (« 1,5 an », « 2 ans »).
 */
public enum Unit {
  /** An amount in euros. */
  EUROS,
  /** An amount in thousands of euros (Diane items). */
  KEUROS,
  /** A percentage already multiplied by 100 (Banque de France and Diane ratios). */
  PERCENT,
  /** A fraction, written as a percentage (a relative change: -0.22 → « -22 % »). */
  SHARE,
  /** A debt counted in months of contributions (ratio_dette). */
  MONTHS_OF_CONTRIBUTIONS,
  MONTHS,
  DAYS,
  HOURS,
  PEOPLE,
  YEARS,
  /** A number of things (procedures, registrations, establishments). */
  COUNT,
  /** A plain ratio without unit. */
  RATIO,
  /** true/false, as 1/0 in the model's inputs. */
  FLAG,
  /** A numeric code (a reason code). */
  CODE,
  /** A text category (NAF section, region): the model sees an index, the sentence the category. */
  CATEGORY;

  /** The value in this unit, French; "n/d" when it is not a number. */
  public String format(double value) {
    if (!Double.isFinite(value)) return FrenchFormat.UNAVAILABLE;
    char s = FrenchFormat.UNIT_SPACE;
    return switch (this) {
      case EUROS -> FrenchFormat.euros(value);
      case KEUROS -> FrenchFormat.euros(value * 1_000);
      case PERCENT -> FrenchFormat.compact(value, Math.abs(value) < 10 ? 1 : 0) + s + "%";
      case SHARE -> FrenchFormat.compact(value * 100, Math.abs(value) < 0.1 ? 1 : 0) + s + "%";
      case MONTHS_OF_CONTRIBUTIONS -> FrenchFormat.compact(value, 1) + s + "mois de cotisations";
      case MONTHS -> FrenchFormat.compact(value, 1) + s + "mois";
      case DAYS -> counted(value, 0, "jour");
      case HOURS -> counted(value, 0, "heure");
      case PEOPLE -> counted(value, 0, "salarié");
      case YEARS -> counted(value, 0, "an");
      case COUNT -> FrenchFormat.compact(value, 1);
      case RATIO -> FrenchFormat.compact(value, 2);
      case FLAG -> value != 0 ? "oui" : "non";
      case CODE -> FrenchFormat.compact(value, 0);
      case CATEGORY -> FrenchFormat.UNAVAILABLE; // a category has no number to write
    };
  }

  private static String counted(double value, int digits, String singular) {
    String number = FrenchFormat.compact(value, digits);
    double rounded = Math.abs(Math.round(value * Math.pow(10, digits)) / Math.pow(10, digits));
    return number + FrenchFormat.UNIT_SPACE + singular + (rounded >= 2 ? "s" : "");
  }
}
