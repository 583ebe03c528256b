package fr.vigie.cli;

import fr.vigie.config.InputConfig;
import fr.vigie.job.Job;
import fr.vigie.source.Ingest;
import fr.vigie.source.SourceFiles;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every source folder present under --input, decodes it with the typed codecs and writes, per source,"
          + " sources/<source>/ (typed Parquet) and quarantine/<source>/ (file, line, raw, reason), with per-file"
          + " counts (read = accepted + quarantined) in _manifest.json.",
      "An absent source folder is reported as not delivered, not as an error. All or nothing: the new sources/ and"
          + " quarantine/ replace the previous ones only once every source is written."
    })
final class IngestCommand extends JobCommand {
  @Option(names = "--as-of", paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
      description = "The month the deliveries were extracted in: URSSAF records dated after it are quarantined as"
          + " after_extraction. Default: derived from the bulk of the débits' processing dates. Overrides "
          + InputConfig.AS_OF + ".")
  YearMonth asOf;

  @Override
  protected Map<String, String> settings() {
    return withAsOf(common.fixedSettings(), asOf);
  }

  static Map<String, String> withAsOf(Map<String, String> settings, YearMonth asOf) {
    Map<String, String> all = new LinkedHashMap<>(settings);
    if (asOf != null) all.put(InputConfig.AS_OF, asOf.toString());
    return all;
  }

  @Override
  protected void preflight(Job job) {
    SourceFiles.checkRoot(job.config().input().root(), job.hadoop()); // nothing locked or written for a typo
  }

  @Override
  protected void run(Job job) {
    Ingest.run(job);
  }
}
