package org.aidnews.web.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.decode.PageDecoder;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.warc.WarcPageReader;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.AidnewsProperties;
import org.aidnews.web.api.NotFoundException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /articles/{id}/cached}: the page as the crawler saved it, read from the WARC file. The HTML
 * is cleaned to a safe subset (no scripts, styles, frames, forms or event handlers; links made
 * absolute and marked nofollow) and shown under a banner that says when and from where it was fetched.
 */
@Controller
class CachedCopyController {
  private static final DateTimeFormatter FETCHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));

  private final ArticleSearch search;
  private final Path warcRoot;
  private final PageDecoder decoder = new PageDecoder();

  CachedCopyController(ArticleSearch search, AidnewsProperties props) {
    this.search = search;
    this.warcRoot = props.warc().toAbsolutePath().normalize();
  }

  @GetMapping("/articles/{id}/cached")
  String cached(@PathVariable("id") String id, Model model) throws IOException {
    var view = search.article(id)
        .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的文章。No article with id " + id + "."));
    if (view.warcFile() == null || view.warcOffset() == null) {
      throw new NotFoundException("这篇文章没有保存的副本。No saved copy of this article.");
    }
    Path file = warcRoot.resolve(view.warcFile()).normalize();
    if (!file.startsWith(warcRoot) || !Files.isRegularFile(file)) {
      throw new NotFoundException("保存的副本已不在存档目录中。The saved copy is no longer in the WARC directory.");
    }
    FetchedPage page = read(file, view.warcOffset())
        .orElseThrow(() -> new NotFoundException("存档记录无法读取。The archived record cannot be read."));
    Decoded decoded = decoder.decode(page.body(), page.header("content-type"));
    String html = decoded == null ? "" : decoded.text();
    Document dirty = Jsoup.parse(html, page.url());
    // Hidden on the original (hacked sites hide spam links so), but the cleaner drops the style that hid
    // it: remove it first, so the copy shows what a reader of the original saw and no more.
    dirty.select("[hidden], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
    Safelist safelist = Safelist.relaxed()
        .removeTags("img") // images would be fetched from the original site: not from our origin
        .preserveRelativeLinks(false)
        .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    Document clean = new Cleaner(safelist).clean(dirty);
    for (Element a : clean.select("a[href]")) {
      String href = a.attr("abs:href");
      if (!(href.startsWith("http://") || href.startsWith("https://"))) {
        a.removeAttr("href");
      }
    }
    model.addAttribute("a", view.article());
    model.addAttribute("fetched", FETCHED.format(page.fetchedAt()));
    // The banner names the URL of the WARC record itself: where this copy really came from.
    model.addAttribute("source", page.url());
    model.addAttribute("charset", decoded == null ? "?" : decoded.charset());
    model.addAttribute("content", clean.body().html());
    return "cached";
  }

  /**
   * The record at {@code offset}; empty when the file there is damaged or the offset points into the
   * middle of a record (a WARC file replaced or repaired after indexing): a missing copy, not a server error.
   */
  private static Optional<FetchedPage> read(Path file, long offset) {
    try {
      return WarcPageReader.readAt(file, offset);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
