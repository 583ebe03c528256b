package fr.vigie.report;

import fr.vigie.model.Metrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the report shows, gathered by {@link ReportJob} from metrics.json, the manifest,
 * panel/ and scores/, and rendered by {@link ReportHtml} without any further reading.
 *
 * @param outputRoot  the output root the report describes
 * @param generatedAt when the page was written (ISO-8601)
 * @param scored      the scored month: its rows and alert counts
 * @param metrics     model/metrics.json
 * @param sources     lines read, accepted and quarantined per source, in the manifest's order
 * @param coverage    share of in-scope rows where each feature family is known, per month
 * @param topAlerts   the highest scores of the scored month, by rang: the national top and each
 *                    département's top (see {@link ScoredAlerts#top})
 */
public record ReportData(
    String outputRoot,
    String generatedAt,
    ScoredMonth scored,
    Metrics metrics,
    List<SourceVolume> sources,
    Coverage coverage,
    List<TopAlert> topAlerts) {

  public ReportData {
    sources = List.copyOf(sources);
    topAlerts = List.copyOf(topAlerts);
  }

  /** The month of scores/ the report shows (yyyy-MM), its rows scored and alerts by level. */
  public record ScoredMonth(String month, long rows, long rouge, long orange) {}

  /** A source's line counts (manifest "sources") and its quarantine counts summed over its files. */
  /** @param linesDuplicate accepted lines identical to an earlier line of the source (counted once by the panel) */
  public record SourceVolume(String source, boolean delivered, long linesRead, long linesAccepted,
      long linesDuplicate, long linesQuarantined, Map<String, Long> quarantinedByReason) {
    public SourceVolume {
      quarantinedByReason = Collections.unmodifiableMap(new TreeMap<>(quarantinedByReason));
    }
  }

  /**
   * Coverage per month: {@code inScope.get(i)} rows of month {@code months.get(i)} are in scope,
   * and each family's share of them with its column known.
   */
  public record Coverage(List<String> months, List<Long> inScope, List<FamilyCoverage> families) {
    public Coverage {
      months = List.copyOf(months);
      inScope = List.copyOf(inScope);
      families = List.copyOf(families);
    }
  }

  /**
   * One feature family's coverage, one share per month (null when its column is absent from the
   * panel). For an event source (activité partielle, délais, CCSF) the share is that of the
   * establishments concerned, not a rate of missing data.
   */
  public record FamilyCoverage(String family, String column, boolean event, List<Double> shares) {
    public FamilyCoverage {
      shares = Collections.unmodifiableList(new ArrayList<>(shares)); // nulls allowed
    }
  }

  /**
   * One row of scores/ as an agent reads it.
   *
   * @param score    the calibrated probability
   * @param themes   the themes that raise the score, largest first
   * @param sentence why, in French, from the top themes
   * @param national whether the row is among the month's national top (shown without a filter);
   *                 the other rows are among their département's top only
   */
  public record TopAlert(String siret, String siren, String raisonSociale, double score, String alerte, int rang,
      String departement, String codeNaf, Integer effectif, List<ThemeShare> themes, String sentence,
      boolean national) {
    public TopAlert {
      themes = List.copyOf(themes);
    }
  }

  /** A theme that raises a score: its label, its share of the raised margin, its top variable's label. */
  public record ThemeShare(String theme, double share, String variable) {}
}
