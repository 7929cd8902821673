package org.aidnews.web.search;

import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page ({@code /} and {@code /search}): same parameters and data as {@code /api/search}. */
@Controller
class SearchController {
  private final ArticleSearch search;
  private final MessageSource messages;

  SearchController(ArticleSearch search, MessageSource messages) {
    this.search = search;
    this.messages = messages;
  }

  @GetMapping({"/", "/search"})
  String search(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) throws IOException {
    SearchRequest request = SearchParams.parse(params, 10);
    SearchResult result = search.search(request);
    model.addAttribute("page", SearchPage.of(request, result, messages.getMessage("timeline.title", null, locale)));
    model.addAttribute("status", search.status());
    // An empty result says which single filter (or the dates, or the keywords) to drop, with counts.
    model.addAttribute("relaxations", result.total() == 0 ? Relaxation.of(request, search) : java.util.List.of());
    return "search";
  }
}
