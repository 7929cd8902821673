package org.aidnews.indexer.enrich.syndication;

import java.util.HexFormat;

/**
 * Charikar's SimHash over character 3-grams of the normalised body: copies of one page (same text,
 * other ads or credits) get fingerprints within a few bits of each other; different articles differ
 * in about half the bits. The key is "same page" only: truncated or re-edited copies drift further
 * (see {@link SyndicationClusterer} for those).
 */
public final class SimHash {
  /** Fingerprints this close (Manku et al.'s k = 3) are the same page. */
  public static final int SAME_PAGE_DISTANCE = 3;
  private static final int GRAM = 3;

  private SimHash() {}

  public static long of(String normalized) {
    int[] votes = new int[64];
    int n = normalized.length() - GRAM + 1;
    if (n <= 0) {
      return normalized.isEmpty() ? 0L : Hashing.hash(normalized, 0, normalized.length());
    }
    for (int i = 0; i < n; i++) {
      long h = Hashing.hash(normalized, i, i + GRAM);
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
      }
    }
    long f = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        f |= 1L << b;
      }
    }
    return f;
  }

  /** 16 lower-case hex digits. */
  public static String hex(long fingerprint) {
    return HexFormat.of().toHexDigits(fingerprint);
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }
}
