package org.aidnews.indexer.enrich.syndication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups syndicated copies across articles with MinHash signatures and LSH banding: each signature is
 * cut into {@code bands} bands of {@code rows} rows; two articles sharing any band are candidates
 * (probability 1 − (1 − J^rows)^bands for Jaccard J), and a candidate pair is joined when its estimated
 * Jaccard reaches {@code minSimilarity} or the shorter body is nearly all contained in the longer
 * ({@link #MIN_CONTAINMENT}: a copy cut to its first paragraphs). Copies of copies join one cluster
 * (union–find). Not thread-safe: one indexing pass adds all articles, then asks once.
 *
 * <p>Why 32 bands of 4 rows (was 16 × 8): re-edited copies measured on the sample sites have Jaccard
 * 0.5–0.75 over 5-shingles and a truncated copy about 0.5, where 16 × 8 finds a pair with probability
 * 0.23–0.91 (it missed a 0.73 pair); 32 × 4 finds them with 0.87–1.0, while unrelated reports of the
 * same event (Jaccard under 0.15) become candidates with probability under 0.02 and are then rejected
 * by the verification anyway.
 *
 * <pre>{@code
 * SyndicationClusterer c = new SyndicationClusterer();
 * for (EnrichedArticle a : articles) c.add(a.id(), a.article().published(), a.bodySimplified());
 * for (SyndicationCluster cluster : c.clusters()) ...   // only groups of two or more
 * }</pre>
 */
public final class SyndicationClusterer {
  /** Verified similarity for a copy: a truncated or re-edited copy keeps about 0.8, distinct articles stay below 0.3. */
  public static final double DEFAULT_MIN_SIMILARITY = 0.5;
  public static final int DEFAULT_BANDS = 32;
  /**
   * Estimated share of the shorter body's shingles found in the longer one for a truncated copy: the
   * sample sites' truncated copy measures 0.8–1.0, different reports of one event under 0.3.
   */
  public static final double MIN_CONTAINMENT = 0.7;
  /** Bodies with fewer distinct shingles are too short to call a copy by containment alone. */
  static final int MIN_CONTAINED_SHINGLES = 60;

  private final int bands;
  private final int rows;
  private final double minSimilarity;
  private final List<String> ids = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  public SyndicationClusterer() {
    this(DEFAULT_BANDS, DEFAULT_MIN_SIMILARITY);
  }

  public SyndicationClusterer(int bands, double minSimilarity) {
    if (bands <= 0 || MinHash.PERMUTATIONS % bands != 0) {
      throw new IllegalArgumentException("bands must divide " + MinHash.PERMUTATIONS + ": " + bands);
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    this.bands = bands;
    this.rows = MinHash.PERMUTATIONS / bands;
    this.minSimilarity = minSimilarity;
    for (int b = 0; b < bands; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /**
   * Adds one article. {@code body} is its Simplified body; too short a body (under five letters) is
   * kept as a cluster of its own. Adding an id twice replaces nothing: the second is ignored.
   */
  public void add(String id, LocalDate published, String body) {
    if (index.containsKey(id)) {
      return;
    }
    int i = ids.size();
    index.put(id, i);
    ids.add(id);
    dates.add(published);
    String normalized = BodyNormalizer.normalize(body);
    long[] sig = MinHash.signature(normalized);
    signatures.add(sig);
    sizes.add(sig == null ? 0 : MinHash.shingleCount(normalized));
    if (sig == null) {
      return;
    }
    for (int b = 0; b < bands; b++) {
      long h = 0x84222325cbf29ce4L;
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h ^ sig[b * rows + r]);
      }
      buckets.get(b).computeIfAbsent(h, k -> new ArrayList<>()).add(i);
    }
  }

  /** Estimated similarity of two added articles, or 0 when either is unknown or too short. */
  public double similarity(String a, String b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    if (i == null || j == null || signatures.get(i) == null || signatures.get(j) == null) {
      return 0;
    }
    return MinHash.similarity(signatures.get(i), signatures.get(j));
  }

  /** Groups of two or more copies, largest first. */
  public List<SyndicationCluster> clusters() {
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Map<Long, List<Integer>> band : buckets) {
      for (List<Integer> bucket : band.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            if (find(parent, a) != find(parent, b) && copies(a, b)) {
              parent[find(parent, a)] = find(parent, b);
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<SyndicationCluster> out = new ArrayList<>();
    Comparator<Integer> order = Comparator.<Integer, LocalDate>comparing(dates::get, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Comparator.naturalOrder());
    for (List<Integer> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      g.sort(order);
      out.add(new SyndicationCluster(ids.get(g.get(0)), g.stream().map(ids::get).toList()));
    }
    out.sort(Comparator.comparingInt((SyndicationCluster c) -> -c.memberIds().size()).thenComparing(SyndicationCluster::canonicalId));
    return out;
  }

  private boolean copies(int a, int b) {
    long[] x = signatures.get(a);
    long[] y = signatures.get(b);
    if (MinHash.similarity(x, y) >= minSimilarity) {
      return true;
    }
    int sa = sizes.get(a);
    int sb = sizes.get(b);
    return Math.min(sa, sb) >= MIN_CONTAINED_SHINGLES && MinHash.containment(x, sa, y, sb) >= MIN_CONTAINMENT;
  }

  /** Estimated containment of the shorter of two added articles in the longer, or 0. */
  public double containment(String a, String b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    if (i == null || j == null || signatures.get(i) == null || signatures.get(j) == null) {
      return 0;
    }
    return MinHash.containment(signatures.get(i), sizes.get(i), signatures.get(j), sizes.get(j));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
