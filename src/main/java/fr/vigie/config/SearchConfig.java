package fr.vigie.config;

import java.util.List;

/**
 * The hyper-parameter search of {@code vigie train} (model.search): each candidate is fitted on the
 * inner-fit sirens of the fit rows and judged by its average precision on the inner-validation
 * sirens; the best is refitted on every fit row. Off, the trees are model.gbt with
 * model.positive-weight-factor.
 *
 * @param enabled                   false: one fit with model.gbt, as before the search existed
 * @param innerValidationFraction   share of the fit sirens held out to judge the candidates
 * @param candidates                tried in this order; a tie keeps the earlier one
 */
public record SearchConfig(boolean enabled, double innerValidationFraction, List<SearchCandidate> candidates) {
  public SearchConfig {
    ConfigException.check(innerValidationFraction > 0 && innerValidationFraction < 1,
        "model.search.inner-validation-fraction", innerValidationFraction, "must be in (0, 1)");
    ConfigException.check(candidates != null && !candidates.isEmpty(), "model.search.candidates", candidates,
        "must list at least one candidate");
    candidates = List.copyOf(candidates);
  }
}
