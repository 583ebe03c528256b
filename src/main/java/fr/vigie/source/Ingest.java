package fr.vigie.source;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.config.SourceName;
import fr.vigie.error.InputException;
import fr.vigie.job.Extraction;
import fr.vigie.job.IngestedSource;
import fr.vigie.job.Job;
import fr.vigie.job.Manifest;
import fr.vigie.spark.ParquetOutput;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie ingest}: every source folder present under the input root → sources/&lt;source&gt;/ and
 * quarantine/&lt;source&gt;/, with per-file counts in the manifest. All or nothing: every source is
 * written into a staging folder and the whole set swapped in at the end ({@link IngestStaging}).
 *
 * <p>Order: the account table first (the compte-only URSSAF files are resolved through it), then the
 * débits, whose processing dates give the extraction month ({@link ExtractionMonth}, unless
 * {@code input.as-of} sets it; the cotisation periods when there are no débits), then every other
 * source; records dated after the extraction month are quarantined ({@link AfterExtraction}).
 */
public final class Ingest {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);
  /** The sources whose dates give the extraction month, in order of preference. */
  private static final List<SourceName> EXTRACTION_FROM = List.of(SourceName.DEBITS, SourceName.COTISATIONS);

  private Ingest() {}

  /**
   * The extraction month as far as it is known: set by input.as-of, else derived from the first
   * source that has dates; null until then.
   */
  private static final class ExtractionSoFar {
    Extraction known;

    YearMonth month() {
      return known == null ? null : known.yearMonth();
    }
  }

  public static void run(Job job) {
    job.spark();
    job.recordConfiguration("ingest");
    IngestStatus.started(job);
    IngestStaging staging = IngestStaging.begin(job);
    try {
      ExtractionSoFar extraction = new ExtractionSoFar();
      YearMonth asOf = job.config().input().asOf();
      if (asOf != null) extraction.known = Extraction.asOf(asOf);
      Map<SourceName, IngestedSource> entries = new EnumMap<>(SourceName.class);
      SourceRead accounts = job.step("ingest comptes",
          () -> ingest(job, staging, new Comptes(), Resolution.of(null), extraction, entries));
      if (accounts == null) {
        LOG.warn("comptes not delivered: lines of cotisations, débits, délais and CCSF without a Siret column"
            + " will be quarantined as unknown_compte");
      }
      Resolution resolution = Resolution.of(accounts == null ? null : Comptes.forResolution(accounts.decoded()));
      List<SourceReader> readers = new ArrayList<>(Readers.all());
      readers.removeIf(r -> r.source() == SourceName.COMPTES);
      readers.sort((a, b) -> Integer.compare(order(a.source()), order(b.source())));
      for (SourceReader reader : readers) {
        release(job.step("ingest " + reader.source().folder(),
            () -> ingest(job, staging, reader, resolution, extraction, entries)));
      }
      release(accounts);
      Extraction extracted = extraction.known != null ? extraction.known : Extraction.none();
      Map<String, IngestedSource> byFolder = new LinkedHashMap<>();
      entries.forEach((name, entry) -> byFolder.put(name.folder(), entry)); // in SourceName order
      Map<String, JsonNode> sections = new LinkedHashMap<>();
      sections.put(IngestedSource.SECTION, IngestedSource.section(byFolder));
      sections.put(Manifest.sectionName(Extraction.class), Manifest.toJson(extracted));
      job.step("ingest: swap in the new delivery", () -> {
        staging.commit(job, sections);
        return null;
      });
      IngestStatus.ended(job, null);
    } catch (Throwable t) {
      try {
        staging.abandon();
        IngestStatus.ended(job, message(t));
      } catch (RuntimeException whileRecording) {
        t.addSuppressed(whileRecording); // the run's own error is the one to report
      }
      throw Ingest.<RuntimeException>sneaky(t);
    }
  }

  /** Extraction sources first, in their order of preference; then the rest in SourceName order. */
  private static int order(SourceName source) {
    int i = EXTRACTION_FROM.indexOf(source);
    return i >= 0 ? i - EXTRACTION_FROM.size() : source.ordinal();
  }

  /** Reads one source, writes its two datasets aside and fills its manifest entry; null when not delivered. */
  private static SourceRead ingest(Job job, IngestStaging staging, SourceReader reader, Resolution resolution,
      ExtractionSoFar extraction, Map<SourceName, IngestedSource> entries) {
    SourceName name = reader.source();
    String folder = job.config().sourcePath(name);
    Optional<SourceFiles.Listing> listing = SourceFiles.list(folder, job.hadoop());
    List<IngestedSource.FileNotRead> notRead = new ArrayList<>();
    if (listing.isPresent()) {
      for (SourceFiles.NotRead n : listing.get().notRead()) {
        notRead.add(new IngestedSource.FileNotRead(n.path(), n.reason()));
        LOG.warn("{}: not read: {} ({})", name.folder(), n.path(), n.reason());
      }
    }
    if (listing.isEmpty() || listing.get().files().isEmpty()) {
      String why = listing.isEmpty() ? "does not exist"
          : listing.get().notRead().isEmpty() ? "is empty" : "holds no file to read";
      LOG.warn("{}: not delivered ({} {})", name.folder(), folder, why);
      entries.put(name, IngestedSource.notDelivered(folder, notRead));
      return null;
    }
    List<SourceFiles.Delivered> delivered = listing.get().files();
    List<String> files = delivered.stream().map(SourceFiles.Delivered::path).toList();
    // read once into a cache, counted, then written twice; the source that gives the extraction month
    // keeps its raw lines, for the records refused once the month is known
    boolean derives = extraction.month() == null && EXTRACTION_FROM.contains(name);
    SourceRead read = SourceRead.read(job.spark(), reader, files, job.config().source(name), resolution,
        extraction.month(), derives);
    if (derives) {
      derive(extraction, name, read);
      if (extraction.month() != null) read = read.afterExtraction(extraction.month());
    }
    List<FileCount> counts = read.counts(files);
    ParquetOutput.write(read.rows(), staging.source(name), job.config().output());
    ParquetOutput.write(read.quarantined(), staging.quarantine(name), job.config().output());
    long rows = job.spark().read().parquet(staging.source(name)).count(); // from the Parquet footers

    List<IngestedSource.FileVolume> volumes = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      FileCount count = counts.get(i);
      volumes.add(new IngestedSource.FileVolume(count.file(), delivered.get(i).bytes(),
          Instant.ofEpochMilli(delivered.get(i).modified()).toString(), count.linesRead(), count.linesAccepted(),
          count.linesQuarantined(), count.linesBlank(), count.linesDuplicate(), count.quarantinedByReason(),
          count.warningsByReason(), count.columnWarnings()));
      if (!count.columnWarnings().isEmpty()) {
        LOG.warn("{}: {}: {}", name.folder(), count.file(), String.join(", ", count.columnWarnings()));
      }
    }
    IngestedSource entry = IngestedSource.delivered(folder, notRead, rows, volumes);
    entries.put(name, entry);
    LOG.info("{}: {} lines read in {} file(s), {} accepted ({} duplicates), {} quarantined; {} rows written",
        name.folder(), entry.linesRead(), files.size(), entry.linesAccepted(), entry.linesDuplicate(),
        entry.linesQuarantined(), rows);
    return read;
  }

  /** The extraction month from the bulk of this source's dates ({@link ExtractionMonth}). */
  private static void derive(ExtractionSoFar extraction, SourceName name, SourceRead read) {
    String date = AfterExtraction.RECORD_DATE.get(name).column();
    SortedMap<YearMonth, Long> perMonth = read.acceptedPerMonth(date);
    YearMonth month = ExtractionMonth.of(perMonth);
    if (month == null) return;
    extraction.known = Extraction.derived(month, name.folder(), date, perMonth.lastKey());
    long after = perMonth.tailMap(month.plusMonths(1)).values().stream().mapToLong(Long::longValue).sum();
    LOG.info("extraction month {} (from {}.{}); {} record(s) dated later are quarantined as after_extraction",
        month, name.folder(), date, after);
  }

  private static void release(SourceRead read) {
    if (read != null) read.release();
  }

  private static String message(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InputException) return c.getMessage();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getName();
  }

  /** Rethrows any throwable as is (Spark's checked SparkException included) from a method that declares none. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
