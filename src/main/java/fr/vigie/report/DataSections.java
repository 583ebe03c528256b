package fr.vigie.report;

import fr.vigie.report.ReportData.Coverage;
import fr.vigie.report.ReportData.FamilyCoverage;
import fr.vigie.report.ReportData.SourceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The data half of the report: volumes and quarantine per source, coverage of each feature family per month. */
final class DataSections {
  private DataSections() {}

  static String sources(List<SourceVolume> sources) {
    StringBuilder out = new StringBuilder("<section id=\"sources\"><h2>Volumes et quarantaine par source</h2>");
    if (sources.isEmpty()) {
      out.append("<p class=\"note\">Le manifeste ne contient pas de section « sources » : lancer d’abord "
          + "<code>vigie ingest</code> sur cette racine de sortie.</p>");
    }
    out.append("<p>Chaque ligne lue est soit acceptée, soit mise en quarantaine avec un motif "
        + "(<code>quarantine/&lt;source&gt;/</code>). Les doublons sont des lignes acceptées identiques, champ "
        + "pour champ, à une ligne déjà lue de la même source : elles ne sont ni perdues ni en quarantaine, "
        + "et ne comptent qu’une fois dans le panel.</p>");
    List<StackedBarChart.Bar> bars = new ArrayList<>();
    Table counts = new Table("sources", "source", "lignes lues", "acceptées", "dont doublons", "en quarantaine", "part",
        "motifs");
    for (SourceVolume s : sources) {
      if (!s.delivered()) {
        counts.row(s.source(), Table.html("<span class=\"muted\">non livrée</span>"), "", "", "", "", "");
        continue;
      }
      bars.add(new StackedBarChart.Bar(s.source(), s.linesAccepted(), s.linesQuarantined()));
      counts.row(s.source(), Table.num(FrenchNumbers.integer(s.linesRead())),
          Table.num(FrenchNumbers.integer(s.linesAccepted())), Table.num(FrenchNumbers.integer(s.linesDuplicate())),
          Table.num(FrenchNumbers.integer(s.linesQuarantined())),
          Table.num(s.linesRead() == 0 ? FrenchNumbers.UNAVAILABLE
              : FrenchNumbers.percent((double) s.linesQuarantined() / s.linesRead(), 2)),
          Table.html(reasons(s.quarantinedByReason())));
    }
    out.append("<figure>").append(StackedBarChart.render("volumes", "Lignes acceptées et en quarantaine par source", bars))
        .append("<figcaption>Lignes lues par source : acceptées (bleu) et en quarantaine (rouge).</figcaption></figure>");
    return out.append(counts).append("</section>").toString();
  }

  private static String reasons(Map<String, Long> byReason) {
    StringBuilder out = new StringBuilder();
    byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append("<code>").append(Html.escape(e.getKey()))
            .append("</code>\u00A0").append(Html.escape(FrenchNumbers.integer(e.getValue()))));
    return out.toString();
  }

  static String coverage(Coverage coverage) {
    StringBuilder out = new StringBuilder("<section id=\"couverture\"><h2>Taux de couverture par famille de variables</h2>")
        .append("<p>Part des lignes du panel dans le périmètre (<code>dans_perimetre</code>) où la colonne "
            + "représentative de chaque famille est renseignée, par mois.</p>")
        .append("<p class=\"note\">Pour les sources d’événements (activité partielle, délais, CCSF), la "
            + "couverture est la part des établissements concernés par un tel événement, et non une part de "
            + "données manquantes : un établissement sans demande d’activité partielle n’a simplement pas de valeur.</p>");
    List<Heatmap.Row> rows = new ArrayList<>();
    Table summary = new Table("coverage", "famille", "colonne", "nature", "dernier mois", "moyenne", "minimum", "maximum");
    for (FamilyCoverage f : coverage.families()) {
      rows.add(new Heatmap.Row(f.family(), f.shares()));
      List<Double> known = f.shares().stream().filter(Objects::nonNull).toList();
      Double last = f.shares().isEmpty() ? null : f.shares().get(f.shares().size() - 1);
      summary.row(f.family(), Table.html("<code>" + Html.escape(f.column()) + "</code>"),
          f.event() ? "événements" : "état", Table.num(share(last)),
          Table.num(known.isEmpty() ? "—" : FrenchNumbers.percent(known.stream().mapToDouble(d -> d).average().orElse(0), 1)),
          Table.num(known.isEmpty() ? "—" : FrenchNumbers.percent(known.stream().mapToDouble(d -> d).min().orElse(0), 1)),
          Table.num(known.isEmpty() ? "—" : FrenchNumbers.percent(known.stream().mapToDouble(d -> d).max().orElse(0), 1)));
    }
    out.append("<figure>").append(Heatmap.render("coverage", "Taux de couverture famille × mois", coverage.months(), rows))
        .append("<figcaption>");
    if (coverage.months().isEmpty()) out.append("Aucune ligne dans le périmètre.");
    else out.append(Html.escape(coverage.months().get(0) + " … " + coverage.months().get(coverage.months().size() - 1)
        + " ; " + FrenchNumbers.integer(coverage.inScope().get(coverage.inScope().size() - 1))
        + " établissements dans le périmètre le dernier mois."));
    return out.append("</figcaption></figure>").append(summary).append("</section>").toString();
  }

  private static String share(Double share) {
    return share == null ? "colonne absente" : FrenchNumbers.percent(share, 1);
  }
}
