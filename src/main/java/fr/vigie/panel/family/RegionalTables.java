package fr.vigie.panel.family;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The URSSAF open data as known at each month (panel.md, "Regional and departmental context"): per
 * region and month, the latest published quarter of collective procedures; per département and month,
 * the latest published quarter of auto-entrepreneurs. A few thousand rows in all, built in Spark and
 * shipped to every task; null when the source was not delivered.
 */
public record RegionalTables(Map<String, Map<Integer, Procedures>> procedures,
    Map<String, Map<Integer, AutoEntrepreneurs>> autoEntrepreneurs) implements Serializable {

  /** A region's quarter: counts by nature and the variation of the total against a year earlier. */
  public record Procedures(Long liquidation, Long redressement, Long sauvegarde, Double variation)
      implements Serializable {}

  /** A département's quarter, with the derived share of active ones and the average turnover. */
  public record AutoEntrepreneurs(Long immatriculations, Long radiations, Long economiquementActifs,
      Long administrativementActifs, Double chiffreDAffaires, Double variation) implements Serializable {
    public Double partActifs() {
      return administrativementActifs != null && economiquementActifs != null && administrativementActifs > 0
          ? (double) economiquementActifs / administrativementActifs : null;
    }

    public Double caMoyen() {
      return economiquementActifs != null && chiffreDAffaires != null && economiquementActifs > 0
          ? chiffreDAffaires / economiquementActifs : null;
    }
  }

  public static RegionalTables empty() {
    return new RegionalTables(null, null);
  }

  public Procedures procedures(String region, int month) {
    return procedures == null || region == null ? null
        : procedures.getOrDefault(region, new HashMap<>()).get(month);
  }

  public AutoEntrepreneurs autoEntrepreneurs(String departement, int month) {
    return autoEntrepreneurs == null || departement == null ? null
        : autoEntrepreneurs.getOrDefault(departement, new HashMap<>()).get(month);
  }
}
