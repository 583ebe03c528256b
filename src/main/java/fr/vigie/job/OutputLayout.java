package fr.vigie.job;

import fr.vigie.config.SourceName;

/** The paths of the output root (panel.md, "Layout of the output root"). */
public record OutputLayout(String root) {
  public String source(SourceName source) {
    return root + "/sources/" + source.folder();
  }

  public String quarantine(SourceName source) {
    return root + "/quarantine/" + source.folder();
  }

  public String panel() {
    return root + "/panel";
  }

  public String panelEntreprise() {
    return root + "/panel_entreprise";
  }

  /** Balance sheets once per (siren, source, fiscal year): the panels join them on their closing day. */
  public String bilans() {
    return root + "/bilans";
  }

  public String model() {
    return root + "/model";
  }

  public String scores() {
    return root + "/scores";
  }

  public String report() {
    return root + "/report";
  }

  public String manifest() {
    return root + "/_manifest.json";
  }

  public String effectiveConfig() {
    return root + "/_effective_config.yaml";
  }
}
