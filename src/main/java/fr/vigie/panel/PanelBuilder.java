package fr.vigie.panel;

import fr.vigie.config.SourceName;
import fr.vigie.panel.family.Calendar;
import fr.vigie.panel.family.PanelSettings;
import fr.vigie.source.Bdf;
import fr.vigie.source.Diane;
import fr.vigie.source.DianeItems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builds the panels from the typed sources: the balance sheets in SQL (narrow, once per fiscal year),
 * the open-data tables, then every company's records through one shuffle ({@link CompanyPass}).
 */
public final class PanelBuilder {
  private PanelBuilder() {}

  /** What one build needs: the pass over the companies' records, and the balance sheets for bilans/. */
  public record Plan(CompanyPass pass, Dataset<Row> bilans, PanelRows rows, PanelSettings settings) {}

  /** Every source column the panel reads, by step: checked before any job ({@link SourceReads#check}). */
  public static List<SourceReads> reads() {
    List<SourceReads> reads = new ArrayList<>(PanelJob.CALENDAR_READS);
    reads.addAll(RegionalData.READS);
    reads.addAll(BalanceSheets.reads());
    reads.addAll(PanelRecords.reads());
    return reads;
  }

  public static Plan plan(PanelInputs inputs, boolean hidden) {
    SourceReads.check(inputs.sources(), reads()); // the open-data tables below run jobs
    Calendar calendar = new Calendar(inputs.start(), inputs.end());
    Map<SourceName, Integer> delays = new EnumMap<>(SourceName.class);
    for (SourceName s : SourceName.values()) delays.put(s, inputs.delay(s));
    Set<SourceName> delivered = EnumSet.noneOf(SourceName.class);
    delivered.addAll(inputs.sources().keySet());
    PanelSettings settings = new PanelSettings(calendar, inputs.labelEnd(), inputs.panel(), inputs.config().scope(),
        inputs.config().labels(), delays, delivered, RegionalData.tables(inputs));
    int past = inputs.panel().financialPastYears();
    Dataset<Row> bdf = BalanceSheets.bdfWithFallback(inputs);
    Dataset<Row> bdfPerYear = bdf == null ? null
        : BalanceSheets.perYear(bdf, Bdf.Out.SIREN, Bdf.Out.ANNEE_BDF, Bdf.Out.ARRETE_BILAN_BDF, BalanceSheets.BDF,
            past);
    Dataset<Row> dianePerYear = inputs.source(SourceName.DIANE).map(d -> BalanceSheets.perYear(d, Diane.Out.SIREN,
        Diane.Out.ANNEE, DianeItems.DATE_CLOTURE, BalanceSheets.dianeItems(), past)).orElse(null);
    Dataset<Row> records = PanelRecords.of(inputs,
        bdfPerYear == null ? null : BalanceSheets.usable(bdfPerYear, inputs.panel(), inputs.start(), inputs.end()),
        dianePerYear == null ? null : BalanceSheets.usable(dianePerYear, inputs.panel(), inputs.start(), inputs.end()));
    PanelRows rows = new PanelRows(inputs.panel(), calendar, settings.regional(), hidden);
    int partitions = partitions(inputs);
    return new Plan(CompanyPass.of(records, partitions, settings, rows),
        BalanceSheets.bilans(bdfPerYear, dianePerYear, inputs.panel()), rows, settings);
  }

  /**
   * The number of tasks of the company pass: panel.partitions, else one per 64 MiB of ingested
   * sources, at least the cluster's default parallelism.
   */
  static int partitions(PanelInputs inputs) {
    if (inputs.panel().partitions() > 0) return inputs.panel().partitions();
    long bytes = 0;
    for (Dataset<Row> source : inputs.sources().values()) {
      for (String file : source.inputFiles()) bytes += fileSize(inputs, file);
    }
    int bySize = (int) Math.min(10_000, (bytes + (64L << 20) - 1) / (64L << 20));
    return Math.max(inputs.spark().sparkContext().defaultParallelism(), bySize);
  }

  private static long fileSize(PanelInputs inputs, String file) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
      return path.getFileSystem(inputs.spark().sparkContext().hadoopConfiguration()).getFileStatus(path).getLen();
    } catch (java.io.IOException e) {
      return 0; // a file listed a moment ago and gone: it does not change the number of tasks much
    }
  }

  /** The establishment panel with every column, the temporary ones (starting with _) included: for tests. */
  public static Dataset<Row> build(PanelInputs inputs) {
    return plan(inputs, true).pass().establishments(inputs.spark(), null);
  }

  /** The columns written: no temporary (underscore) column. */
  public static Dataset<Row> publishable(Dataset<Row> panel) {
    return panel.drop(Arrays.stream(panel.columns()).filter(c -> c.startsWith("_")).toArray(String[]::new));
  }
}
