package fr.vigie.report;

import fr.vigie.model.Metrics;
import fr.vigie.report.ReportData.Coverage;
import fr.vigie.report.ReportData.FamilyCoverage;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.SourceVolume;
import fr.vigie.report.ReportData.ThemeShare;
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
    return metrics(calibration());
  }

  static Metrics metrics(Metrics.Calibration calibration) {
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
        List.of(new Metrics.Threshold("rouge", 0.5, 0.4123, new Metrics.AtThreshold(0.52, 0.31, 0.456, 140),
                new Metrics.AtThreshold(0.48, 0.29, 0.421, 71), 23.7),
            new Metrics.Threshold("orange", 2, 0.0834, new Metrics.AtThreshold(0.21, 0.66, 0.461, 1_512),
                new Metrics.AtThreshold(0.19, 0.61, 0.423, 379), 126.3)),
        importances, null, calibration, null);
  }

  /** Platt chosen on 12 000 validation rows; raw scores twice the observed rate, calibrated ones close to it. */
  static Metrics.Calibration calibration() {
    List<Metrics.ReliabilityBin> raw = new ArrayList<>();
    List<Metrics.ReliabilityBin> calibrated = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long positives = 2 + 3L * i;
      raw.add(new Metrics.ReliabilityBin(360, positives, 0.02 + 0.016 * i, positives / 360.0));
      calibrated.add(new Metrics.ReliabilityBin(360, positives, 0.006 + 0.009 * i, positives / 360.0));
    }
    return new Metrics.Calibration("platt", "isotonic when the validation rows hold at least 1000 positive rows,"
        + " else Platt scaling", new Metrics.Count(12_000, 480, 520),
        new Metrics.Calibrated("raw", 0.092, 0.05, 0.061, 0.0423, 0.412, raw),
        new Metrics.Calibrated("platt", 0.0465, 0.05, 0.0442, 0.0061, 0.412, calibrated),
        new Metrics.Calibrated("isotonic", 0.0488, 0.05, 0.0447, 0.0079, 0.405, calibrated),
        new Metrics.CalibrationTruth(11_500, 0.041, 0.049, 3_400, 0.05, 0.051), null, null);
  }

  /**
   * The same calibration anchored: R 4 % on the 12,000 validation rows, h_train 0,2 %, two test months
   * whose windows show 0,18 % and 0,22 %; the unanchored Platt column is the plain fixture's.
   */
  static Metrics.Calibration anchoredCalibration() {
    Metrics.Calibration plain = calibration();
    Metrics.Calibrated anchored = new Metrics.Calibrated("platt", 0.0401, 0.05, 0.0440, 0.0102, 0.410,
        plain.after().reliability());
    Metrics.Calibrated isotonic = new Metrics.Calibrated("isotonic", 0.0402, 0.05, 0.0446, 0.0111, 0.404,
        plain.alternative().reliability());
    Metrics.Anchored anchoring = new Metrics.Anchored("rule", 24, 0, 10, 12_000, 480, 0.04, 1_200, 600_000, 0.002,
        List.of(new Metrics.AnchoredMonth("2019-07", "2017-07", "2019-06", 1_080, 600_000, 0.9, 0.036, -0.27, 1_800,
                0.0462, 0.036, 0.051),
            new Metrics.AnchoredMonth("2019-08", "2017-08", "2019-07", 1_320, 600_000, 1.1, 0.044, -0.06, 1_800,
                0.0468, 0.044, 0.049)));
    return new Metrics.Calibration(plain.method(), plain.rule(), plain.fittedOn(), plain.before(), anchored, isotonic,
        plain.truth(), plain.after(), anchoring);
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

  static final String SENTENCE = "Dette URSSAF en hausse : 48\u00A0k€, 3,1\u00A0mois de cotisations ; effectif en"
      + " baisse de 22\u00A0% sur un an (35\u00A0salariés)";

  /** Rangs 1 and 2 in the national top, 3 only in its département's top (21); 4 has no département. */
  static List<TopAlert> alerts() {
    return List.of(
        new TopAlert(HOSTILE_SIRET, "<&3456789", "Boulangerie <&> Dupont", 0.9321, "rouge", 1, "21", "C", 42,
            List.of(new ThemeShare("Dette URSSAF", 0.64, "Dette URSSAF, part patronale"),
                new ThemeShare("Effectif", 0.36, "Effectif, variation sur un an")), SENTENCE, true),
        new TopAlert("12345678900027", "123456789", null, 0.41, "orange", 2, "75", "G", null, List.of(),
            "Santé financière : taux de marge 3,2\u00A0%", true),
        new TopAlert("98765432100011", "987654321", "Transports Martin", 0.12, "orange", 3, "2A", "F", 1_250,
            List.of(new ThemeShare("Secteur et territoire", 1.0, "Secteur d'activité (section NAF)")),
            "Secteur d'activité (section NAF) : Construction", false),
        new TopAlert("55555555500055", "555555555", "Sans Lieu", 0.05, null, 4, null, null, 12, List.of(), "", false));
  }

  static ReportData data() {
    return new ReportData("/data/vigie", "2020-01-25T06:00:00Z", new ScoredMonth("2019-12", 2_345, 71, 379),
        metrics(), sources(), coverage(), alerts());
  }

  private static double[] pt(double x, double y) {
    return new double[] {x, y};
  }
}
