package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manifest's {@code score} section, what {@code vigie score} wrote: the scored month
 * ({@code yyyy-MM}), its rows in scores/, the calibration method, the month's anchoring (target rate,
 * ratio, openings and establishment-months of its window, offset; each null, and written as null,
 * when the model is not anchored) and the two alert thresholds applied.
 */
@ManifestSection("score")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"periode", "rows", "calibration", "anchoring_target", "anchoring_ratio", "anchoring_openings",
    "anchoring_exposures", "anchoring_offset", "threshold_rouge", "threshold_orange"})
public record ScoreResult(
    @JsonProperty("periode") String periode,
    @JsonProperty("rows") long rows,
    @JsonProperty("calibration") String calibration,
    @JsonProperty("anchoring_target") Double anchoringTarget,
    @JsonProperty("anchoring_ratio") Double anchoringRatio,
    @JsonProperty("anchoring_openings") Long anchoringOpenings,
    @JsonProperty("anchoring_exposures") Long anchoringExposures,
    @JsonProperty("anchoring_offset") Double anchoringOffset,
    @JsonProperty("threshold_rouge") double thresholdRouge,
    @JsonProperty("threshold_orange") double thresholdOrange) {}
