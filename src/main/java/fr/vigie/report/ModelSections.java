package fr.vigie.report;

import fr.vigie.model.FeatureDictionary;
import fr.vigie.model.Metrics;
import fr.vigie.model.Metrics.Evaluation;
import fr.vigie.model.Metrics.MonthScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model half of the report, from metrics.json: the out-of-time evaluation of the boosted trees
 * ({@code model}) against the logistic baseline, the alert thresholds and the feature importances.
 */
final class ModelSections {
  static final String MODEL = "modèle (arbres boostés)";
  static final String BASELINE = "référence (logistique)";
  static final int TOP_IMPORTANCES = 25;

  private ModelSections() {}

  static String performance(Metrics m) {
    StringBuilder out = new StringBuilder("<section id=\"performance\"><h2>Performance hors échantillon</h2>");
    Metrics.Windows w = m.windows();
    out.append("<p>Apprentissage sur ").append(Html.escape(w.trainFirst() + " … " + w.trainLast()))
        .append(", test sur ").append(Html.escape(w.testFirst() + " … " + w.testLast()))
        .append(" ; horizon ").append(m.horizonMonths()).append(" mois ; étiquettes connues jusqu’à ")
        .append(Html.escape(w.labelsKnownUntil())).append(".</p>");
    out.append(splits(m.rows())).append(summary(m));
    out.append("<div class=\"charts\">")
        .append(figure(LineChart.render("pr", "Courbes précision-rappel", "rappel", "précision", prSeries(m)),
            "Précision-rappel sur les mois de test ; pointillés : taux de base "
                + FrenchNumbers.percent(m.model().baseRate(), 2) + "."))
        .append(figure(LineChart.render("roc", "Courbes ROC", "taux de faux positifs", "taux de vrais positifs", rocSeries(m)),
            "ROC sur les mois de test ; pointillés : tirage au hasard."))
        .append("</div>");
    out.append(perMonth(m));
    if (m.search() != null) out.append(search(m.search()));
    return out.append("</section>").toString();
  }

  /**
   * The hyper-parameter search (model.search): every candidate in the order tried, with its average
   * precision on the inner-validation sirens of the fit rows; the chosen one is marked.
   */
  static String search(Metrics.Search search) {
    StringBuilder out = new StringBuilder("<h3>Recherche des hyper-paramètres</h3><p class=\"note\">Chaque candidat est"
        + " ajusté sur ").append(FrenchNumbers.integer(search.innerFit().rows()))
        .append(" lignes d’apprentissage et jugé sur les ")
        .append(FrenchNumbers.integer(search.innerValidation().rows())).append(" lignes de ")
        .append(FrenchNumbers.integer(search.innerValidation().sirens()))
        .append(" autres siren (").append(FrenchNumbers.percent(search.innerValidationFraction(), 0))
        .append(" des siren d’apprentissage) ; ni la validation ni le test n’y servent. Le meilleur, le premier"
            + " en cas d’égalité, est réajusté sur toutes les lignes d’apprentissage.</p>");
    Table t = new Table("search", "candidat", "profondeur", "arbres", "pas", "lignes min. par feuille",
        "facteur de poids des positifs", "AUCPR interne", "ROC AUC interne", "ajustement (s)");
    for (int i = 0; i < search.candidates().size(); i++) {
      Metrics.Candidate c = search.candidates().get(i);
      t.row((i + 1) + (i == search.chosen() ? " (retenu)" : ""), Table.num(FrenchNumbers.integer(c.maxDepth())),
          Table.num(FrenchNumbers.integer(c.maxIter())), Table.num(FrenchNumbers.decimal(c.stepSize(), 2)),
          Table.num(FrenchNumbers.integer(c.minInstancesPerNode())),
          Table.num(FrenchNumbers.decimal(c.positiveWeightFactor(), 2)),
          Table.num(FrenchNumbers.decimal(c.innerAucpr(), 3)), Table.num(FrenchNumbers.decimal(c.innerRocAuc(), 3)),
          Table.num(FrenchNumbers.decimal(c.fitSeconds(), 1)));
    }
    return out.append(t).toString();
  }

  private static String splits(Metrics.Rows rows) {
    Table t = new Table("splits", "échantillon", "lignes", "positifs", "siren");
    split(t, "apprentissage", rows.training());
    split(t, "validation (siren disjoints)", rows.validation());
    split(t, "test (hors période)", rows.test());
    return t.toString();
  }

  private static void split(Table t, String name, Metrics.Count c) {
    if (c == null) return;
    t.row(name, Table.num(FrenchNumbers.integer(c.rows())), Table.num(FrenchNumbers.integer(c.positives())),
        Table.num(FrenchNumbers.integer(c.sirens())));
  }

  private static String summary(Metrics m) {
    Table t = new Table("summary", "mesure (mois de test)", MODEL, BASELINE);
    Evaluation b = m.baseline();
    t.row("AUCPR (précision moyenne)", Table.num(FrenchNumbers.decimal(m.model().aucpr(), 3)),
        Table.num(b == null ? "—" : FrenchNumbers.decimal(b.aucpr(), 3)));
    t.row("ROC AUC", Table.num(FrenchNumbers.decimal(m.model().rocAuc(), 3)),
        Table.num(b == null ? "—" : FrenchNumbers.decimal(b.rocAuc(), 3)));
    t.row("taux de base", Table.num(FrenchNumbers.percent(m.model().baseRate(), 2)),
        Table.num(b == null ? "—" : FrenchNumbers.percent(b.baseRate(), 2)));
    StringBuilder out = new StringBuilder(t.toString());
    if (m.truth() != null) out.append(truth(m.truth()));
    return out.toString();
  }

  /**
   * On generated data: the generator's true probabilities, the observable ceiling (the best score
   * the files allow), the trees and the baseline on the same test rows, and the trees' share of each.
   */
  static String truth(Metrics.Truth truth) {
    boolean ceiling = truth.observableAucpr() != null;
    StringBuilder out = new StringBuilder("<p class=\"note\">Données générées : comparaison sur les ")
        .append(FrenchNumbers.integer(truth.rows())).append(" lignes de test couvertes par la vérité du générateur.");
    if (ceiling) {
      out.append(" Le plafond observable est la probabilité exacte d’ouverture sachant tout ce que les fichiers publiés"
          + " montrent à la fin du mois (filtre sur le modèle générateur, fragilité intégrée) : la meilleure note"
          + " calculable à partir des données, ou presque (quelques émissions sont laissées de côté, voir"
          + " <code>_truth/model.json</code>).");
    }
    out.append("</p>");
    Table t = new Table("truth", "note (mêmes lignes)", "AUCPR", "ROC AUC", "modèle / note (AUCPR)");
    t.row("vraies probabilités (état latent)", Table.num(FrenchNumbers.decimal(truth.aucpr(), 3)),
        Table.num(FrenchNumbers.decimal(truth.rocAuc(), 3)), Table.num(FrenchNumbers.percent(truth.ratio(), 1)));
    if (ceiling) {
      t.row("plafond observable (fichiers publiés)", Table.num(FrenchNumbers.decimal(truth.observableAucpr(), 3)),
          Table.num(FrenchNumbers.decimal(truth.observableRocAuc(), 3)),
          Table.num(FrenchNumbers.percent(truth.ratioToObservable(), 1)));
    }
    t.row(MODEL, Table.num(FrenchNumbers.decimal(truth.modelAucprSameRows(), 3)), Table.num("—"), Table.num("—"));
    if (truth.baselineAucprSameRows() != null) {
      t.row(BASELINE, Table.num(FrenchNumbers.decimal(truth.baselineAucprSameRows(), 3)), Table.num("—"),
          Table.num("—"));
    }
    return out.append(t).toString();
  }

  private static List<LineChart.Series> prSeries(Metrics m) {
    List<LineChart.Series> series = new ArrayList<>();
    series.add(new LineChart.Series(MODEL, Palette.MODEL, false, m.model().prCurve()));
    if (m.baseline() != null) series.add(new LineChart.Series(BASELINE, Palette.BASELINE, false, m.baseline().prCurve()));
    double base = m.model().baseRate();
    series.add(new LineChart.Series("taux de base", Palette.REFERENCE, true,
        List.of(new double[] {0, base}, new double[] {1, base})));
    return series;
  }

  private static List<LineChart.Series> rocSeries(Metrics m) {
    List<LineChart.Series> series = new ArrayList<>();
    series.add(new LineChart.Series(MODEL, Palette.MODEL, false, m.model().rocCurve()));
    if (m.baseline() != null) series.add(new LineChart.Series(BASELINE, Palette.BASELINE, false, m.baseline().rocCurve()));
    series.add(new LineChart.Series("hasard", Palette.REFERENCE, true, List.of(new double[] {0, 0}, new double[] {1, 1})));
    return series;
  }

  private static String perMonth(Metrics m) {
    Map<String, MonthScore> model = byMonth(m.model());
    Map<String, MonthScore> baseline = byMonth(m.baseline());
    TreeSet<String> union = new TreeSet<>(model.keySet());
    union.addAll(baseline.keySet());
    List<String> months = new ArrayList<>(union);
    double[] modelAucpr = new double[months.size()];
    double[] baselineAucpr = new double[months.size()];
    Table t = new Table("per-month", "mois de test", "lignes", "positifs", "AUCPR modèle", "AUCPR référence",
        "ROC AUC modèle", "ROC AUC référence");
    for (int i = 0; i < months.size(); i++) {
      MonthScore a = model.get(months.get(i));
      MonthScore b = baseline.get(months.get(i));
      modelAucpr[i] = a == null ? Double.NaN : a.aucpr();
      baselineAucpr[i] = b == null ? Double.NaN : b.aucpr();
      MonthScore any = a != null ? a : b;
      t.row(months.get(i), Table.num(FrenchNumbers.integer(any.rows())), Table.num(FrenchNumbers.integer(any.positives())),
          Table.num(FrenchNumbers.decimal(modelAucpr[i], 3)), Table.num(FrenchNumbers.decimal(baselineAucpr[i], 3)),
          Table.num(a == null ? "—" : FrenchNumbers.decimal(a.rocAuc(), 3)),
          Table.num(b == null ? "—" : FrenchNumbers.decimal(b.rocAuc(), 3)));
    }
    List<GroupedBarChart.Series> series = new ArrayList<>();
    series.add(new GroupedBarChart.Series(MODEL, Palette.MODEL, modelAucpr));
    if (m.baseline() != null) series.add(new GroupedBarChart.Series(BASELINE, Palette.BASELINE, baselineAucpr));
    return "<h3>AUCPR par mois de test</h3><div class=\"charts\">"
        + figure(GroupedBarChart.render("aucpr-months", "AUCPR par mois de test", months, series, "AUCPR"),
            "Précision moyenne de chaque mois de test ; n/d : mois sans positif.")
        + "</div>" + t;
  }

  private static Map<String, MonthScore> byMonth(Evaluation e) {
    Map<String, MonthScore> months = new TreeMap<>();
    if (e != null && e.perMonth() != null) e.perMonth().forEach(s -> months.put(s.periode(), s));
    return months;
  }

  static String thresholds(Metrics m) {
    StringBuilder out = new StringBuilder("<section id=\"seuils\"><h2>Seuils et volumes d’alertes</h2>")
        .append("<p>Deux niveaux d’alerte, réglés sur les probabilités calibrées de l’échantillon de validation "
            + "(siren disjoints des mois d’apprentissage), jamais sur les mois de test : <span class=\"alerte rouge\">"
            + "rouge</span> maximise F0,5 (risque fort, précision privilégiée), <span class=\"alerte orange\">orange"
            + "</span> maximise F2 (risque modéré, rappel privilégié).</p>");
    List<Metrics.Threshold> all = m.thresholds() == null ? List.of() : m.thresholds();
    if (!all.isEmpty()) {
      out.append("<p class=\"seuils\">");
      for (int i = 0; i < all.size(); i++) {
        Metrics.Threshold th = all.get(i);
        out.append(i == 0 ? "" : " ; ").append(AlertSection.pill(th.alerte())).append(" : au moins ")
            .append(Html.escape(probability(th.threshold()))).append(" de risque");
      }
      out.append(".</p>");
    }
    Table t = new Table("thresholds", "alerte", "β", "seuil (probabilité)", "précision (val.)", "rappel (val.)",
        "F (val.)", "alertes (val.)", "précision (test)", "rappel (test)", "F (test)", "alertes (test)",
        "alertes par mois (test)");
    for (Metrics.Threshold th : all) {
      t.row(Table.html(AlertSection.pill(th.alerte())), Table.num(FrenchNumbers.decimal(th.beta(), 1)),
          Table.num(FrenchNumbers.percent(th.threshold(), 2)),
          Table.num(FrenchNumbers.percent(th.validation().precision(), 1)),
          Table.num(FrenchNumbers.percent(th.validation().recall(), 1)),
          Table.num(FrenchNumbers.decimal(th.validation().fScore(), 3)),
          Table.num(FrenchNumbers.integer(th.validation().alerts())),
          Table.num(FrenchNumbers.percent(th.test().precision(), 1)),
          Table.num(FrenchNumbers.percent(th.test().recall(), 1)),
          Table.num(FrenchNumbers.decimal(th.test().fScore(), 3)),
          Table.num(FrenchNumbers.integer(th.test().alerts())),
          Table.num(FrenchNumbers.decimal(th.alertsPerMonth(), 1)));
    }
    return out.append(t).append("</section>").toString();
  }

  /** " (au moins 41 % de risque)" for an alert level of metrics.json; empty when it has no such threshold. */
  static String atLeast(Metrics m, String alerte) {
    if (m.thresholds() == null) return "";
    return m.thresholds().stream().filter(t -> alerte.equals(t.alerte())).findFirst()
        .map(t -> " (au moins " + Html.escape(probability(t.threshold())) + " de risque)").orElse("");
  }

  /** A probability as an agent reads it: « 41 % », « 4,2 % », « 0,35 % ». */
  static String probability(double p) {
    return FrenchNumbers.percent(p, p >= 0.1 ? 0 : p >= 0.01 ? 1 : 2);
  }

  static String importances(Metrics m) {
    List<Metrics.Importance> all = m.importances() == null ? List.of() : m.importances();
    List<HorizontalBarChart.Bar> bars = all.stream().limit(TOP_IMPORTANCES)
        .map(i -> new HorizontalBarChart.Bar(i.feature(), i.importance())).toList();
    Metrics.Features f = m.features();
    StringBuilder out = new StringBuilder("<section id=\"importances\"><h2>Importance des variables</h2><p>");
    out.append(FrenchNumbers.integer(all.size())).append(" variables d’importance non nulle")
        .append(all.size() > TOP_IMPORTANCES ? ", les " + TOP_IMPORTANCES + " premières ci-dessous" : "").append('.');
    if (f != null) {
      out.append(" Entrées du modèle : ").append(size(f.numeric())).append(" numériques, ")
          .append(size(f.categorical())).append(" catégorielles.");
      if (f.droppedAllNull() != null && !f.droppedAllNull().isEmpty()) {
        out.append(" Écartées car toujours vides à l’apprentissage : ");
        for (int i = 0; i < f.droppedAllNull().size(); i++) {
          out.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(f.droppedAllNull().get(i))).append("</code>");
        }
        out.append('.');
      }
    }
    out.append("</p>");
    return out.append("<div class=\"charts\">")
        .append(figure(HorizontalBarChart.render("importances-themes", "Importance par thème", themes(all),
            Palette.IMPORTANCE, "importance (somme des variables du thème)"),
        "Importance des variables sommée par thème : chaque entrée du modèle appartient à un thème."))
        .append(figure(HorizontalBarChart.render("importances", "Importance des variables", bars,
            Palette.IMPORTANCE, "importance (arbres boostés)"),
        "Importance des variables selon Spark ML (gains des partages, normalisés à 1)."))
        .append("</div></section>").toString();
  }

  /** The importances summed per theme, largest first; a name without a theme (an older model) as « sans thème ». */
  static List<HorizontalBarChart.Bar> themes(List<Metrics.Importance> importances) {
    Map<String, Double> sums = new TreeMap<>();
    for (Metrics.Importance i : importances) {
      String theme = FeatureDictionary.find(i.feature()).map(f -> f.theme().label()).orElse("sans thème");
      sums.merge(theme, i.importance(), Double::sum);
    }
    return sums.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(e -> new HorizontalBarChart.Bar(e.getKey(), e.getValue())).toList();
  }

  private static int size(List<String> list) {
    return list == null ? 0 : list.size();
  }

  static String figure(String svg, String caption) {
    return "<figure>" + svg + "<figcaption>" + Html.escape(caption) + "</figcaption></figure>";
  }
}
