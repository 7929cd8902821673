package org.aidnews.indexer.enrich.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Precision and recall of one facet over many pages: counts of items found right, found wrongly and missed. */
public final class FacetScore {
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private final List<String> mistakes = new ArrayList<>();

  /** Adds one page's expected and found items; mistakes are remembered with the page id. */
  public void add(String pageId, Collection<String> expected, Collection<String> found) {
    Set<String> e = new HashSet<>(expected);
    Set<String> f = new HashSet<>(found);
    for (String x : f) {
      if (e.contains(x)) {
        truePositives++;
      } else {
        falsePositives++;
        mistakes.add(pageId + ": extra " + x);
      }
    }
    for (String x : e) {
      if (!f.contains(x)) {
        falseNegatives++;
        mistakes.add(pageId + ": missed " + x);
      }
    }
  }

  public void addCounts(int tp, int fp, int fn) {
    truePositives += tp;
    falsePositives += fp;
    falseNegatives += fn;
  }

  /** 1.0 when nothing was found (no claim, no wrong claim). */
  public double precision() {
    return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
  }

  /** 1.0 when nothing was expected. */
  public double recall() {
    return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
  }

  public int truePositives() {
    return truePositives;
  }

  public int falsePositives() {
    return falsePositives;
  }

  public int falseNegatives() {
    return falseNegatives;
  }

  public List<String> mistakes() {
    return mistakes;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), truePositives,
        falsePositives, falseNegatives);
  }
}
