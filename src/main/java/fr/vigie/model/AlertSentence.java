package fr.vigie.model;

import fr.vigie.codec.Departement;
import fr.vigie.codec.Region;
import fr.vigie.panel.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French sentence that says why an establishment is on the list, one clause per theme that
 * raises its score, the largest first: « Dette URSSAF en hausse : 48 k€, 3,1 mois de cotisations ;
 * effectif en baisse de 22 % sur un an (35 salariés) ».
 *
 * <p>The first theme always speaks; the next ones when they carry at least {@link #MIN_SHARE} of
 * the raised margin, up to {@link #MAX_CLAUSES} clauses, so that a theme the model barely used does
 * not crowd the sentence. Debts, contributions, headcount, activité partielle and délais/CCSF have
 * their own wording over the panel columns of the theme (when the model reads them); any other
 * theme, or one whose columns are missing, names its top variable with its value at the month and
 * 12 months earlier.
 */
public final class AlertSentence {
  static final double MIN_SHARE = 0.10;
  static final int MAX_CLAUSES = 3;
  /** Below this relative change, an amount or a headcount is « stable ». */
  static final double STABLE = 0.05;

  /** What the sentence reads of a row: panel values at the month and 12 months earlier (null: unknown). */
  public interface Values {
    Double now(String column);

    Double yearAgo(String column);

    /** A text column at the month (code_naf, region), null when unknown. */
    String category(String column);
  }

  /** One theme that raises the score, with its top variable, as the sentence reads it. */
  public record Clause(Theme theme, double share, String variable) {}

  private static final Map<String, String> REGION_NAMES = regionNames();

  private AlertSentence() {}

  /** The sentence; empty when no theme raises the score. */
  public static String of(List<Clause> themes, Values values) {
    List<String> clauses = new ArrayList<>();
    for (Clause c : themes) {
      if (clauses.size() == MAX_CLAUSES || (!clauses.isEmpty() && c.share() < MIN_SHARE)) break;
      String clause = clause(c, values);
      clauses.add(clauses.isEmpty() ? capitalised(clause) : uncapitalised(clause));
    }
    return String.join(" ; ", clauses);
  }

  static String clause(Clause c, Values v) {
    String specific = switch (c.theme()) {
      case DETTE_URSSAF -> debt(v);
      case COTISATIONS -> contributions(v);
      case EFFECTIF -> headcount(v);
      case ACTIVITE_PARTIELLE -> partialActivity(v);
      case DELAIS_CCSF -> delays(v);
      default -> null;
    };
    return specific != null ? specific : generic(c.variable(), v);
  }

  /**
   * « Dette URSSAF en hausse : 48 k€, 3,1 mois de cotisations »: the amount when the model reads it,
   * else the debt in months of contributions (« Dette URSSAF en hausse : 3,1 mois de cotisations »).
   */
  static String debt(Values v) {
    Double debt = sum(v.now(Columns.DEBT_WORKER), v.now(Columns.DEBT_EMPLOYER));
    Double ratio = v.now(Columns.RATIO_DETTE);
    boolean months = ratio != null && ratio > 0;
    if (debt != null && debt > 0) {
      Double before = sum(v.yearAgo(Columns.DEBT_WORKER), v.yearAgo(Columns.DEBT_EMPLOYER));
      return "Dette URSSAF" + debtTrend(debt, before) + " : " + Unit.EUROS.format(debt)
          + (months ? ", " + Unit.MONTHS_OF_CONTRIBUTIONS.format(ratio) : "");
    }
    if (debt == null && months) {
      return "Dette URSSAF" + debtTrend(ratio, v.yearAgo(Columns.RATIO_DETTE)) + " : "
          + Unit.MONTHS_OF_CONTRIBUTIONS.format(ratio);
    }
    return null;
  }

  /** A debt's trend over a year: "" when unknown a year earlier, « apparue en un an » from none. */
  private static String debtTrend(double now, Double before) {
    if (before == null) return "";
    return before <= 0 ? " apparue en un an" : trend(now / before - 1, false);
  }

  /** « Cotisations en baisse de 30 % sur un an : 8,4 k€ par mois ». */
  static String contributions(Values v) {
    Double now = v.now(Columns.COTISATION);
    Double before = v.yearAgo(Columns.COTISATION);
    if (now == null || before == null || before <= 0) return null;
    double change = now / before - 1;
    return "Cotisations" + trend(change, true) + (Math.abs(change) < STABLE ? "" : " de " + percent(change))
        + " sur un an : " + Unit.EUROS.format(now) + " par mois";
  }

  /** « Effectif en baisse de 22 % sur un an (35 salariés) ». */
  static String headcount(Values v) {
    Double now = v.now(Columns.EFFECTIF);
    Double change = v.now(Columns.EFFECTIF_VARIATION_12M);
    Double before = v.yearAgo(Columns.EFFECTIF);
    if (change == null && now != null && before != null && before > 0) change = now / before - 1;
    if (change == null) return null;
    return "Effectif" + trend(change, false) + (Math.abs(change) < STABLE ? "" : " de " + percent(change))
        + " sur un an" + (now == null ? "" : " (" + Unit.PEOPLE.format(now) + ")");
  }

  /** « Activité partielle : 1 200 heures autorisées, 800 heures consommées (12 % des heures de travail) ». */
  static String partialActivity(Values v) {
    List<String> parts = new ArrayList<>();
    Double authorised = v.now(Columns.APART_AUTORISEES);
    Double consumed = v.now(Columns.APART_CONSOMMEES);
    if (authorised != null && authorised > 0) parts.add(Unit.HOURS.format(authorised) + " autorisées");
    if (consumed != null && consumed > 0) parts.add(Unit.HOURS.format(consumed) + " consommées");
    if (parts.isEmpty()) {
      Double cumulated = v.now(Columns.APART_CUMULEES);
      if (cumulated == null || cumulated <= 0) return null;
      parts.add(Unit.HOURS.format(cumulated) + " consommées depuis l'autorisation");
    }
    Double ratio = v.now(Columns.RATIO_APART);
    String share = ratio == null || ratio <= 0 ? "" : " (" + Unit.SHARE.format(ratio) + " des heures de travail)";
    return "Activité partielle : " + String.join(", ", parts) + share;
  }

  /** « Délai de paiement en cours : échéancier de 20 k€, 120 jours restants ; décision CCSF il y a 5 mois ». */
  static String delays(Values v) {
    List<String> parts = new ArrayList<>();
    Double amount = v.now(Columns.DELAI_MONTANT);
    if (amount != null && amount > 0) {
      Double left = v.now(Columns.DELAI_JOURS_RESTANTS);
      parts.add("délai de paiement en cours : échéancier de " + Unit.EUROS.format(amount)
          + (left == null ? "" : ", " + Unit.DAYS.format(left) + " restants"));
    }
    Double ccsf = v.now(Columns.CCSF_MOIS_DEPUIS);
    if (ccsf != null) parts.add("décision CCSF il y a " + Unit.MONTHS.format(ccsf));
    return parts.isEmpty() ? null : capitalised(String.join(", ", parts));
  }

  /** « Taux de marge (EBE sur valeur ajoutée) : 3,2 % (12 % un an plus tôt) »; a category by its name. */
  static String generic(String variable, Values v) {
    FeatureDictionary.FeatureLabel label = FeatureDictionary.of(variable);
    if (label.unit() == Unit.CATEGORY) {
      return label.label() + " : " + categoryName(variable, v.category(variable));
    }
    Double now = v.now(variable);
    if (now == null) return label.label() + " : non renseigné";
    String text = label.label() + " : " + label.unit().format(now);
    Double before = label.unit() == Unit.YEARS ? null : v.yearAgo(variable); // an age a year earlier says nothing
    if (before != null && !label.unit().format(before).equals(label.unit().format(now))) {
      text += " (" + label.unit().format(before) + " un an plus tôt)";
    }
    return text;
  }

  /** « Construction » for code_naf F, « Bretagne » for region 53, else the code; « non renseigné » when null. */
  static String categoryName(String column, String code) {
    if (code == null || code.isBlank()) return "non renseigné";
    String name = switch (column) {
      case Columns.CODE_NAF -> NafSectionLabels.label(code);
      case Columns.REGION -> REGION_NAMES.get(code);
      case Columns.DEPARTEMENT -> Departement.name(code).orElse(null);
      default -> null;
    };
    return name == null ? code : name;
  }

  /** " en hausse", " en baisse" or " stable(s)" (« dette stable », « cotisations stables »). */
  private static String trend(double change, boolean plural) {
    if (Math.abs(change) < STABLE) return " stable" + (plural ? "s" : "");
    return change > 0 ? " en hausse" : " en baisse";
  }

  /** The size of a relative change, without its sign (the trend word carries it): -0.22 → « 22 % ». */
  private static String percent(double change) {
    return Unit.SHARE.format(Math.abs(change));
  }

  private static Double sum(Double a, Double b) {
    if (a == null && b == null) return null;
    return (a == null ? 0 : a) + (b == null ? 0 : b);
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Lower-cases the first letter, unless the word is an acronym (« URSSAF », « CCSF »). */
  static String uncapitalised(String s) {
    if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) return s;
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static Map<String, String> regionNames() {
    Map<String, String> names = new HashMap<>();
    for (String d : Departement.allDepartements()) {
      Departement.region(d).ifPresent((Region r) -> names.put(r.code(), r.name()));
    }
    return Map.copyOf(names);
  }
}
