package fr.vigie.report;

import fr.vigie.job.IngestedSource;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.OutputLayout;
import fr.vigie.job.ReportResult;
import fr.vigie.job.Outputs;
import fr.vigie.model.Metrics;
import fr.vigie.model.ModelStore;
import fr.vigie.report.ReportData.ScoredMonth;
import fr.vigie.report.ReportData.TopAlert;
import fr.vigie.spark.AtomicDirectory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie report}: model/metrics.json, the manifest's sources, panel/ and scores/ →
 * report/index.html, one self-contained page ({@link ReportHtml}). The page is written aside and
 * renamed into place, so a failed run leaves the previous report, never half of a new one; the
 * manifest's "report" section records its path, scored month and size.
 */
public final class ReportJob {
  static final String PAGE = "index.html";
  /** Rows of the alert table without a filter: the month's national top. */
  static final int TOP_ALERTS = 50;
  /** Rows of each département's list in the alert table (the département filter). */
  static final int TOP_PER_DEPARTEMENT = 20;
  private static final String REPORT = "Cannot write the report";
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  private ReportJob() {}

  /** Writes the report of the scored month (--period, else the latest month of scores/). */
  public static ReportResult run(Job job) {
    return job.step("report", () -> write(job));
  }

  private static ReportResult write(Job job) {
    OutputLayout layout = job.layout();
    Configuration hadoop = job.spark().sparkContext().hadoopConfiguration();
    ModelStore model = new ModelStore(layout.model(), hadoop);
    Outputs.require(model.metrics(), hadoop, REPORT, "vigie train");
    Outputs.require(layout.panel(), hadoop, REPORT, "vigie panel");
    Outputs.require(layout.scores(), hadoop, REPORT, "vigie score");
    Metrics metrics = model.loadMetrics();
    YearMonth month = ScoredAlerts.month(job.period(), layout.scores(), hadoop);
    job.recordConfiguration("report");

    Dataset<Row> monthScores = ScoredAlerts.ofMonth(job.spark().read().parquet(layout.scores()), month);
    ScoredMonth scored = ScoredAlerts.counts(monthScores, month);
    List<TopAlert> top = ScoredAlerts.top(monthScores, TOP_ALERTS, TOP_PER_DEPARTEMENT);
    ReportData.Coverage coverage = PanelCoverage.compute(job.spark().read().parquet(layout.panel()),
        CoverageFamily.ALL, layout.panel());
    ReportData data = new ReportData(layout.root(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), scored,
        metrics, SourceVolumes.from(job.manifest().root().get(IngestedSource.SECTION)), coverage, top);

    String html = ReportHtml.render(data);
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    Path page = new Path(layout.report(), PAGE);
    replace(page, bytes, hadoop);
    ReportResult result = new ReportResult(page.toString(), month.toString(), bytes.length, ReportHtml.charts(html),
        top.size());
    Manifest manifest = job.manifest();
    manifest.set(result);
    manifest.save();
    LOG.info("report: {} written ({} bytes, scored month {}, {} rows scored, {} top alerts)", page, bytes.length, month,
        scored.rows(), top.size());
    return result;
  }


  /**
   * Replaces report/ whole through {@link AtomicDirectory}, like every other output. On a local
   * disk the page is written through the raw file system: it is for people, who need no {@code
   * .crc} sidecar next to it.
   */
  private static void replace(Path target, byte[] bytes, Configuration hadoop) {
    AtomicDirectory.replace(target.getParent().toString(), hadoop, aside -> {
      FileSystem fs = aside.getFileSystem(hadoop);
      if (fs instanceof ChecksumFileSystem local) fs = local.getRawFileSystem();
      try (OutputStream out = fs.create(new Path(aside, target.getName()), true)) {
        out.write(bytes);
      }
    });
  }
}
