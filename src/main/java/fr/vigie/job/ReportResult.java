package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manifest's {@code report} section, what {@code vigie report} wrote: the page's path, the
 * scored month it shows ({@code yyyy-MM}), its size in bytes, its number of charts and the rows of
 * its national top of alerts.
 */
@ManifestSection("report")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"path", "scored_month", "bytes", "charts", "top_alerts"})
public record ReportResult(
    @JsonProperty("path") String path,
    @JsonProperty("scored_month") String scoredMonth,
    @JsonProperty("bytes") long bytes,
    @JsonProperty("charts") int charts,
    @JsonProperty("top_alerts") int topAlerts) {}
