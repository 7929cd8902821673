package org.aidnews.web.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.search.SearchParams;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/search} and {@code /api/articles/{id}}. Errors are {@code application/problem+json}. */
@RestController
class ApiController {
  private final ArticleSearch search;

  ApiController(ArticleSearch search) {
    this.search = search;
  }

  /** One hit as the API shows it; {@code titleHtml} and {@code snippet} are escaped HTML with {@code <mark>}. */
  record ApiHit(String id, String url, String title, String titleHtml, String snippet, LocalDate published,
      String source, List<String> provinces, List<String> hospitals, List<String> helperProvinces,
      List<String> recipientProvinces) {}

  record ApiFacetValue(String value, long count, List<ApiFacetValue> children) {}

  record ApiResult(long total, int page, int size, List<ApiHit> hits, Map<String, List<ApiFacetValue>> facets) {}

  @GetMapping(path = "/api/search", produces = "application/json")
  ApiResult search(@RequestParam MultiValueMap<String, String> params) throws IOException {
    SearchRequest request = SearchParams.parse(params, 10);
    SearchResult result = search.search(request);
    List<ApiHit> hits = result.hits().stream().map(h -> {
      var a = h.article();
      return new ApiHit(a.id(), a.url(), a.title(), h.titleHighlight(), h.snippet(), a.published(), a.source(),
          a.provinces(), a.hospitals(), a.helperProvinces(), a.recipientProvinces());
    }).toList();
    Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
    result.facets().forEach((dim, values) -> facets.put(dim, convert(values)));
    return new ApiResult(result.total(), request.page(), request.size(), hits, facets);
  }

  private static List<ApiFacetValue> convert(List<SearchResult.FacetValue> values) {
    return values.stream().map(v -> new ApiFacetValue(v.value(), v.count(),
        v.children().isEmpty() ? null : convert(v.children()))).toList();
  }

  record ApiSuggestions(String q, List<org.aidnews.indexer.search.NameSuggester.Suggestion> suggestions) {}

  /** Type-ahead: hospital and place names containing {@code q} (two characters or more). */
  @GetMapping(path = "/api/suggest", produces = "application/json")
  ApiSuggestions suggest(@RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "size", required = false, defaultValue = "8") String size) throws IOException {
    int n;
    try {
      n = Integer.parseInt(size);
    } catch (NumberFormatException e) {
      throw new org.aidnews.indexer.search.BadQueryException("size", "size 应为整数。'size' must be a whole number.");
    }
    return new ApiSuggestions(q == null ? "" : q, search.suggest(q, n));
  }

  record ApiArticle(Object article, String body, List<org.aidnews.indexer.search.SearchResult.Copy> copies) {}

  @GetMapping(path = "/api/articles/{id}", produces = "application/json")
  ResponseEntity<ApiArticle> article(@PathVariable("id") String id) throws IOException {
    return search.article(id)
        .map(v -> ResponseEntity.ok(new ApiArticle(v.article(), v.body(), v.copies())))
        .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的文章。No article with id " + id + "."));
  }
}
