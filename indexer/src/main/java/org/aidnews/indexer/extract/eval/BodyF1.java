package org.aidnews.indexer.extract.eval;

/**
 * Character F1 of an extracted body against the labelled body, by longest common subsequence over the
 * texts with all whitespace removed: precision = LCS / extracted length, recall = LCS / labelled
 * length. Order-aware, so text from the wrong place or out of order does not count as found. Bodies
 * are a few thousand characters; the table is two rows of ints. Pairs too large for that (over 40 M
 * cells) are scored by the bag of character bigrams instead.
 */
public final class BodyF1 {
  private static final long MAX_CELLS = 40_000_000L;

  private BodyF1() {}

  public record Score(double precision, double recall, double f1) {}

  public static Score of(String extracted, String labelled) {
    String x = squeeze(extracted);
    String y = squeeze(labelled);
    if (x.isEmpty() && y.isEmpty()) {
      return new Score(1, 1, 1);
    }
    if (x.isEmpty() || y.isEmpty()) {
      return new Score(x.isEmpty() ? 1 : 0, y.isEmpty() ? 1 : 0, 0);
    }
    int common = (long) x.length() * y.length() <= MAX_CELLS ? lcs(x, y) : bigramOverlap(x, y);
    double p = (double) common / x.length();
    double r = (double) common / y.length();
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  static String squeeze(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
        b.append(c);
      }
    }
    return b.toString();
  }

  static int lcs(String x, String y) {
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int i = 1; i <= x.length(); i++) {
      char c = x.charAt(i - 1);
      for (int j = 1; j <= y.length(); j++) {
        cur[j] = c == y.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }

  private static int bigramOverlap(String x, String y) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < y.length(); i++) {
      counts.merge((y.charAt(i) << 16) | y.charAt(i + 1), 1, Integer::sum);
    }
    int common = 0;
    for (int i = 0; i + 1 < x.length(); i++) {
      int key = (x.charAt(i) << 16) | x.charAt(i + 1);
      Integer n = counts.get(key);
      if (n != null && n > 0) {
        counts.put(key, n - 1);
        common++;
      }
    }
    return common;
  }
}
