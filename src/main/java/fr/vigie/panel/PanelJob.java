package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.job.PanelResult;
import fr.vigie.source.Cotisations;
import fr.vigie.source.Debits;
import fr.vigie.source.Effectif;
import fr.vigie.error.InputException;
import fr.vigie.spark.ParquetOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie panel}: sources/ → panel/ (siret × month) and panel_entreprise/ (siren × month),
 * partitioned by periode.
 *
 * <p>Calendar: [panel.start, panel.end], each defaulting to what the data allow (see
 * {@link #calendar}). With {@code --period P} the calendar still starts at the same month (so every
 * window and carry-forward sees the same history as a full run, and the rows of P are identical to
 * the full run's) but ends at P, and only P's partitions are replaced. Without it, both datasets are
 * replaced whole.
 */
public final class PanelJob {
  private static final Logger LOG = LoggerFactory.getLogger(PanelJob.class);

  /** The establishments of the panel: every siret of these files (panel.md, "Keys and calendar"). */
  static final java.util.List<SourceName> UNIVERSE = java.util.List.of(SourceName.COTISATIONS, SourceName.DEBITS,
      SourceName.EFFECTIF);

  private PanelJob() {}

  public static PanelResult run(Job job) {
    Map<SourceName, Dataset<Row>> sources = job.step("panel: read sources", () -> readSources(job));
    job.recordConfiguration("panel");
    SourceReads.check(sources, PanelBuilder.reads()); // before the calendar's first job
    int[] calendar = calendar(job.config().panel(), job.period(), sources, job.config());
    Integer latest = latestMonth(sources, job.config());
    int labelEnd = latest == null ? calendar[1] : latest;
    PanelInputs inputs = new PanelInputs(job.spark(), job.config(), sources, calendar[0], calendar[1], labelEnd);
    LOG.info("panel: calendar {} .. {}{}", Months.month(calendar[0]), Months.month(calendar[1]),
        job.period() == null ? " (all months written)" : " (only " + job.period() + " written)");

    PanelBuilder.Plan plan = PanelBuilder.plan(inputs, false);
    Integer only = job.period() == null ? null : Months.index(job.period());
    long rows = job.step("panel: establishments", () -> {
      write(plan.pass().establishments(job.spark(), only), job.layout().panel(), job);
      return readBack(job.spark(), job.layout().panel(), job.period()).count();
    });
    long companyRows = job.step("panel: companies", () -> {
      write(plan.pass().companies(job.spark(), only), job.layout().panelEntreprise(), job);
      return readBack(job.spark(), job.layout().panelEntreprise(), job.period()).count();
    });
    long sheets = job.step("panel: balance sheets", () -> {
      if (plan.bilans() == null) { // no balance sheet delivered: none, not an earlier run's
        deleteIfExists(job, job.layout().bilans());
        return 0L;
      }
      ParquetOutput.replace(plan.bilans(), job.layout().bilans(), job.config().output());
      return job.spark().read().parquet(job.layout().bilans()).count();
    });
    PanelResult result = new PanelResult(Months.month(calendar[0]).toString(), Months.month(calendar[1]).toString(),
        Months.month(labelEnd).toString(), job.period() == null ? null : job.period().toString(),
        String.join(",", sources.keySet().stream().map(SourceName::folder).toList()), rows, companyRows, sheets);
    Manifest manifest = job.manifest();
    manifest.set(result);
    manifest.save();
    LOG.info("panel: {} establishment rows, {} company rows, {} balance sheets written", rows, companyRows, sheets);
    return result;
  }

  /** The dates that bound the calendar ({@link #calendar}). */
  static final List<SourceReads> CALENDAR_READS = List.of(SourceReads.of("calendar", Cotisations.Out.PERIODE_DEBUT,
      Cotisations.Out.PERIODE_FIN, Debits.Out.DT_TRT_ECN, Effectif.Out.PERIODE));

  /** The typed sources written by ingest; a source without a dataset is not delivered. */
  static Map<SourceName, Dataset<Row>> readSources(Job job) {
    Map<SourceName, Dataset<Row>> sources = new EnumMap<>(SourceName.class);
    for (SourceName name : SourceName.values()) {
      String path = job.layout().source(name);
      if (exists(job, path)) sources.put(name, job.spark().read().parquet(path));
      else LOG.info("panel: {} not ingested ({} absent): its features are null", name.folder(), path);
    }
    if (UNIVERSE.stream().noneMatch(sources::containsKey)) {
      throw new InputException("Cannot build the panel: none of " + UNIVERSE.stream().map(s ->
          s.folder()).toList() + " was ingested under " + job.layout().root() + "/sources (run vigie ingest first)");
    }
    return sources;
  }

  private static void deleteIfExists(Job job, String path) {
    try {
      Path p = new Path(path);
      p.getFileSystem(job.spark().sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + path, e);
    }
  }

  private static boolean exists(Job job, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(job.spark().sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /**
   * [start, end] as month indexes. start: panel.start, else the first month of the data. end:
   * --period, else panel.end, else the latest month the data allow (the extraction month of the
   * débits, else the last cotisation month + its delay, else the last headcount month + its delay).
   */
  static int[] calendar(PanelConfig panel, YearMonth period, Map<SourceName, Dataset<Row>> sources,
      VigieConfig config) {
    Integer start = panel.start() == null ? null : Months.index(panel.start());
    if (start == null) start = firstMonth(sources);
    Integer end = period != null ? Integer.valueOf(Months.index(period))
        : panel.end() != null ? Integer.valueOf(Months.index(panel.end())) : latestMonth(sources, config);
    if (start == null || end == null) {
      throw new InputException("Cannot build the panel: the ingested cotisations, débits and effectif hold no dated"
          + " record, so the calendar has no bounds (set panel.start and panel.end)");
    }
    if (end < start) {
      throw new InputException("Cannot build the panel: its last month " + Months.month(end)
          + " is before its first month " + Months.month(start) + " (panel.start, panel.end, --period)");
    }
    if (period != null && panel.end() == null) {
      Integer latest = latestMonth(sources, config);
      if (latest != null && Months.index(period) > latest) {
        LOG.warn("panel: --period {} is after the latest month of the data ({}): its features carry older values",
            period, Months.month(latest));
      }
    }
    return new int[] {start, end};
  }

  private static Integer firstMonth(Map<SourceName, Dataset<Row>> sources) {
    if (sources.containsKey(SourceName.COTISATIONS)) {
      Integer m = monthIndex(sources.get(SourceName.COTISATIONS), min(Cotisations.Out.PERIODE_DEBUT.col()), 0);
      if (m != null) return m;
    }
    if (sources.containsKey(SourceName.DEBITS)) {
      Integer m = monthIndex(sources.get(SourceName.DEBITS), min(Debits.Out.DT_TRT_ECN.col()), 0);
      if (m != null) return m;
    }
    if (sources.containsKey(SourceName.EFFECTIF)) {
      return monthIndex(sources.get(SourceName.EFFECTIF), min(Effectif.Out.PERIODE.col()), 0);
    }
    return null;
  }

  private static Integer latestMonth(Map<SourceName, Dataset<Row>> sources, VigieConfig config) {
    if (sources.containsKey(SourceName.DEBITS)) {
      Integer m = monthIndex(sources.get(SourceName.DEBITS), max(Debits.Out.DT_TRT_ECN.col()), 0);
      if (m != null) return m;
    }
    if (sources.containsKey(SourceName.COTISATIONS)) {
      // periode_fin is the first day of the month after the period
      Integer m = monthIndex(sources.get(SourceName.COTISATIONS), max(Cotisations.Out.PERIODE_FIN.col()),
          config.source(SourceName.COTISATIONS).delayMonths() - 1);
      if (m != null) return m;
    }
    if (sources.containsKey(SourceName.EFFECTIF)) {
      return monthIndex(sources.get(SourceName.EFFECTIF), max(Effectif.Out.PERIODE.col()),
          config.source(SourceName.EFFECTIF).delayMonths());
    }
    return null;
  }

  private static Integer monthIndex(Dataset<Row> data, Column dateAggregate, int plus) {
    Row row = data.agg(Months.index(dateAggregate)).first();
    return row.isNullAt(0) ? null : row.getInt(0) + plus;
  }

  private static Dataset<Row> written(Dataset<Row> panel, YearMonth period) {
    return period == null ? panel
        : panel.where(col(Columns.PERIODE).equalTo(lit(java.sql.Date.valueOf(period.atDay(1)))));
  }

  /** A full run replaces the dataset whole; a --period run replaces only that month's partitions. */
  private static void write(Dataset<Row> data, String path, Job job) {
    if (job.period() == null) writeWhole(data, path, job);
    else ParquetOutput.replacePartitions(data, path, Columns.PERIODE, job.config().output());
  }

  /** A whole panel, in its layout (by periode): also what the benchmark's write floor does. */
  public static void writeWhole(Dataset<Row> data, String path, Job job) {
    ParquetOutput.replacePartitioned(data, path, Columns.PERIODE, job.config().output());
  }

  private static Dataset<Row> readBack(SparkSession spark, String path, YearMonth period) {
    return written(spark.read().parquet(path), period);
  }
}
