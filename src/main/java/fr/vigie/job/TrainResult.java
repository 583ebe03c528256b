package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manifest's {@code train} section, the summary of what {@code vigie train} fitted (the full
 * figures are in model/metrics.json): its training and test months ({@code yyyy-MM}), the test AUCPR
 * of the boosted trees and of the logistic baseline, the calibration method and the Brier score of
 * the test rows before and after it, whether the probabilities are anchored, the number of features
 * and the share of negative fit rows kept. A manifest written before anchoring existed reads as
 * {@code anchoring} false.
 */
@ManifestSection("train")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"train_first", "train_last", "test_first", "test_last", "aucpr", "aucpr_baseline", "calibration",
    "brier_raw", "brier_calibrated", "anchoring", "features", "negative_sample_rate"})
public record TrainResult(
    @JsonProperty("train_first") String trainFirst,
    @JsonProperty("train_last") String trainLast,
    @JsonProperty("test_first") String testFirst,
    @JsonProperty("test_last") String testLast,
    @JsonProperty("aucpr") double aucpr,
    @JsonProperty("aucpr_baseline") double aucprBaseline,
    @JsonProperty("calibration") String calibration,
    @JsonProperty("brier_raw") double brierRaw,
    @JsonProperty("brier_calibrated") double brierCalibrated,
    @JsonProperty("anchoring") boolean anchoring,
    @JsonProperty("features") int features,
    @JsonProperty("negative_sample_rate") double negativeSampleRate) {}
