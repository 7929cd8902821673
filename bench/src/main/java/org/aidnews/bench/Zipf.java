package org.aidnews.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: the rank-frequency law real
 * word counts follow. The cumulative table is built once; a draw is one binary search.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = i >= 0 ? i : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }

  int size() {
    return cumulative.length;
  }
}
