package fr.vigie.report;

import fr.vigie.codec.Departement;
import fr.vigie.model.Metrics;
import fr.vigie.model.NafSectionLabels;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.ThemeShare;
import fr.vigie.report.ReportData.TopAlert;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alerts of the scored month as an agent reads them: per establishment its rank, raison sociale,
 * département, sector, headcount, probability, alert level, the sentence that says why, and the
 * themes that raise its score. Without a filter the table shows the month's national top; the
 * département filter (a {@code <select>} handled by the page's inline script, {@link ReportHtml})
 * shows one département's top instead. Rows outside the national top carry {@code hidden} until a
 * filter shows them, so the page reads the same without script.
 */
final class AlertSection {
  /** The {@code <select>} of the département filter; the page's script reads it. */
  static final String FILTER_ID = "filtre-departement";
  /** Themes under half a percent of the raised margin would read « 0 % »: left out of the page. */
  static final double MIN_SHARE_SHOWN = 0.005;
  /** The value of rows whose département is unknown. */
  static final String UNKNOWN = "?";

  private AlertSection() {}

  static String render(ScoredMonth scored, List<TopAlert> alerts, Metrics metrics) {
    long national = alerts.stream().filter(TopAlert::national).count();
    StringBuilder out = new StringBuilder("<section id=\"alertes\"><h2>Principales alertes du mois ")
        .append(Html.escape(scored.month())).append("</h2><p>")
        .append(FrenchNumbers.integer(scored.rows())).append(" établissements notés : ")
        .append(FrenchNumbers.integer(scored.rouge())).append(" en alerte ").append(pill("rouge"))
        .append(ModelSections.atLeast(metrics, "rouge")).append(", ")
        .append(FrenchNumbers.integer(scored.orange())).append(" en alerte ").append(pill("orange"))
        .append(ModelSections.atLeast(metrics, "orange"))
        .append(". La probabilité est celle qu’une première procédure collective s’ouvre dans les ")
        .append(metrics.horizonMonths()).append(" mois ; la phrase dit ce qui fait monter le risque, par thème.</p>");
    out.append(filter(alerts, national));
    Table t = new Table("alerts", "rang", "établissement", "département", "secteur (NAF)", "effectif", "probabilité",
        "alerte", "pourquoi", "thèmes (part de la hausse)");
    for (TopAlert a : alerts) {
      String attributes = " data-departement=\"" + Html.escape(departementKey(a.departement())) + "\" data-national=\""
          + (a.national() ? "1\"" : "0\" hidden");
      t.attributedRow(attributes, Table.num(Integer.toString(a.rang())), Table.html(establishment(a)),
          departement(a.departement()), naf(a.codeNaf()),
          Table.num(a.effectif() == null ? "" : FrenchNumbers.integer(a.effectif())),
          Table.num(FrenchNumbers.percent(a.score(), 1)), Table.html(pill(a.alerte())),
          Table.html("<span class=\"phrase\">" + Html.escape(a.sentence()) + "</span>"), Table.html(themes(a.themes())));
    }
    if (alerts.isEmpty()) out.append("<p class=\"note\">Aucun score pour ce mois.</p>");
    return out.append(t).append("</section>").toString();
  }

  /** The département filter: the national top first, then each département of the table with its row count. */
  private static String filter(List<TopAlert> alerts, long national) {
    Map<String, Integer> counts = new TreeMap<>(Comparator.comparingInt(AlertSection::inseeOrder)
        .thenComparing(Comparator.naturalOrder()));
    for (TopAlert a : alerts) counts.merge(departementKey(a.departement()), 1, Integer::sum);
    StringBuilder out = new StringBuilder("<div class=\"filtre\"><label for=\"").append(FILTER_ID)
        .append("\">Département : </label><select id=\"").append(FILTER_ID).append("\"><option value=\"\">")
        .append("Toute la France — les ").append(national).append(" premiers</option>");
    counts.forEach((code, n) -> out.append("<option value=\"").append(Html.escape(code)).append("\">")
        .append(Html.escape(departementName(code))).append(" (").append(n).append(")</option>"));
    return out.append("</select> <span id=\"filtre-compte\" class=\"muted\">").append(national)
        .append(" établissements affichés</span></div>").toString();
  }

  /** Raison sociale (or « raison sociale inconnue »), then the siret. */
  private static String establishment(TopAlert a) {
    String name = a.raisonSociale() == null || a.raisonSociale().isBlank()
        ? "<span class=\"muted\">raison sociale inconnue</span>" : "<strong>" + Html.escape(a.raisonSociale()) + "</strong>";
    return name + "<br><code>" + Html.escape(a.siret()) + "</code>";
  }

  private static String departement(String code) {
    if (code == null || code.isBlank()) return "";
    return departementName(code);
  }

  /** « 21 — Côte-d'Or »; the code alone when the table does not know it. */
  private static String departementName(String code) {
    if (UNKNOWN.equals(code)) return "département inconnu";
    return Departement.name(code).map(n -> code + " — " + n).orElse(code);
  }

  private static String departementKey(String code) {
    return code == null || code.isBlank() ? UNKNOWN : code;
  }

  private static int inseeOrder(String code) {
    int i = Departement.allDepartements().indexOf(code);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** « F — Construction »; the letter alone when unknown. */
  private static String naf(String section) {
    if (section == null || section.isBlank()) return "";
    String label = NafSectionLabels.label(section);
    return label == null ? section : section + " — " + label;
  }

  private static String themes(List<ThemeShare> themes) {
    StringBuilder out = new StringBuilder("<ul class=\"themes\">");
    for (ThemeShare t : themes) {
      if (t.share() < MIN_SHARE_SHOWN) continue; // in scores/, not worth a line here
      out.append("<li><span class=\"part\">").append(Html.escape(FrenchNumbers.percent(t.share(), 0)))
          .append("</span> ").append(Html.escape(t.theme()));
      if (t.variable() != null) out.append(" <span class=\"muted\">(").append(Html.escape(t.variable())).append(")</span>");
      out.append("</li>");
    }
    return out.append("</ul>").toString();
  }

  /** The alert level as a coloured label; empty when the row is under both thresholds. */
  static String pill(String alerte) {
    if (alerte == null || alerte.isBlank()) return "";
    String level = Html.escape(alerte);
    return "<span class=\"alerte " + level + "\">" + level + "</span>";
  }
}
