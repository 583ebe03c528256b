package fr.vigie.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private static ConfigLoader.Loaded load(String file, String... sets) {
    return ConfigLoader.load(file, List.of(sets), Map.of());
  }

  @Test
  void embeddedDefaultsMatchTheSpecs() {
    VigieConfig config = ConfigLoader.defaultsOnly();
    assertThat(config.labels().horizonMonths()).as("label horizon (panel.md)").isEqualTo(18);
    assertThat(config.scope().minHeadcount()).as("perimeter headcount").isEqualTo(10);
    assertThat(config.panel().debtLags()).containsExactly(1, 2, 3, 6, 12);
    assertThat(config.panel().headcountLags()).containsExactly(6, 12, 18, 24);
    assertThat(config.source(SourceName.DIANE).encoding()).isEqualTo("UTF-16LE");
    assertThat(config.source(SourceName.AP_DEMANDES).separatorChar()).isEqualTo(',');
    assertThat(config.sourcesInOrder()).as("every source folder of inputs.md is configured")
        .hasSize(SourceName.values().length);
    assertThat(config.sourcePath(SourceName.DEBITS)).isEqualTo("input/debits");
  }

  @Test
  void theFileOnlyNeedsTheKeysItChanges() throws IOException {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, "panel:\n  start: 2019-03\nsources:\n  debits:\n    path: /data/debits\n");
    VigieConfig config = load(file.toString()).config();
    assertThat(config.panel().start()).isEqualTo(YearMonth.of(2019, 3));
    assertThat(config.panel().meanWindowMonths()).as("untouched default").isEqualTo(12);
    assertThat(config.sourcePath(SourceName.DEBITS)).isEqualTo("/data/debits");
    assertThat(config.source(SourceName.DEBITS).encoding()).as("sibling key kept").isEqualTo("UTF-8");
  }

  @Test
  void commandLineWinsOverSetWhichWinsOverTheFile() throws IOException {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, "labels:\n  horizon-months: 12\ninput:\n  root: /from/file\n");
    ConfigLoader.Loaded loaded = ConfigLoader.load(file.toString(),
        List.of("labels.horizon-months=6", "input.root=/from/set", "panel.debt-lags=[1, 3]"),
        Map.of("input.root", "/from/option"));
    assertThat(loaded.config().labels().horizonMonths()).isEqualTo(6);
    assertThat(loaded.config().input().root()).isEqualTo("/from/option");
    assertThat(loaded.config().panel().debtLags()).containsExactly(1, 3);
    assertThat(loaded.toYaml()).as("the effective configuration is written as YAML").contains("horizon-months: 6");
  }

  @Test
  void sparkConfAcceptsNewKeysWithDots() {
    VigieConfig config = load(null, "spark.conf.spark.executor.memory=4g").config();
    assertThat(config.spark().conf()).containsEntry("spark.executor.memory", "4g");
  }

  @Test
  void anUnknownKeyInTheFileIsNamed() throws IOException {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "labels:\n  horizon-month: 12\n");
    assertThatThrownBy(() -> load(file.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("labels.horizon-month")
        .hasMessageContaining(file.toString());
  }

  @Test
  void anUnknownSetKeyIsNamed() {
    assertThatThrownBy(() -> load(null, "panel.strat=2018-01"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("panel.strat");
    assertThatThrownBy(() -> load(null, "nosuchsection.key=1"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'nosuchsection.key'");
    // the whole key as written, not only its first unknown part
    assertThatThrownBy(() -> load(null, "no.such.key=1"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Unknown configuration key 'no.such.key' in --set ('no' is not a key)");
    assertThatThrownBy(() -> load(null, "panel.no.such=1"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'panel.no.such'").hasMessageContaining("('panel.no' is not a key)");
    assertThatThrownBy(() -> load(null, "panelstart"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key=value");
  }

  @Test
  void anUnknownSourceIsNamed() throws IOException {
    Path file = dir.resolve("source.yaml");
    Files.writeString(file, "sources:\n  debit:\n    path: x\n");
    assertThatThrownBy(() -> load(file.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.debit.path");
  }

  @Test
  void outOfRangeAndMistypedValuesNameTheirKey() {
    assertThatThrownBy(() -> load(null, "labels.horizon-months=0"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("labels.horizon-months");
    assertThatThrownBy(() -> load(null, "panel.start=2016-13"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("panel.start");
    assertThatThrownBy(() -> load(null, "scope.min-headcount=ten"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("scope.min-headcount");
    assertThatThrownBy(() -> load(null, "sources.diane.encoding=UTF-17"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("sources.diane.encoding");
    assertThatThrownBy(() -> load(null, "panel.start=2016-01", "panel.end=2015-01"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("panel.end");
    assertThatThrownBy(() -> load(null, "model.gbt=3"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("model.gbt");
    assertThatThrownBy(() -> load(null, "model.max-fit-rows=10"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("model.max-fit-rows");
  }

  @Test
  void aMissingConfigFileIsNamed() {
    assertThatThrownBy(() -> load(dir.resolve("absent.yaml").toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.yaml");
  }
}
