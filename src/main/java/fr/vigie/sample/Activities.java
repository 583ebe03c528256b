package fr.vigie.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The NAF rev. 2 activities the sample draws from, with their weight among employers, their risk
 * multiplier, a typical monthly gross wage and a Banque de France sector label. A few activities out
 * of the model's scope (finance, public administration, education, membership organisations) are
 * there on purpose.
 */
public final class Activities {
  /** One activity: {@code code} like 62.01Z; {@code section} the NAF letter. */
  public record Activity(String code, char section, double weight, double wage, String bdfSector) {
    /** The code without its dot, as in the effectif files' {@code ape_ins} ({@code 6201Z}). */
    public String compact() {
      return code.replace(".", "");
    }
  }

  static final List<Activity> ALL = List.of(
      new Activity("01.11Z", 'A', 1.0, 2100, "AGRICULTURE"),
      new Activity("10.71C", 'C', 3.0, 2100, "INDUSTRIE"),
      new Activity("25.62B", 'C', 2.0, 2700, "INDUSTRIE"),
      new Activity("28.29B", 'C', 1.0, 3100, "INDUSTRIE"),
      new Activity("35.11Z", 'D', 0.2, 3900, "INDUSTRIE"),
      new Activity("38.11Z", 'E', 0.5, 2600, "INDUSTRIE"),
      new Activity("41.20A", 'F', 3.0, 2500, "CONSTRUCTION"),
      new Activity("43.21A", 'F', 4.0, 2500, "CONSTRUCTION"),
      new Activity("43.32A", 'F', 3.0, 2400, "CONSTRUCTION"),
      new Activity("45.20A", 'G', 3.0, 2400, "COMMERCE"),
      new Activity("46.90Z", 'G', 3.0, 3000, "COMMERCE"),
      new Activity("47.11D", 'G', 4.0, 2100, "COMMERCE"),
      new Activity("47.71Z", 'G', 3.0, 2000, "COMMERCE"),
      new Activity("47.73Z", 'G', 1.5, 2600, "COMMERCE"),
      new Activity("49.41A", 'H', 3.0, 2400, "TRANSPORTS"),
      new Activity("52.29A", 'H', 1.0, 2800, "TRANSPORTS"),
      new Activity("55.10Z", 'I', 2.0, 2000, "HEBERGEMENT"),
      new Activity("56.10A", 'I', 6.0, 1900, "HEBERGEMENT"),
      new Activity("56.30Z", 'I', 3.0, 1800, "HEBERGEMENT"),
      new Activity("62.01Z", 'J', 3.0, 3900, "SERVICES"),
      new Activity("63.11Z", 'J', 0.5, 3700, "SERVICES"),
      new Activity("64.19Z", 'K', 0.7, 4000, "FINANCE"),
      new Activity("66.22Z", 'K', 1.0, 3200, "FINANCE"),
      new Activity("68.20A", 'L', 1.5, 2600, "IMMOBILIER"),
      new Activity("69.20Z", 'M', 3.0, 3000, "SERVICES"),
      new Activity("71.12B", 'M', 2.0, 3400, "SERVICES"),
      new Activity("73.11Z", 'M', 1.0, 3100, "SERVICES"),
      new Activity("78.20Z", 'N', 1.5, 2100, "SERVICES"),
      new Activity("81.21Z", 'N', 3.0, 1800, "SERVICES"),
      new Activity("84.11Z", 'O', 0.8, 2500, "ADMINISTRATION"),
      new Activity("85.59A", 'P', 1.5, 2400, "ENSEIGNEMENT"),
      new Activity("86.21Z", 'Q', 3.0, 2600, "SANTE"),
      new Activity("87.10A", 'Q', 1.5, 2100, "SANTE"),
      new Activity("88.10A", 'Q', 1.5, 2000, "SANTE"),
      new Activity("93.12Z", 'R', 1.0, 2000, "SERVICES"),
      new Activity("94.99Z", 'S', 2.0, 2000, "ASSOCIATIONS"),
      new Activity("96.02A", 'S', 4.0, 1800, "SERVICES"));

  private static final double TOTAL = ALL.stream().mapToDouble(Activity::weight).sum();

  private Activities() {}

  public static Activity draw(SplittableRandom rng) {
    double x = rng.nextDouble() * TOTAL;
    for (Activity a : ALL) {
      x -= a.weight();
      if (x < 0) return a;
    }
    return ALL.get(ALL.size() - 1);
  }

  /** Risk multiplier of a NAF section. */
  public static double sectorFactor(char section) {
    return switch (section) {
      case 'F' -> 1.35;
      case 'G' -> 1.05;
      case 'H' -> 1.15;
      case 'I' -> 1.45;
      case 'J' -> 0.8;
      case 'K' -> 0.4;
      case 'L' -> 0.7;
      case 'M' -> 0.75;
      case 'N' -> 1.2;
      case 'O' -> 0.05;
      case 'P' -> 0.3;
      case 'Q' -> 0.5;
      case 'R' -> 1.1;
      case 'A', 'E' -> 0.8;
      case 'D' -> 0.5;
      default -> 1.0;
    };
  }
}
