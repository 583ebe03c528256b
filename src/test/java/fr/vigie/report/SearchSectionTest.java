package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report lists the search's candidates in order, marks the chosen one, and says which rows judged them. */
class SearchSectionTest {

  @Test
  void everyCandidateInOrderWithTheChosenOneMarked() {
    Metrics.Search search = new Metrics.Search(0.25, new Metrics.Count(9_000, 150, 380),
        new Metrics.Count(3_100, 40, 127), List.of(
            new Metrics.Candidate(3, 60, 0.1, 100, 0.05, 2.9, 0.051, 0.62, 14.2),
            new Metrics.Candidate(5, 150, 0.05, 30, 0.2, 11.6, 0.064, 0.66, 61.0)), 1, 80.5);
    String html = ModelSections.search(search);
    assertThat(html).contains(FrenchNumbers.integer(3_100) + " lignes de " + FrenchNumbers.integer(127) + " autres siren");
    assertThat(html).contains("<td>1</td><td class=\"num\">3</td><td class=\"num\">60</td><td class=\"num\">0,10</td>");
    assertThat(html).contains("<td>2 (retenu)</td><td class=\"num\">5</td><td class=\"num\">150</td>");
    assertThat(html).contains("<td class=\"num\">0,064</td>").doesNotContain("1 (retenu)");
    // off: no section in the page
    assertThat(ModelSections.performance(ReportFixtures.metrics())).doesNotContain("Recherche des hyper-paramètres");
  }
}
