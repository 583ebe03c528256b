package fr.vigie.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, one small inline
 * script, and no URL of any kind, so it opens from a file, a mail attachment or a locked-down
 * workstation exactly as it was written.
 *
 * <p>The script does two things. It measures each chart once the page is laid out ({@code getBBox}
 * of its drawn content), writes the size into the chart's {@code data-rendered}, the number of its
 * marks (points, curves, bars, segments, cells) with a non-empty box into {@code data-marks-drawn},
 * and the number of charts with a non-empty box into {@code <body data-charts-rendered>}, next to
 * the static {@code data-charts}: a headless browser's DOM dump then proves every chart was drawn.
 * And it runs the alert table's département filter ({@link AlertSection}): choosing a département
 * shows that département's rows, the empty choice the national top; the page's own fragment
 * ({@code #departement=21}) chooses one when the page opens, and the number of rows shown is
 * written to {@code <body data-alertes-visibles>}.
 */
public final class ReportHtml {
  private static final Pattern CHART = Pattern.compile("<svg class=\"chart ");

  private ReportHtml() {}

  public static String render(ReportData data) {
    String body = header(data)
        + DataSections.sources(data.sources())
        + DataSections.coverage(data.coverage())
        + ModelSections.performance(data.metrics())
        + CalibrationSection.render(data.metrics())
        + ModelSections.thresholds(data.metrics())
        + ModelSections.importances(data.metrics())
        + AlertSection.render(data.scored(), data.topAlerts(), data.metrics());
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>vigie — rapport " + Html.escape(data.scored().month()) + "</title>"
        + "<style>" + CSS + "</style></head>\n"
        + "<body data-charts=\"" + charts(body) + "\" data-charts-rendered=\"0\"><main>" + body + "</main>"
        + "<script>" + SCRIPT + "</script></body></html>\n";
  }

  /** The number of charts in {@code html}. */
  static int charts(String html) {
    Matcher m = CHART.matcher(html);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static String header(ReportData data) {
    return "<header><h1>vigie — rapport du mois " + Html.escape(data.scored().month()) + "</h1>"
        + "<p class=\"muted\">Racine de sortie <code>" + Html.escape(data.outputRoot()) + "</code> ; écrit le "
        + Html.escape(data.generatedAt()) + ".</p><nav>"
        + "<a href=\"#sources\">Sources</a><a href=\"#couverture\">Couverture</a>"
        + "<a href=\"#performance\">Performance</a><a href=\"#calibration\">Calibration</a>"
        + "<a href=\"#seuils\">Seuils</a>"
        + "<a href=\"#importances\">Variables</a><a href=\"#alertes\">Alertes</a></nav></header>";
  }

  private static final String CSS = """
      body{margin:0;background:#f4f5f7;color:#1d2330;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,\
      "Helvetica Neue",Arial,sans-serif}
      main{max-width:1280px;margin:0 auto;padding:16px 24px 48px}
      header h1{font-size:24px;margin:8px 0 4px}
      nav a{margin-right:14px;color:#1f5fa8;text-decoration:none}
      section{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px 20px 16px;margin:16px 0;\
      overflow-x:auto}
      h2{font-size:19px;margin:10px 0}
      h3{font-size:15px;margin:14px 0 6px}
      .muted{color:#667085}
      .note{background:#fff8e1;border-left:3px solid #e0b000;padding:6px 10px}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
      .charts{display:flex;flex-wrap:wrap;gap:16px}
      figure{margin:8px 0}
      figcaption{color:#667085;font-size:12.5px;max-width:640px}
      table{border-collapse:collapse;margin:8px 0;font-size:13px}
      th,td{border-bottom:1px solid #e4e7ec;padding:3px 9px;text-align:left;vertical-align:top}
      th{background:#f0f2f5;font-weight:600}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tbody tr:nth-child(even){background:#fafbfc}
      .alerte{display:inline-block;padding:0 7px;border-radius:9px;color:#fff;font-weight:600;font-size:12px}
      .alerte.rouge{background:#c62828}
      .alerte.orange{background:#ef8a00}
      ul.themes{margin:0;padding-left:0;list-style:none;font-size:12.5px;min-width:220px}
      ul.themes .part{display:inline-block;min-width:38px;text-align:right;font-variant-numeric:tabular-nums;\
      font-weight:600}
      table.alerts td{max-width:420px}
      table.alerts .phrase{display:block;min-width:260px}
      .filtre{margin:10px 0}
      .filtre select{font:inherit;padding:2px 4px}
      p.seuils{font-size:15px}
      svg.chart{display:block;background:#fff}
      svg.chart text{font-size:11px;fill:#344054}
      svg.chart .axis-title{font-size:12px;font-weight:600}
      svg.chart .axis{stroke:#344054;stroke-width:1}
      svg.chart .tick{stroke:#344054}
      svg.chart .grid{stroke:#eceef2}
      svg.chart .value,svg.chart .na{fill:#667085}
      """;

  private static final String SCRIPT = """
      window.addEventListener('load', function () {
        var drawn = 0;
        document.querySelectorAll('svg.chart').forEach(function (svg) {
          var box = svg.getBBox();
          svg.setAttribute('data-rendered', Math.round(box.width) + 'x' + Math.round(box.height));
          var marks = 0;
          svg.querySelectorAll('.point, .series, .bar, .segment, .cell').forEach(function (mark) {
            var b = mark.getBBox();
            if (b.width > 0 || b.height > 0) marks++;
          });
          svg.setAttribute('data-marks-drawn', String(marks));
          if (box.width > 0 && box.height > 0) drawn++;
        });
        document.body.setAttribute('data-charts-rendered', String(drawn));
      });
      (function () {
        var select = document.getElementById('filtre-departement');
        if (!select) return;
        function show(departement) {
          var shown = 0;
          document.querySelectorAll('table.alerts tbody tr').forEach(function (tr) {
            var visible = departement === '' ? tr.getAttribute('data-national') === '1'
                : tr.getAttribute('data-departement') === departement;
            tr.hidden = !visible;
            if (visible) shown++;
          });
          document.getElementById('filtre-compte').textContent =
              shown + (shown > 1 ? ' établissements affichés' : ' établissement affiché');
          document.body.setAttribute('data-alertes-visibles', String(shown));
        }
        select.addEventListener('change', function () { show(select.value); });
        var asked = /departement=([^&]+)/.exec(window.location.hash);
        if (asked) {
          var code = decodeURIComponent(asked[1]);
          for (var i = 0; i < select.options.length; i++) {
            if (select.options[i].value === code) select.value = code;
          }
        }
        show(select.value);
      })();
      """;
}
