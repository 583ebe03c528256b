package fr.vigie.panel.family;

import fr.vigie.config.LabelConfig;
import fr.vigie.config.PanelConfig;
import fr.vigie.config.ScopeConfig;
import fr.vigie.config.SourceName;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything the feature families read besides the records: the calendar, the month up to which
 * labels are known, the configuration, each source's publication delay, which sources were
 * delivered, and the open-data tables. Shipped to every task.
 */
public record PanelSettings(Calendar calendar, int labelEnd, PanelConfig panel, ScopeConfig scope, LabelConfig labels,
    Map<SourceName, Integer> delays, Set<SourceName> delivered, RegionalTables regional) implements Serializable {

  public PanelSettings {
    delays = new EnumMap<>(delays);
  }

  public int delay(SourceName source) {
    return delays.getOrDefault(source, 0);
  }

  public boolean has(SourceName source) {
    return delivered.contains(source);
  }
}
