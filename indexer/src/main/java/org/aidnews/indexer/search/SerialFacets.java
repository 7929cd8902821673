package org.aidnews.indexer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts shared between threads, read one thread at a time.
 *
 * <p>Why: the counts of a listing are cached per reader and read by every request that shows the
 * same listing. Lucene's sorted-set facet counts resolve labels through a doc-values iterator held
 * inside the counts object, and those iterators are not thread-safe: two requests reading the same
 * cached counts at once corrupted each other's label lookups (ArrayIndexOutOfBoundsException deep
 * in the doc-values terms dictionary, seen as HTTP 500s under concurrent load). Reading labels from
 * counted ordinals is cheap next to counting, so a lock per cached entry costs little.
 */
final class SerialFacets extends Facets {
  private final Facets counts;

  SerialFacets(Facets counts) {
    this.counts = counts;
  }

  @Override
  public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
    return counts.getAllChildren(dim, path);
  }

  @Override
  public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    return counts.getTopChildren(topN, dim, path);
  }

  @Override
  public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
    return counts.getSpecificValue(dim, path);
  }

  @Override
  public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
    return counts.getAllDims(topN);
  }

  @Override
  public synchronized List<FacetResult> getTopDims(int topDims, int topChildren) throws IOException {
    return counts.getTopDims(topDims, topChildren);
  }
}
