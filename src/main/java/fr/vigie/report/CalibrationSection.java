package fr.vigie.report;

import fr.vigie.model.Calibrator;
import fr.vigie.model.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * How the scores became probabilities (metrics.json, "calibration"): the method and why, its effect
 * on the test months (mean score against the observed rate, Brier score, expected calibration
 * error), and the reliability diagram before and after.
 */
final class CalibrationSection {
  static final String RAW = "scores bruts";

  private CalibrationSection() {}

  static String render(Metrics m) {
    StringBuilder out = new StringBuilder("<section id=\"calibration\"><h2>Calibration des probabilités</h2>");
    Metrics.Calibration c = m.calibration();
    if (c == null) {
      return out.append("<p class=\"note\">Ce modèle a été entraîné sans calibration : relancer <code>vigie train"
          + "</code>.</p></section>").toString();
    }
    Metrics.Count fitted = c.fittedOn();
    out.append("<p>Le score d’un établissement est la probabilité qu’une première procédure collective s’ouvre dans les ")
        .append(m.horizonMonths()).append(" mois. Les scores bruts des arbres boostés n’en sont pas une (les lignes "
            + "positives pèsent plus lourd à l’apprentissage) : ils sont calibrés ")
        .append(method(c.method())).append(", ajustée sur les ")
        .append(fitted == null ? "" : FrenchNumbers.integer(fitted.rows()) + " ")
        .append("lignes de validation").append(fitted == null ? "" : " (" + FrenchNumbers.integer(fitted.positives())
            + " positives, " + FrenchNumbers.integer(fitted.sirens()) + " siren disjoints de l’apprentissage)")
        .append(". Règle : régression isotonique à partir de ")
        .append(FrenchNumbers.integer(Calibrator.ISOTONIC_MIN_POSITIVES))
        .append(" lignes positives en validation, sinon méthode de Platt.</p>")
        .append("<p>La calibration conserve l’ordre des établissements : la méthode de Platt est strictement "
            + "croissante ; la régression isotonique est croissante par paliers, et les établissements d’un même "
            + "palier, ex æquo en probabilité, restent classés par leur score brut.</p>");
    Metrics.Calibrated before = c.before();
    Metrics.Calibrated after = c.after();
    Metrics.Calibrated other = c.alternative();
    Metrics.Anchored anchoring = c.anchoring();
    if (anchoring != null) out.append(anchoring(anchoring));
    // columns: raw, [calibrated before anchoring], calibrated (what scores/ holds), the other method
    List<Metrics.Calibrated> columns = new ArrayList<>();
    List<String> headers = new ArrayList<>(List.of("mesure (mois de test)", RAW));
    columns.add(before);
    if (c.unanchored() != null) {
      columns.add(c.unanchored());
      headers.add("calibrés : " + name(c.unanchored()) + ", sans ancrage");
    }
    columns.add(after);
    headers.add("calibrés : " + name(after) + (anchoring == null ? "" : ", ancrés (scores publiés)"));
    columns.add(other);
    headers.add("pour comparaison : " + name(other) + (anchoring == null ? "" : ", ancrée") + " (non retenue)");
    Table t = new Table("calibration", headers.toArray(String[]::new));
    t.row(cells("moyenne des scores", columns, x -> FrenchNumbers.percent(x.meanPredicted(), 2)));
    t.row(cells("taux observé", columns, x -> FrenchNumbers.percent(x.observedRate(), 2)));
    t.row(cells("score de Brier", columns, x -> FrenchNumbers.decimal(x.brier(), 5)));
    t.row(cells("erreur de calibration attendue (ECE, déciles)", columns, x -> FrenchNumbers.decimal(x.ece(), 5)));
    t.row(cells("AUCPR", columns, x -> FrenchNumbers.decimal(x.aucpr(), 3)));
    out.append(t);
    if (anchoring != null) out.append(anchoredMonths(anchoring));
    double gap = after.meanPredicted() / after.observedRate() - 1;
    if (Double.isFinite(gap)) {
      out.append("<p>Sur les mois de test, la moyenne des probabilités calibrées est ")
          .append(Math.abs(gap) < 0.005 ? "égale au taux observé" : "à " + FrenchNumbers.percent(Math.abs(gap), 0)
              + (gap > 0 ? " au-dessus du" : " au-dessous du") + " taux observé")
          .append(Math.abs(gap) < 0.10 ? "." : anchoring != null ? " : l’ancrage suit le taux d’ouverture connu au "
              + "mois noté ; ce qui change ensuite, pendant les " + m.horizonMonths() + " mois de l’horizon (une crise, "
              + "des tribunaux ralentis), ou le hasard d’un petit nombre d’ouvertures, l’en écarte."
              : " : la calibration est ajustée sur des mois antérieurs aux mois de "
              + "test, et un taux d’ouverture qui change avec le temps, ou une validation de peu d’entreprises, "
              + "l’en écarte.").append("</p>");
    }
    Metrics.CalibrationTruth truth = c.truth();
    if (truth != null) {
      out.append("<p class=\"note\">Données générées : sur les ").append(FrenchNumbers.integer(truth.validationRows()))
          .append(" lignes de validation couvertes par les vraies probabilités, taux observé ")
          .append(FrenchNumbers.percent(truth.validationObserved(), 2)).append(", probabilité vraie moyenne ")
          .append(FrenchNumbers.percent(truth.validationTruth(), 2)).append(" ; sur les ")
          .append(FrenchNumbers.integer(truth.testRows())).append(" lignes de test, ")
          .append(FrenchNumbers.percent(truth.testObserved(), 2)).append(" et ")
          .append(FrenchNumbers.percent(truth.testTruth(), 2))
          .append(". La calibration apprend le taux observé en validation : quand il s’écarte de la probabilité "
              + "vraie (peu d’entreprises défaillantes), la moyenne calibrée s’écarte d’autant du taux de test.</p>");
    }
    List<ReliabilityChart.Series> series = new ArrayList<>();
    series.add(new ReliabilityChart.Series(RAW, Palette.RAW_SCORE, before.reliability()));
    series.add(new ReliabilityChart.Series("calibrés (" + name(after) + ")", Palette.MODEL, after.reliability()));
    out.append("<div class=\"charts\">").append(ModelSections.figure(ReliabilityChart.render("reliability",
            "Diagramme de fiabilité", series),
        "Par décile des scores sur les mois de test : probabilité prédite moyenne et taux d’ouverture observé. "
            + "Un score calibré suit la diagonale."))
        .append("</div>");
    out.append(bins(before, after));
    return out.append("</section>").toString();
  }

  private static Object[] cells(String label, List<Metrics.Calibrated> columns,
      java.util.function.Function<Metrics.Calibrated, String> value) {
    List<Object> cells = new ArrayList<>();
    cells.add(label);
    for (Metrics.Calibrated c : columns) cells.add(Table.num(c == null ? "—" : value.apply(c)));
    return cells.toArray();
  }

  /** The anchoring in words, with its training figures. */
  private static String anchoring(Metrics.Anchored a) {
    return "<p>Les probabilités de chaque mois sont ensuite <strong>ancrées</strong> au taux d’ouverture observable ce "
        + "mois-là : un même décalage de leurs log-cotes amène leur moyenne sur les établissements du mois à R × h(m) / "
        + "h_app, où R = " + FrenchNumbers.percent(a.calibrationRate(), 2) + " est le taux des "
        + FrenchNumbers.integer(a.calibrationRows()) + " lignes de validation sur lesquelles la calibration est ajustée, h(m) le taux mensuel de premières "
        + "ouvertures sur les " + a.windowMonths() + " derniers mois connus au mois m, et h_app = "
        + FrenchNumbers.percent(a.trainingHazard(), 3) + " le même taux sur les fenêtres des lignes d’apprentissage ("
        + FrenchNumbers.integer(a.trainingOpenings()) + " ouvertures pour " + FrenchNumbers.integer(a.trainingExposures())
        + " établissements-mois exposés). Le rapport vaut 1 sous " + a.minOpenings() + " ouvertures dans la fenêtre. "
        + "Tout est connu au mois m, et l’ordre des établissements d’un mois ne change pas. Sans cet ancrage, la "
        + "calibration garde le taux des mois d’apprentissage, antérieurs de " + "plus de l’horizon aux mois notés.</p>";
  }

  /** Per test month: the window's openings, the ratio, the target, the offset, the means before and after. */
  private static String anchoredMonths(Metrics.Anchored a) {
    Table t = new Table("anchoring", "mois de test", "ouvertures (fenêtre)", "établissements-mois exposés",
        "h(m) / h_app", "moyenne visée", "décalage des log-cotes", "moyenne sans ancrage",
        "moyenne ancrée", "taux observé");
    for (Metrics.AnchoredMonth m : a.testMonths()) {
      t.row(m.periode(), Table.num(FrenchNumbers.integer(m.openings())), Table.num(FrenchNumbers.integer(m.exposures())),
          Table.num(FrenchNumbers.decimal(m.ratio(), 3)), Table.num(FrenchNumbers.percent(m.targetRate(), 2)),
          Table.num(FrenchNumbers.decimal(m.offset(), 3)), Table.num(FrenchNumbers.percent(m.meanCalibrated(), 2)),
          Table.num(FrenchNumbers.percent(m.meanAnchored(), 2)), Table.num(FrenchNumbers.percent(m.observedRate(), 2)));
    }
    return "<h3>Ancrage, mois par mois</h3>" + t;
  }

  private static String bins(Metrics.Calibrated before, Metrics.Calibrated after) {
    Table t = new Table("reliability", "décile", "lignes", "positives", "score brut moyen", "taux observé", "décile",
        "lignes", "positives", "probabilité moyenne", "taux observé");
    int n = Math.max(before.reliability().size(), after.reliability().size());
    for (int i = 0; i < n; i++) {
      List<Object> cells = new ArrayList<>();
      for (Metrics.Calibrated c : List.of(before, after)) {
        if (i < c.reliability().size()) {
          Metrics.ReliabilityBin b = c.reliability().get(i);
          cells.add(Table.num(Integer.toString(i + 1)));
          cells.add(Table.num(FrenchNumbers.integer(b.rows())));
          cells.add(Table.num(FrenchNumbers.integer(b.positives())));
          cells.add(Table.num(FrenchNumbers.percent(b.meanPredicted(), 2)));
          cells.add(Table.num(FrenchNumbers.percent(b.observedRate(), 2)));
        } else {
          for (int k = 0; k < 5; k++) cells.add("");
        }
      }
      t.row(cells.toArray());
    }
    return "<h3>Déciles (scores bruts à gauche, calibrés à droite)</h3>" + t;
  }

  private static String method(String method) {
    return Calibrator.ISOTONIC.equals(method) ? "par régression isotonique" : "par la méthode de Platt (sigmoïde)";
  }

  private static String name(Metrics.Calibrated c) {
    if (c == null) return "—";
    return Calibrator.ISOTONIC.equals(c.scores()) ? "isotonique" : Calibrator.PLATT.equals(c.scores()) ? "Platt" : c.scores();
  }
}
