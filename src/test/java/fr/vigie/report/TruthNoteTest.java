package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.Metrics;
import org.junit.jupiter.api.Test;

/** On generated data, the report compares the trees with the truth, the observable ceiling and the baseline. */
class TruthNoteTest {

  @Test
  void theCeilingAndEveryScoreOnTheSameRows() {
    Metrics.Truth truth = new Metrics.Truth("s/_truth/probabilites", 18, 3_957, 0.228, 0.91, 0.060, 0.060 / 0.228,
        "s/_truth/observable", 0.150, 0.85, 0.054, 0.060 / 0.150);
    String html = ModelSections.truth(truth);
    assertThat(html).contains(FrenchNumbers.integer(3_957) + " lignes de test", "plafond observable", "_truth/model.json");
    assertThat(html).contains("<td>vraies probabilités (état latent)</td><td class=\"num\">0,228</td>"
        + "<td class=\"num\">0,910</td><td class=\"num\">" + FrenchNumbers.percent(0.060 / 0.228, 1) + "</td>");
    assertThat(html).contains("<td>plafond observable (fichiers publiés)</td><td class=\"num\">0,150</td>"
        + "<td class=\"num\">0,850</td><td class=\"num\">" + FrenchNumbers.percent(0.4, 1) + "</td>");
    assertThat(html).contains("<td>" + ModelSections.MODEL + "</td><td class=\"num\">0,060</td>");
    assertThat(html).contains("<td>" + ModelSections.BASELINE + "</td><td class=\"num\">0,054</td>");
  }

  @Test
  void aSampleWithoutTheCeilingShowsTheTruthAlone() {
    Metrics.Truth truth = new Metrics.Truth("s/_truth/probabilites", 18, 100, 0.2, 0.9, 0.05, 0.25,
        null, null, null, null, null);
    String html = ModelSections.truth(truth);
    assertThat(html).contains("vraies probabilités").doesNotContain("plafond").doesNotContain(ModelSections.BASELINE);
  }
}
