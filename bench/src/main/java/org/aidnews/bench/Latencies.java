package org.aidnews.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and the percentiles the reports use (nearest-rank). */
final class Latencies {
  private long[] samples = new long[1024];
  private int n;

  synchronized void add(long nanos) {
    if (n == samples.length) {
      samples = Arrays.copyOf(samples, n * 2);
    }
    samples[n++] = nanos;
  }

  synchronized void addAll(Latencies other) {
    for (int i = 0; i < other.n; i++) {
      add(other.samples[i]);
    }
  }

  synchronized int count() {
    return n;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds. */
  synchronized double percentileMs(double p) {
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
  }

  synchronized double meanMs() {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += samples[i];
    }
    return n == 0 ? Double.NaN : sum / 1e6 / n;
  }
}
