package org.aidnews.indexer.search;

import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.StoredArticle;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  number of matching articles
 * @param hits   the requested page of hits
 * @param facets dimension → values with counts (sideways counts for dimensions being filtered)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

  /**
   * One result.
   *
   * @param article        the stored article
   * @param titleHighlight title with matches in {@code <mark>}, HTML-escaped otherwise
   * @param snippet        passages of the body with matches in {@code <mark>}, HTML-escaped otherwise
   * @param copies         the other articles of its syndication cluster (same story on other sites), earliest first
   */
  public record Hit(StoredArticle article, String titleHighlight, String snippet, List<Copy> copies) {}

  /** A syndicated copy of a hit: the same story on another site. */
  public record Copy(String id, String url, String title, String source, java.time.LocalDate published) {}

  /** A facet value and its count; {@code children} for hierarchical dimensions (province). */
  public record FacetValue(String value, long count, List<FacetValue> children) {}
}
