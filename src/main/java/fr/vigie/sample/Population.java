package fr.vigie.sample;

import fr.vigie.sample.Activities.Activity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Draws company {@code index} of a sample: identity (Luhn-valid siren and sirets), activity, legal
 * category, creation date, establishments with their place, size and URSSAF account, and the risk
 * multiplier; then {@link History} simulates its months.
 */
public final class Population {
  static final int MAX_ESTABLISHMENTS = 40;
  private static final String[] FAMILY = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
      "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
      "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "LEFÈVRE", "MERCIER", "DUPONT", "LAMBERT", "BONNET",
      "FRANÇOIS", "MARTINEZ", "LEGRAND", "GARNIER", "FAURE", "ROUSSEAU", "BLANC", "GUÉRIN", "MULLER", "HENRY",
      "ROUSSEL", "NICOLAS", "PERRIN", "MORIN", "MATHIEU", "CLÉMENT", "GAUTHIER", "DUMONT", "LOPEZ", "FONTAINE",
      "D'ARTOIS", "L'HERMITE"};
  private static final String[] FORMS = {"", "", "", " & FILS", " ET ASSOCIES", "; SARL", " SAS", " (GROUPE)"};

  private final long seed;
  private final YearMonth start;
  private final int months;

  public Population(long seed, YearMonth start, int months) {
    this.seed = seed;
    this.start = start;
    this.months = months;
  }

  /** How many establishments company {@code index} has: mostly one, a long tail up to 40. */
  public static int establishmentCount(long seed, int index) {
    SplittableRandom rng = Seeds.stream(seed, index, Seeds.SIZE);
    double u = rng.nextDouble();
    if (u < 0.84) return 1;
    if (u < 0.93) return 2;
    if (u < 0.97) return 3;
    if (u < 0.99) return 4 + rng.nextInt(3);
    return Math.min(MAX_ESTABLISHMENTS, 7 + (int) (-Math.log(1 - rng.nextDouble()) * 8));
  }

  /** The companies of a sample of {@code establishments}: their number and the last one's establishments. */
  public record Plan(int companies, int lastEstablishments) implements java.io.Serializable {}

  public static Plan plan(long seed, int establishments) {
    int total = 0;
    int index = 0;
    while (true) {
      int n = establishmentCount(seed, index);
      if (total + n >= establishments) return new Plan(index + 1, establishments - total);
      total += n;
      index++;
    }
  }

  /** Company {@code index} with at most {@code cap} establishments, its history simulated. */
  public Company company(int index, int cap) {
    int count = Math.min(cap, establishmentCount(seed, index));
    SplittableRandom rng = Seeds.stream(seed, index, Seeds.HISTORY);
    Activity activity = Activities.draw(rng);
    String siren = siren(index);
    String name = name(activity, rng);
    String category = legalCategory(activity, rng);
    int createdMonth;
    LocalDate created;
    if (rng.nextDouble() < 0.1) {
      createdMonth = rng.nextInt(months);
      created = start.plusMonths(createdMonth).atDay(1 + rng.nextInt(28));
    } else {
      double years = Math.min(60, 0.2 + -Math.log(1 - rng.nextDouble()) * 12);
      created = start.atDay(1).minusDays((long) (years * 365.25));
      createdMonth = (int) -Math.max(1, Math.round(years * 12));
    }
    String departement = Geography.drawDepartement(rng);
    int[] sizes = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      sizes[i] = size(rng);
      total += sizes[i];
    }
    double ageYears = createdMonth >= 0 ? 0 : -createdMonth / 12.0;
    double frailty = Math.exp(RiskModel.FRAILTY_SD * gaussian(rng) + RiskModel.FRAILTY_SHIFT);
    double risk = Activities.sectorFactor(activity.section()) * Geography.regionFactor(Geography.region(departement))
        * RiskModel.sizeFactor(total) * RiskModel.ageFactor(ageYears) * frailty;
    // the same product without the frailty: what the files show of the multiplier (observable ceiling)
    double traits = Activities.sectorFactor(activity.section()) * Geography.regionFactor(Geography.region(departement))
        * RiskModel.sizeFactor(total) * RiskModel.ageFactor(ageYears);
    Company company = new Company(index, siren, name, activity, category, created, risk, traits);
    for (int i = 0; i < count; i++) {
      String dep = i == 0 || rng.nextDouble() < 0.6 ? departement : Geography.drawDepartement(rng);
      String region = Geography.region(dep);
      int estMonth = createdMonth;
      LocalDate estCreated = created;
      if (i > 0) {
        if (createdMonth < 0 && rng.nextDouble() < 0.75) {
          estMonth = createdMonth + (int) (rng.nextDouble() * -createdMonth);
          estCreated = start.plusMonths(estMonth).atDay(1 + rng.nextInt(28));
        } else {
          estMonth = Math.max(createdMonth, 0) + rng.nextInt(Math.max(1, months - Math.max(createdMonth, 0)));
          estCreated = start.plusMonths(estMonth).atDay(1 + rng.nextInt(28));
        }
      }
      String compte = Geography.urssaf(region) + Geography.pad(index * 100L + i, 15);
      company.establishments.add(new Establishment(i, siret(siren, 1 + i), compte, dep, region,
          Geography.commune(dep, rng), Geography.postalCode(dep, rng), Geography.coordinates(region, rng), estCreated,
          estMonth, sizes[i] < 10));
    }
    History.simulate(company, sizes, start, months, rng);
    return company;
  }

  /**
   * 8 digits from a bijection of the index onto [10,000,000, 100,000,000) (unique within a sample: 7919
   * is prime to 90,000,000), then the Luhn check digit.
   */
  String siren(int index) {
    long base = 10_000_000L
        + Math.floorMod(index * 7919L + Math.floorMod(seed * 1_000_003L, 90_000_000L), 90_000_000L);
    String eight = Geography.pad(base, 8);
    return eight + luhnDigit(eight);
  }

  /** siren + 4-digit establishment number + Luhn check digit over the 14 digits. */
  static String siret(String siren, int number) {
    String thirteen = siren + Geography.pad(number, 4);
    return thirteen + luhnDigit(thirteen);
  }

  /** The digit that makes {@code digits + d} pass the Luhn check. */
  static int luhnDigit(String digits) {
    int sum = 0;
    boolean twice = true; // the digit left of the check digit is doubled
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }

  /** Establishment sizes: 78 % under 10 employees, then a Pareto tail (α = 1.15) capped at 5,000. */
  static int size(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.78) {
      double v = rng.nextDouble();
      if (v < 0.08) return 0;
      if (v < 0.30) return 1;
      if (v < 0.48) return 2;
      if (v < 0.61) return 3;
      if (v < 0.71) return 4;
      return 5 + rng.nextInt(5);
    }
    return (int) Math.min(5000, Math.floor(10 * Math.pow(1 - rng.nextDouble(), -1 / 1.15)));
  }

  static double gaussian(SplittableRandom rng) {
    double u1 = 1 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static String name(Activity activity, SplittableRandom rng) {
    String prefix = switch (activity.section()) {
      case 'C' -> "ATELIERS";
      case 'F' -> rng.nextBoolean() ? "BATIMENT" : "CONSTRUCTIONS";
      case 'G' -> rng.nextBoolean() ? "COMMERCE" : "ETS";
      case 'H' -> "TRANSPORTS";
      case 'I' -> rng.nextBoolean() ? "RESTAURANT" : "HÔTEL";
      case 'J' -> "INFORMATIQUE";
      case 'M' -> "CABINET";
      case 'Q' -> "CENTRE MÉDICAL";
      case 'O' -> "COMMUNE DE";
      case 'S' -> rng.nextBoolean() ? "ASSOCIATION" : "SALON";
      default -> "SOCIÉTÉ";
    };
    return prefix + " " + FAMILY[rng.nextInt(FAMILY.length)] + FORMS[rng.nextInt(FORMS.length)];
  }

  private static String legalCategory(Activity activity, SplittableRandom rng) {
    if (activity.section() == 'O') return rng.nextBoolean() ? "7210" : "7220";
    if (activity.code().equals("94.99Z")) return "9220";
    double u = rng.nextDouble();
    if (u < 0.35) return "5710";
    if (u < 0.70) return "5499";
    if (u < 0.80) return "5498";
    if (u < 0.92) return "1000";
    if (u < 0.97) return "5599";
    return "5202";
  }
}
