package org.aidnews.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;

/**
 * Everything the search page shows, with every link already built, so the template only lays it
 * out. Each state (query, filters, dates, sort, page) lives in the URL, so any view can be
 * bookmarked or shared.
 */
public record SearchPage(SearchRequest request, SearchResult result, List<FacetBlock> facets, List<Chip> chips,
    List<PageLink> pages, String sortRelevanceHref, String sortNewestHref, String clearHref, String rssHref,
    String atomHref, String jsonFeedHref, String timelineSvg, PairMatrix matrix) {

  /** One facet dimension in the sidebar. */
  public record FacetBlock(String dim, String param, List<FacetLink> values) {}

  /** A facet value: clicking toggles it in the URL; {@code children} for the province tree. */
  public record FacetLink(String value, long count, boolean selected, String href, List<FacetLink> children) {}

  /** An active filter, with the link that removes it. */
  public record Chip(String dim, String value, String removeHref) {}

  public record PageLink(int number, String href, boolean current) {}

  static SearchPage of(SearchRequest request, SearchResult result, String timelineLabel) {
    List<FacetBlock> blocks = new ArrayList<>();
    for (String dim : Schema.FACET_DIMS) {
      List<SearchResult.FacetValue> values = result.facets().getOrDefault(dim, List.of());
      if (values.isEmpty()) {
        continue;
      }
      blocks.add(new FacetBlock(dim, SearchParams.paramOf(dim), links(request, dim, values, "")));
    }
    List<Chip> chips = new ArrayList<>();
    request.filters().forEach((dim, values) -> {
      for (String v : values) {
        chips.add(new Chip(dim, v, toggle(request, dim, v)));
      }
    });
    List<PageLink> pages = new ArrayList<>();
    long lastPage = Math.min((result.total() + request.size() - 1) / request.size(),
        SearchRequest.MAX_DEPTH / request.size());
    int first = Math.max(1, request.page() - 4);
    int last = (int) Math.min(lastPage, first + 8);
    for (int p = first; p <= last && lastPage > 1; p++) {
      pages.add(new PageLink(p, SearchParams.url("/search", request, Map.of(), p, null), p == request.page()));
    }
    return new SearchPage(request, result, blocks, chips, pages,
        SearchParams.url("/search", request, Map.of(), 1, "relevance"),
        SearchParams.url("/search", request, Map.of(), 1, "newest"),
        SearchParams.url("/search", new SearchRequest(request.query(), Map.of(), null, null, request.sort(), 1,
            request.size()), Map.of(), 1, null),
        SearchParams.url("/feed/rss", request, Map.of(), null, "relevance"),
        SearchParams.url("/feed/atom", request, Map.of(), null, "relevance"),
        SearchParams.url("/feed/json", request, Map.of(), null, "relevance"),
        CoverageChart.svg(result.facets().getOrDefault(Schema.F_MONTH, List.of()), timelineLabel),
        PairMatrix.of(request, result.facets().getOrDefault(Schema.F_PAIR, List.of())));
  }

  private static List<FacetLink> links(SearchRequest request, String dim, List<SearchResult.FacetValue> values,
      String prefix) {
    List<String> selected = request.filters().getOrDefault(dim, List.of());
    List<FacetLink> out = new ArrayList<>();
    for (SearchResult.FacetValue v : values) {
      String path = prefix + v.value();
      out.add(new FacetLink(v.value(), v.count(), selected.contains(path), toggle(request, dim, path),
          v.children().isEmpty() ? List.of() : links(request, dim, v.children(), path + "/")));
    }
    return out;
  }

  /** The URL with {@code value} added to or removed from the {@code dim} filter, back on page 1. */
  private static String toggle(SearchRequest request, String dim, String value) {
    List<String> values = new ArrayList<>(request.filters().getOrDefault(dim, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    Map<String, List<String>> replace = new LinkedHashMap<>();
    replace.put(dim, values);
    return SearchParams.url("/search", request, replace, 1, null);
  }
}
