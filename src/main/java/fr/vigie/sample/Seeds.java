package fr.vigie.sample;

import java.util.SplittableRandom;

/**
 * Random streams keyed by (seed, company, purpose): what a company looks like never depends on how
 * companies are spread over partitions, and writing its lines never changes its history.
 */
public final class Seeds {
  /** Streams of a company. */
  public static final int SIZE = 0;
  public static final int HISTORY = 1;
  public static final int LINES = 2;
  public static final int GLOBAL = 3;

  private Seeds() {}

  public static SplittableRandom stream(long seed, long index, int purpose) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) ^ index));
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
