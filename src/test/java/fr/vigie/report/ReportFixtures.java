package fr.vigie.report;

import fr.vigie.model.Metrics;
import fr.vigie.report.ReportData.Coverage;
import fr.vigie.report.ReportData.Explanation;
import fr.vigie.report.ReportData.FamilyCoverage;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.SourceVolume;
import fr.vigie.report.ReportData.TopAlert;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A hand-built report: every section filled, with hostile text ({@code <&}) where data can carry it. */
final class ReportFixtures {
  static final int IMPORTANCES = 30;
  static final String HOSTILE_FEATURE = "ratio_<&dette";
  static final String HOSTILE_SIRET = "<&345678900012";

  private ReportFixtures() {}

  static Metrics metrics() {
    List<double[]> modelPr = List.of(pt(0, 1), pt(0.2, 0.8), pt(0.5, 0.5), pt(0.8, 0.3), pt(1, 0.05));
    List<double[]> baselinePr = List.of(pt(0, 0.6), pt(0.5, 0.3), pt(1, 0.05));
    List<double[]> modelRoc = List.of(pt(0, 0), pt(0.1, 0.6), pt(0.3, 0.85), pt(1, 1));
    List<double[]> baselineRoc = List.of(pt(0, 0), pt(0.3, 0.6), pt(1, 1));
    Metrics.Evaluation model = new Metrics.Evaluation(0.412, 0.871, 0.05,
        List.of(new Metrics.MonthScore("2019-07", 1200, 60, 0.45, 0.88),
            new Metrics.MonthScore("2019-08", 1210, 58, 0.38, 0.86),
            new Metrics.MonthScore("2019-09", 1190, 0, Double.NaN, Double.NaN)),
        modelPr, modelRoc);
    Metrics.Evaluation baseline = new Metrics.Evaluation(0.251, 0.79, 0.05,
        List.of(new Metrics.MonthScore("2019-07", 1200, 60, 0.26, 0.80),
            new Metrics.MonthScore("2019-08", 1210, 58, 0.24, 0.78),
            new Metrics.MonthScore("2019-09", 1190, 0, Double.NaN, Double.NaN)),
        baselinePr, baselineRoc);
    List<Metrics.Importance> importances = new ArrayList<>();
    importances.add(new Metrics.Importance(HOSTILE_FEATURE, 0.2));
    for (int i = 1; i < IMPORTANCES; i++) importances.add(new Metrics.Importance("variable_" + i, 0.2 / (i + 1)));
    return new Metrics(18,
        new Metrics.Windows("2016-01", "2017-12", "2019-07", "2019-09", "2020-12"),
        new Metrics.Rows(new Metrics.Count(48_000, 1_900, 2_100), new Metrics.Count(12_000, 480, 520),
            new Metrics.Count(3_600, 118, 1_250)),
        9.5,
        new Metrics.Features(List.of("cotisation", "effectif"), List.of("code_naf"), List.of("ccsf_mois_depuis")),
        model, baseline,
        List.of(new Metrics.Threshold("rouge", 0.5, 0.6123, new Metrics.AtThreshold(0.52, 0.31, 0.456, 140),
                new Metrics.AtThreshold(0.48, 0.29, 0.421, 71), 23.7),
            new Metrics.Threshold("orange", 2, 0.2345, new Metrics.AtThreshold(0.21, 0.66, 0.461, 1_512),
                new Metrics.AtThreshold(0.19, 0.61, 0.423, 379), 126.3)),
        importances, null);
  }

  static List<SourceVolume> sources() {
    return List.of(
        new SourceVolume("cotisations", true, 106_253, 106_144, 212, 109, Map.of("wrong_field_count", 56L, "bare_quote", 53L)),
        new SourceVolume("debits", true, 21_213, 21_193, 41, 20, Map.of("bare_quote", 12L, "wrong_field_count", 8L)),
        new SourceVolume("diane", false, 0, 0, 0, 0, Map.of()));
  }

  static Coverage coverage() {
    List<FamilyCoverage> families = new ArrayList<>();
    for (CoverageFamily f : CoverageFamily.ALL) {
      List<Double> shares = f.column().equals("exercice_diane") ? Arrays.asList(null, null, null) : List.of(0.5, 2.0 / 3, 1.0);
      families.add(new FamilyCoverage(f.family(), f.column(), f.event(), shares));
    }
    return new Coverage(List.of("2019-10", "2019-11", "2019-12"), List.of(3L, 3L, 4L), families);
  }

  static List<TopAlert> alerts() {
    return List.of(
        new TopAlert(HOSTILE_SIRET, "<&3456789", 0.9321, "rouge", 1, "21", "C", 42,
            List.of(new Explanation(HOSTILE_FEATURE, 0.25), new Explanation("effectif", -0.0451))),
        new TopAlert("12345678900027", "123456789", 0.41, "orange", 2, "75", "G", null, List.of()),
        new TopAlert("98765432100011", "987654321", 0.12, null, 3, "2A", "F", 1_250, List.of()));
  }

  static ReportData data() {
    return new ReportData("/data/vigie", "2020-01-25T06:00:00Z", new ScoredMonth("2019-12", 2_345, 71, 379),
        metrics(), sources(), coverage(), alerts());
  }

  private static double[] pt(double x, double y) {
    return new double[] {x, y};
  }
}
