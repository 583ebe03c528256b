package fr.vigie.sample;

import fr.vigie.codec.Departement;
import fr.vigie.codec.Region;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where establishments are: départements drawn with rough employer weights, their region from the
 * official table shipped with the codecs ({@link Departement}), a commune and postal code inside the
 * département, coordinates near the region's centre, and the region's risk multiplier.
 */
public final class Geography {
  private static final Map<String, Double> WEIGHTS = Map.ofEntries(
      Map.entry("75", 7.0), Map.entry("92", 4.0), Map.entry("93", 3.0), Map.entry("94", 3.0), Map.entry("13", 4.0),
      Map.entry("69", 4.0), Map.entry("59", 5.0), Map.entry("33", 3.0), Map.entry("31", 3.0), Map.entry("06", 2.5),
      Map.entry("44", 2.5), Map.entry("67", 2.5), Map.entry("34", 2.5), Map.entry("38", 2.5), Map.entry("62", 3.0),
      Map.entry("76", 2.5), Map.entry("78", 2.5), Map.entry("91", 2.5), Map.entry("95", 2.5), Map.entry("77", 2.5),
      Map.entry("35", 2.0), Map.entry("83", 2.0), Map.entry("57", 2.0), Map.entry("974", 1.5), Map.entry("971", 0.8),
      Map.entry("972", 0.8), Map.entry("973", 0.4), Map.entry("976", 0.3), Map.entry("48", 0.3), Map.entry("23", 0.3),
      Map.entry("05", 0.4), Map.entry("04", 0.4), Map.entry("90", 0.5), Map.entry("15", 0.4), Map.entry("09", 0.4),
      Map.entry("2A", 0.6), Map.entry("2B", 0.6), Map.entry("46", 0.5), Map.entry("32", 0.5), Map.entry("52", 0.5),
      Map.entry("55", 0.5), Map.entry("58", 0.5));

  private static final Map<String, double[]> CENTRES = Map.ofEntries(
      Map.entry("11", new double[] {48.85, 2.35}), Map.entry("24", new double[] {47.5, 1.7}),
      Map.entry("27", new double[] {47.2, 4.8}), Map.entry("28", new double[] {49.1, 0.1}),
      Map.entry("32", new double[] {50.0, 2.8}), Map.entry("44", new double[] {48.7, 6.0}),
      Map.entry("52", new double[] {47.4, -0.8}), Map.entry("53", new double[] {48.2, -2.9}),
      Map.entry("75", new double[] {45.2, 0.2}), Map.entry("76", new double[] {43.7, 2.2}),
      Map.entry("84", new double[] {45.5, 4.6}), Map.entry("93", new double[] {43.9, 6.1}),
      Map.entry("94", new double[] {42.1, 9.0}), Map.entry("01", new double[] {16.2, -61.5}),
      Map.entry("02", new double[] {14.6, -61.0}), Map.entry("03", new double[] {4.9, -52.3}),
      Map.entry("04", new double[] {-21.1, 55.5}), Map.entry("06", new double[] {-12.8, 45.2}));

  static final List<String> DEPARTEMENTS = Departement.allDepartements();
  private static final double[] CUMULATIVE = cumulative();

  private Geography() {}

  public static double weight(String departement) {
    return WEIGHTS.getOrDefault(departement, 1.0);
  }

  public static String drawDepartement(SplittableRandom rng) {
    double x = rng.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1];
    for (int i = 0; i < CUMULATIVE.length; i++) if (x < CUMULATIVE[i]) return DEPARTEMENTS.get(i);
    return DEPARTEMENTS.get(DEPARTEMENTS.size() - 1);
  }

  public static String region(String departement) {
    return Departement.departementToRegion().get(departement);
  }

  public static String regionName(String regionCode) {
    for (String dep : DEPARTEMENTS) {
      Region r = Departement.region(dep).orElseThrow();
      if (r.code().equals(regionCode)) return r.name();
    }
    throw new IllegalArgumentException("no region " + regionCode);
  }

  public static String departementName(String departement) {
    return Departement.name(departement).orElseThrow();
  }

  /** Risk multiplier of a region. */
  public static double regionFactor(String region) {
    return switch (region) {
      case "11", "93" -> 1.15;
      case "94" -> 1.3;
      case "32" -> 1.1;
      case "76" -> 1.05;
      case "53", "52" -> 0.85;
      case "84" -> 0.9;
      case "28", "24", "27", "75" -> 0.95;
      case "01", "02", "03", "04", "06" -> 1.35;
      default -> 1.0;
    };
  }

  /** A commune code of the département: 5 characters (2 for the département, 3 for overseas ones). */
  public static String commune(String departement, SplittableRandom rng) {
    if (departement.length() == 3) return departement + pad(1 + rng.nextInt(30), 2);
    return departement + pad(1 + rng.nextInt(600), 3);
  }

  public static String postalCode(String departement, SplittableRandom rng) {
    if (departement.equals("2A")) return "20" + (100 + rng.nextInt(90));
    if (departement.equals("2B")) return "20" + (200 + rng.nextInt(90));
    if (departement.length() == 3) return departement + pad(rng.nextInt(10) * 10, 2);
    return departement + pad(rng.nextInt(10) * 100 + rng.nextInt(3) * 10, 3);
  }

  /** Latitude and longitude near the region's centre. */
  public static double[] coordinates(String region, SplittableRandom rng) {
    double[] c = CENTRES.getOrDefault(region, new double[] {46.6, 2.4});
    return new double[] {c[0] + (rng.nextDouble() - 0.5) * 1.5, c[1] + (rng.nextDouble() - 0.5) * 2.0};
  }

  /** The 3-digit URSSAF managing a region's accounts: the region code × 10 ({@code 010} overseas). */
  public static String urssaf(String region) {
    return pad(Integer.parseInt(region) * 10 % 1000, 3);
  }

  static String pad(long value, int width) {
    String s = Long.toString(value);
    if (s.length() >= width) return s;
    return "0".repeat(width - s.length()) + s;
  }

  private static double[] cumulative() {
    double[] c = new double[DEPARTEMENTS.size()];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += weight(DEPARTEMENTS.get(i));
      c[i] = sum;
    }
    return c;
  }
}
