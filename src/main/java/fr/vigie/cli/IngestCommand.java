package fr.vigie.cli;

import fr.vigie.job.Job;
import fr.vigie.source.Ingest;
import picocli.CommandLine.Command;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every source folder present under --input, decodes it with the typed codecs and writes, per source,"
          + " sources/<source>/ (typed Parquet) and quarantine/<source>/ (file, line, raw, reason), with per-file"
          + " counts (read = accepted + quarantined) in _manifest.json.",
      "An absent source folder is reported as not delivered, not as an error."
    })
final class IngestCommand extends JobCommand {
  @Override
  protected void run(Job job) {
    Ingest.run(job);
  }
}
