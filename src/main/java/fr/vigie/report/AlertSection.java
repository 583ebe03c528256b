package fr.vigie.report;

import fr.vigie.report.ReportData.Explanation;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.TopAlert;
import java.util.List;

/** The top alerts of the scored month, by rang, with the features that push each score up. */
final class AlertSection {
  private AlertSection() {}

  static String render(ScoredMonth scored, List<TopAlert> alerts) {
    StringBuilder out = new StringBuilder("<section id=\"alertes\"><h2>Principales alertes du mois ")
        .append(Html.escape(scored.month())).append("</h2><p>")
        .append(FrenchNumbers.integer(scored.rows())).append(" établissements notés : ")
        .append(FrenchNumbers.integer(scored.rouge())).append(" en alerte ").append(pill("rouge")).append(", ")
        .append(FrenchNumbers.integer(scored.orange())).append(" en alerte ").append(pill("orange"))
        .append(". Les ").append(alerts.size()).append(" scores les plus élevés :</p>");
    Table t = new Table("alerts", "rang", "siret", "siren", "score", "alerte", "département", "code NAF", "effectif",
        "explications");
    for (TopAlert a : alerts) {
      t.row(Table.num(Integer.toString(a.rang())), Table.html("<code>" + Html.escape(a.siret()) + "</code>"),
          a.siren(), Table.num(FrenchNumbers.decimal(a.score(), 4)), Table.html(pill(a.alerte())), a.departement(),
          a.codeNaf(), Table.num(a.effectif() == null ? "" : FrenchNumbers.integer(a.effectif())),
          Table.html(explanations(a.explanations())));
    }
    if (alerts.isEmpty()) out.append("<p class=\"note\">Aucun score pour ce mois.</p>");
    return out.append(t).append("</section>").toString();
  }

  /** The alert level as a coloured label; empty when the row is under both thresholds. */
  static String pill(String alerte) {
    if (alerte == null || alerte.isBlank()) return "";
    String level = Html.escape(alerte);
    return "<span class=\"alerte " + level + "\">" + level + "</span>";
  }

  private static String explanations(List<Explanation> explanations) {
    StringBuilder out = new StringBuilder("<ul class=\"explications\">");
    for (Explanation e : explanations) {
      out.append("<li><code>").append(Html.escape(e.variable())).append("</code> ")
          .append(Html.escape(FrenchNumbers.signed(e.contribution(), 3))).append("</li>");
    }
    return out.append("</ul>").toString();
  }
}
