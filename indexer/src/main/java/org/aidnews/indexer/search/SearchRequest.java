package org.aidnews.indexer.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search, already validated.
 *
 * @param query   the user's query string (may be blank: everything matches)
 * @param filters facet filters: dimension → selected values (OR within a dimension, AND across);
 *                province values are paths "省/市/县"
 * @param from    earliest publish date, inclusive, or null
 * @param to      latest publish date, inclusive, or null
 * @param sort    relevance or newest
 * @param page    1-based page number
 * @param size    results per page
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
    int page, int size) {
  public static final int MAX_SIZE = 50;
  /** Deep paging is refused past this many results (a scraper's pattern, and costly). */
  public static final int MAX_DEPTH = 1000;

  public enum Sort { relevance, newest }

  public SearchRequest {
    query = query == null ? "" : query;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = Map.copyOf(copy);
    if (sort == null) {
      sort = Sort.relevance;
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, Sort.relevance, 1, 10);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
