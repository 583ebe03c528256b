package fr.vigie.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A score's TreeSHAP contributions summed per theme. Shapley values are additive, so a theme's
 * contribution is exactly the sum of its variables' and the themes' contributions add up to the
 * same {@code margin - expectedMargin} as the variables'. The themes that raise the score are those
 * with a positive sum; the "raised margin" is the sum of those, and each theme's share is its part
 * of it (the shares add up to 1).
 */
public final class ThemeContributions {
  /**
   * One theme that raises the score.
   *
   * @param contribution the sum of its variables' contributions (margin units: half the log-odds)
   * @param share        contribution / the summed contributions of every theme that raises the score
   * @param topSlot      the feature slot of its variable with the largest contribution
   */
  public record ThemeShare(Theme theme, double contribution, double share, int topSlot) {}

  private ThemeContributions() {}

  /** The contribution of each theme, indexed by {@link Theme#ordinal()}. */
  public static double[] sums(double[] contributions, Theme[] themeOfSlot) {
    check(contributions, themeOfSlot);
    double[] sums = new double[Theme.values().length];
    for (int i = 0; i < contributions.length; i++) sums[themeOfSlot[i].ordinal()] += contributions[i];
    return sums;
  }

  /**
   * The themes whose summed contribution is strictly positive, largest first (ties: the order of
   * {@link Theme}), each with its share of the raised margin and its top variable (ties: the lower
   * slot). Empty when no theme raises the score.
   */
  public static List<ThemeShare> raising(double[] contributions, Theme[] themeOfSlot) {
    double[] sums = sums(contributions, themeOfSlot);
    double raised = 0;
    for (double s : sums) if (s > 0) raised += s;
    List<ThemeShare> out = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      double sum = sums[theme.ordinal()];
      if (sum <= 0) continue;
      int top = -1;
      for (int i = 0; i < contributions.length; i++) {
        if (themeOfSlot[i] == theme && (top < 0 || contributions[i] > contributions[top])) top = i;
      }
      out.add(new ThemeShare(theme, sum, sum / raised, top));
    }
    out.sort(Comparator.comparingDouble(ThemeShare::contribution).reversed()
        .thenComparingInt(s -> s.theme().ordinal()));
    return out;
  }

  private static void check(double[] contributions, Theme[] themeOfSlot) {
    if (contributions.length != themeOfSlot.length) {
      throw new IllegalArgumentException("Cannot sum contributions by theme: " + contributions.length
          + " contributions for " + themeOfSlot.length + " themed features");
    }
  }
}
