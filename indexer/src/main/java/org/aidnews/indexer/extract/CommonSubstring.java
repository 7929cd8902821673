package org.aidnews.indexer.extract;

/** Longest common substring, the agreement measure between title candidates. */
final class CommonSubstring {
  /** Titles are short; longer inputs are cut so the quadratic table stays small. */
  private static final int MAX = 300;

  private CommonSubstring() {}

  static int length(String a, String b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    String x = a.length() > MAX ? a.substring(0, MAX) : a;
    String y = b.length() > MAX ? b.substring(0, MAX) : b;
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    int best = 0;
    for (int i = 1; i <= x.length(); i++) {
      char c = x.charAt(i - 1);
      for (int j = 1; j <= y.length(); j++) {
        cur[j] = c == y.charAt(j - 1) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) {
          best = cur[j];
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }
}
