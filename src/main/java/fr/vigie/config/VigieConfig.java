package fr.vigie.config;

import java.util.EnumMap;
import java.util.Map;

/** The whole configuration, immutable. Built by {@link ConfigLoader}; see conf/vigie.yaml. */
public record VigieConfig(
    InputConfig input,
    OutputConfig output,
    Map<String, SourceConfig> sources,
    PanelConfig panel,
    LabelConfig labels,
    ScopeConfig scope,
    ModelConfig model,
    SampleConfig sample,
    SparkConfig spark) {

  public VigieConfig {
    required("input", input);
    required("output", output);
    required("sources", sources);
    required("panel", panel);
    required("labels", labels);
    required("scope", scope);
    required("model", model);
    required("sample", sample);
    required("spark", spark);
    for (SourceName name : SourceName.values()) {
      SourceConfig source = sources.get(name.folder());
      ConfigException.check(source != null, "sources." + name.folder(), null, "the source is not configured");
      source.validate("sources." + name.folder());
    }
    for (String key : sources.keySet()) {
      try {
        SourceName.fromFolder(key);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("Unknown configuration key 'sources." + key + "': not a source folder of inputs.md");
      }
    }
    sources = Map.copyOf(sources);
  }

  // every section is in the embedded defaults: a null means a file set the whole section to null
  private static void required(String section, Object value) {
    ConfigException.check(value != null, section, null, "the section is required");
  }

  public SourceConfig source(SourceName name) {
    return sources.get(name.folder());
  }

  /** Source configurations in {@link SourceName} order. */
  public Map<SourceName, SourceConfig> sourcesInOrder() {
    Map<SourceName, SourceConfig> ordered = new EnumMap<>(SourceName.class);
    for (SourceName name : SourceName.values()) ordered.put(name, source(name));
    return ordered;
  }

  /** The folder of a source: its configured path, else {@code <input.root>/<folder>}. */
  public String sourcePath(SourceName name) {
    String path = source(name).path();
    return path != null && !path.isBlank() ? path : input.root() + "/" + name.folder();
  }
}
