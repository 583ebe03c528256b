package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.YearMonth;

/**
 * The manifest's {@code extraction} section, written by {@code vigie ingest}: the extraction month
 * (records dated later are quarantined as {@code after_extraction}) and where it comes from. Three
 * shapes, as ingest always wrote them: set by {@code input.as-of} (month, from); derived from the bulk
 * of a source's dates (month, from, latest_date_seen); none (from alone, saying why). Months are
 * written {@code yyyy-MM}.
 */
@ManifestSection("extraction")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"month", "from", "latest_date_seen"})
public record Extraction(
    @JsonProperty("month") String month,
    @JsonProperty("from") String from,
    @JsonProperty("latest_date_seen") String latestDateSeen) {

  public static final String AS_OF = "input.as-of";
  public static final String NONE = "nothing: no dated débit or cotisation, and no input.as-of";

  /** The month set by {@code input.as-of}. */
  public static Extraction asOf(YearMonth month) {
    return new Extraction(month.toString(), AS_OF, null);
  }

  /** The month derived from the bulk of {@code source.column}'s dates, the latest of which is {@code latest}. */
  public static Extraction derived(YearMonth month, String source, String column, YearMonth latest) {
    return new Extraction(month.toString(), source + "." + column + " (the bulk of its dates)", latest.toString());
  }

  /** No month: no dated débit or cotisation, and no {@code input.as-of}. */
  public static Extraction none() {
    return new Extraction(null, NONE, null);
  }

  /** The extraction month, null when there is none. */
  public YearMonth yearMonth() {
    return month == null ? null : YearMonth.parse(month);
  }
}
