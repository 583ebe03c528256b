package fr.vigie.cli;

import fr.vigie.config.ConfigLoader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every subcommand shares. */
public final class CommonOptions {

  @Option(names = "--input", paramLabel = "DIR",
      description = "Input root: one folder per source (docs/contract.md). Overrides input.root.")
  String input;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Output root (docs/contract.md). Overrides output.root.")
  String output;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: " + ConfigLoader.DEFAULT_FILE + " when it exists, else the embedded"
          + " defaults). It only needs the keys it changes.")
  String config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one configuration key, e.g. --set panel.start=2018-01 --set labels.horizon-months=12."
          + " Repeatable; the value is read as YAML.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--period", paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
      description = "The month to produce or score (default: the latest month the data allow).")
  YearMonth period;

  /** The values these options fix in the configuration, strongest of all. */
  Map<String, String> fixedSettings() {
    Map<String, String> fixed = new LinkedHashMap<>();
    if (input != null) fixed.put("input.root", input);
    if (output != null) fixed.put("output.root", output);
    return fixed;
  }

  public YearMonth period() {
    return period;
  }
}
