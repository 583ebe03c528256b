package fr.vigie.sample;

/**
 * A time-inhomogeneous Markov chain over latent health states with a monthly opening hazard per
 * state: what {@link Truth} needs. Month indexes are relative to the sample window (0 = first month);
 * they may run past the window (the horizon of the last months does).
 */
public interface Chain {
  /** Number of latent states. */
  int states();

  /** P[s][s'] of moving from state s at month u − 1 to state s' at month u; rows sum to 1. */
  double[][] transition(int u);

  /** h[s]: probability that a procedure opens in month u for a company in state s at u. */
  double[] hazard(int u);
}
