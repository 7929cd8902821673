package org.aidnews.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.solr.ArticleSearch;

/**
 * What to relax when a search finds nothing: each active filter, the date range and the keywords are
 * dropped one at a time and counted, so the empty page can say "without 年份：2021 there are 12" and
 * link there, instead of a generic hint. Only runs on empty results (a handful of count-only searches).
 *
 * @param dim   the filter dimension dropped (a facet dim), or "dates" or "query"
 * @param value the value dropped (the filter value, the date range, or the keywords)
 * @param count how many articles match without it
 * @param href  the search without it
 */
public record Relaxation(String dim, String value, long count, String href) {
  static final int MAX = 5;

  static List<Relaxation> of(SearchRequest request, ArticleSearch search) throws IOException {
    List<Relaxation> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      for (String v : f.getValue()) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> rest = new ArrayList<>(f.getValue());
        rest.remove(v);
        if (rest.isEmpty()) {
          filters.remove(f.getKey());
        } else {
          filters.put(f.getKey(), rest);
        }
        add(out, search, f.getKey(), v, with(request, request.query(), filters, true));
      }
    }
    if (request.from() != null || request.to() != null) {
      String range = (request.from() == null ? "" : request.from().toString()) + "–"
          + (request.to() == null ? "" : request.to().toString());
      add(out, search, "dates", range, with(request, request.query(), request.filters(), false));
    }
    boolean narrowed = !request.filters().isEmpty() || request.from() != null || request.to() != null;
    if (!request.query().isBlank() && narrowed) {
      add(out, search, "query", request.query(), with(request, "", request.filters(), true));
    }
    out.sort(Comparator.comparingLong(Relaxation::count).reversed());
    return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : List.copyOf(out);
  }

  private static SearchRequest with(SearchRequest r, String query, Map<String, List<String>> filters, boolean dates) {
    return new SearchRequest(query, filters, dates ? r.from() : null, dates ? r.to() : null, r.sort(), 1, r.size());
  }

  private static void add(List<Relaxation> out, ArticleSearch search, String dim, String value, SearchRequest r)
      throws IOException {
    long count = search.search(new SearchRequest(r.query(), r.filters(), r.from(), r.to(), r.sort(), 1, 1)).total();
    if (count > 0) {
      out.add(new Relaxation(dim, value, count, SearchParams.url("/search", r, Map.of(), 1, null)));
    }
  }
}
