package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manifest's {@code panel} section, what {@code vigie panel} built: its calendar (months
 * {@code yyyy-MM}), the --period it wrote alone (null: every month, written as null), the sources it
 * read (folder names joined by commas, in SourceName order, as the section always held them) and the
 * rows written to panel/, panel_entreprise/ and bilans/.
 */
@ManifestSection("panel")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"start", "end", "labels_known_until", "period", "sources", "rows", "rows_entreprise",
    "rows_bilans"})
public record PanelResult(
    @JsonProperty("start") String start,
    @JsonProperty("end") String end,
    @JsonProperty("labels_known_until") String labelsKnownUntil,
    @JsonProperty("period") String period,
    @JsonProperty("sources") String sources,
    @JsonProperty("rows") long rows,
    @JsonProperty("rows_entreprise") long rowsEntreprise,
    @JsonProperty("rows_bilans") long rowsBilans) {}
