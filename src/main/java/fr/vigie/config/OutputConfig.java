package fr.vigie.config;

import java.time.Duration;
import java.util.Set;

/** Where and how the job writes, and when a lock left by a command that died is stale. */
public record OutputConfig(String root, int filesPerPartition, String compression, int lockStaleMinutes) {
  private static final Set<String> CODECS = Set.of("snappy", "zstd", "gzip", "none", "uncompressed", "lz4");

  public OutputConfig {
    ConfigException.check(root != null && !root.isBlank(), "output.root", root, "must name a folder");
    ConfigException.check(filesPerPartition >= 1, "output.files-per-partition", filesPerPartition, "must be at least 1");
    ConfigException.check(CODECS.contains(compression), "output.compression", compression, "must be one of " + CODECS);
    ConfigException.check(lockStaleMinutes >= 1, "output.lock-stale-minutes", lockStaleMinutes, "must be at least 1");
  }

  public Duration lockStaleAfter() {
    return Duration.ofMinutes(lockStaleMinutes);
  }
}
