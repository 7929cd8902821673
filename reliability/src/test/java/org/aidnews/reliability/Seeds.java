package org.aidnews.reliability;

/** One random seed per test JVM, printed so a failing run can be repeated with -Dreliability.seed=N. */
public final class Seeds {
  private static final long SEED = Long.getLong("reliability.seed", System.nanoTime());

  static {
    System.out.println("reliability.seed=" + SEED);
  }

  private Seeds() {}

  public static long seed() {
    return SEED;
  }
}
