package org.aidnews.web.article;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.api.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /articles/{id}}: the cleaned article; {@code ?script=Hans} shows it converted to Simplified. */
@Controller
class ArticleController {
  private static final java.time.format.DateTimeFormatter FETCHED = java.time.format.DateTimeFormatter
      .ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT).withZone(java.time.ZoneId.of("Asia/Shanghai"));

  /** Back to the reader's results (query and filters kept) when they came from our search page. */
  static String backHref(String referer) {
    if (referer != null) {
      try {
        java.net.URI u = java.net.URI.create(referer);
        if ("/search".equals(u.getPath()) || "/".equals(u.getPath())) {
          return "/search" + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        }
      } catch (IllegalArgumentException e) {
        // not a URI: fall through
      }
    }
    return "/search";
  }
  private final ArticleSearch search;

  ArticleController(ArticleSearch search) {
    this.search = search;
  }

  @GetMapping("/articles/{id}")
  String article(@PathVariable("id") String id, @RequestParam(name = "script", required = false) String script,
      @RequestHeader(name = "Referer", required = false) String referer, Model model) throws IOException {
    var view = search.article(id)
        .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的文章。No article with id " + id + "."));
    boolean simplified = "Hans".equals(script) && "Hant".equals(view.article().script());
    String body = simplified ? ScriptConverter.get().toSimplified(view.body()) : view.body();
    String title = simplified ? ScriptConverter.get().toSimplified(view.article().title()) : view.article().title();
    List<String> paragraphs = Arrays.stream(body.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    model.addAttribute("a", view.article());
    model.addAttribute("title", title);
    model.addAttribute("paragraphs", paragraphs);
    model.addAttribute("simplified", simplified);
    model.addAttribute("copies", view.copies());
    model.addAttribute("fetchedLocal", FETCHED.format(view.article().fetchedAt()));
    model.addAttribute("backHref", backHref(referer));
    return "article";
  }
}
