package fr.vigie.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the effective configuration. Precedence, from weakest to strongest:
 *
 * <ol>
 *   <li>the defaults embedded in the jar (a copy of conf/vigie.yaml made by the build);
 *   <li>the --config file (may hold only the keys it changes);
 *   <li>the command line: --set key=value (value parsed as YAML), then --input / --output.
 * </ol>
 *
 * Every key of the file and of --set must exist in the defaults, except under {@link #FREE_MAPS}:
 * a typo fails with the dotted key instead of being ignored.
 */
public final class ConfigLoader {
  public static final String DEFAULTS_RESOURCE = "/fr/vigie/config/vigie.yaml";
  public static final String DEFAULT_FILE = "conf/vigie.yaml";
  /** Maps whose keys are free-form (not checked against the defaults). */
  static final Set<String> FREE_MAPS = Set.of("spark.conf");

  private static final ObjectMapper YAML = mapper();

  private ConfigLoader() {}

  /** The loaded configuration and the merged tree it came from (written next to the outputs). */
  public record Loaded(VigieConfig config, JsonNode tree) {
    public String toYaml() {
      try {
        return YAML.writeValueAsString(tree);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot serialise the effective configuration", e);
      }
    }
  }

  /**
   * @param configFile the --config file; null means {@link #DEFAULT_FILE} if it exists, else the defaults
   * @param overrides  --set key=value pairs, in order (later wins)
   * @param fixed      values set by dedicated options (--input → input.root), not YAML-parsed
   */
  public static Loaded load(String configFile, List<String> overrides, Map<String, String> fixed) {
    ObjectNode tree = defaults();
    Path file = configFile != null ? Path.of(configFile) : Path.of(DEFAULT_FILE);
    if (configFile != null || Files.exists(file)) {
      JsonNode fromFile = readFile(file);
      checkKnown(tree, fromFile, "", file.toString());
      merge(tree, fromFile);
    }
    for (String override : overrides == null ? List.<String>of() : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("Cannot use --set '" + override + "': expected key=value, e.g. panel.start=2018-01");
      }
      set(tree, override.substring(0, eq).strip(), parseValue(override.substring(eq + 1)), "--set");
    }
    fixed.forEach((key, value) -> set(tree, key, JsonNodeFactory.instance.textNode(value), "the command line"));
    return new Loaded(bind(tree), tree);
  }

  /** The embedded defaults alone. */
  public static VigieConfig defaultsOnly() {
    return bind(defaults());
  }

  static ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) throw new IllegalStateException("The jar has no " + DEFAULTS_RESOURCE + ": broken build");
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the embedded defaults " + DEFAULTS_RESOURCE, e);
    }
  }

  private static JsonNode readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Cannot read configuration file " + file + ": no such file");
    }
    try {
      JsonNode node = YAML.readTree(file.toFile());
      if (node == null || node.isMissingNode() || node.isNull()) return JsonNodeFactory.instance.objectNode();
      if (!node.isObject()) throw new ConfigException("Cannot read configuration file " + file + ": not a YAML mapping");
      return node;
    } catch (IOException e) {
      throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode parseValue(String raw) {
    try {
      JsonNode node = YAML.readTree(raw);
      return node == null || node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node;
    } catch (IOException e) {
      return JsonNodeFactory.instance.textNode(raw); // not YAML: take it as text
    }
  }

  /** Fails on any key of {@code given} that the defaults do not have. */
  private static void checkKnown(JsonNode known, JsonNode given, String prefix, String origin) {
    if (FREE_MAPS.contains(prefix.isEmpty() ? prefix : prefix.substring(0, prefix.length() - 1))) return;
    if (!known.isObject() || !given.isObject()) return;
    Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      JsonNode knownChild = known.get(field.getKey());
      if (knownChild == null) throw unknownKey(key + leafPath(field.getValue()), key, origin, known);
      checkKnown(knownChild, field.getValue(), key + ".", origin);
    }
  }

  private static void merge(ObjectNode target, JsonNode source) {
    Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
        merge(existingObject, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  /** Sets a dotted key; under a free map the rest of the key, dots included, is one map key. */
  private static void set(ObjectNode tree, String dottedKey, JsonNode value, String origin) {
    String[] parts = dottedKey.split("\\.");
    ObjectNode node = tree;
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (FREE_MAPS.contains(path.toString())) {
        node.set(String.join(".", List.of(parts).subList(i, parts.length)), value);
        return;
      }
      JsonNode child = node.get(parts[i]);
      if (path.length() > 0) path.append('.');
      path.append(parts[i]);
      if (child == null) throw unknownKey(dottedKey, path.toString(), origin, node);
      if (i == parts.length - 1) {
        if (child.isObject() && !value.isObject() && !value.isNull()) {
          throw new ConfigException("Cannot use " + origin + " " + dottedKey + ": it is a section, not a value;"
              + " set one of its keys: " + keys(child));
        }
        node.set(parts[i], value);
      } else if (child instanceof ObjectNode childObject) {
        node = childObject;
      } else {
        throw unknownKey(dottedKey, path.toString(), origin, node);
      }
    }
  }

  /**
   * The whole key as written ({@code no.such.key}), and the first part of it the defaults lack
   * ({@code no}), with the keys known at that level.
   */
  private static ConfigException unknownKey(String key, String unknownPart, String origin, JsonNode parent) {
    String where = key.equals(unknownPart) ? "" : " ('" + unknownPart + "' is not a key)";
    return new ConfigException("Unknown configuration key '" + key + "' in " + origin + where + " (known here: "
        + keys(parent) + "). Check the spelling against conf/vigie.yaml");
  }

  /** ".such.key" for a file's {@code no: {such: {key: 1}}} under an unknown {@code no}: the first leaf's path. */
  private static String leafPath(JsonNode node) {
    StringBuilder path = new StringBuilder();
    JsonNode current = node;
    while (current != null && current.isObject() && current.size() > 0) {
      Map.Entry<String, JsonNode> first = current.fields().next();
      path.append('.').append(first.getKey());
      current = first.getValue();
    }
    return path.toString();
  }

  private static String keys(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.stream().collect(Collectors.joining(", "));
  }

  private static VigieConfig bind(JsonNode tree) {
    try {
      return YAML.treeToValue(tree, VigieConfig.class);
    } catch (JsonMappingException e) {
      ConfigException cause = findCause(e);
      if (cause != null) throw cause;
      String key = e.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      throw new ConfigException("Cannot use configuration key '" + key + "': " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Cannot read the configuration: " + e.getOriginalMessage(), e);
    }
  }

  private static ConfigException findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConfigException c) return c;
    }
    return null;
  }

  private static ObjectMapper mapper() {
    SimpleModule months = new SimpleModule("vigie-months");
    months.addDeserializer(YearMonth.class, new YearMonthDeserializer());
    months.addSerializer(YearMonth.class, ToStringSerializer.instance);
    return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .registerModule(months);
  }

  /** yyyy-MM, as written in conf/vigie.yaml. */
  static final class YearMonthDeserializer extends StdDeserializer<YearMonth> {
    private static final long serialVersionUID = 1L;

    YearMonthDeserializer() {
      super(YearMonth.class);
    }

    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      try {
        return YearMonth.parse(text.strip());
      } catch (DateTimeParseException | NullPointerException e) {
        throw JsonMappingException.from(p, "expected a month yyyy-MM, got '" + p.getText() + "'");
      }
    }
  }
}
