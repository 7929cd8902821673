package org.aidnews.reliability.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every XSS payload placed where a crawled page can put it (title and body, raw and
 * entity-encoded) and where a visitor can put it (query string, filters, path), then read back
 * from every surface: article page, saved copy, search page, JSON API, RSS, Atom and JSON Feed.
 * HTML must show the payload only as text; feeds must be well-formed and carry the title as text;
 * JSON strings must equal the text the indexer extracted, under a JSON content type.
 */
public final class XssSweep {
  /**
   * Payloads tried, checks made, problems (payload markup that became markup, or text that did not
   * round-trip), and notes (answers that are not the expected kind but carry no payload markup,
   * such as the servlet container's own HTML 400 page on an API path).
   */
  public record Result(int payloads, int checks, int unescaped, List<String> problems, List<String> notes) {}

  private final List<String> payloads = XssPayloads.all();
  private final JsonMapper json = JsonMapper.builder().build();

  /** The crawled pages carrying the payloads (one per payload). */
  public List<WarcCorpus.Page> pages() {
    List<WarcCorpus.Page> pages = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      pages.add(page(i));
    }
    return pages;
  }

  private WarcCorpus.Page page(int i) {
    String p = payloads.get(i);
    String escaped = org.jsoup.nodes.Entities.escape(p);
    String body = "<p>" + AidArticles.CANARY + "：专家团队到" + escaped + "开展带教。编号 " + token(i) + "。</p>"
        + "<p>对口支援医院签署医联体协议，" + p + "远程会诊和双向转诊持续推进，" + AidArticles.CANARY + "成效明显。</p>"
        + "<p>援疆医生累计开展新技术新项目十余项，填补了多项技术空白，受到当地群众欢迎。</p>";
    String html = AidArticles.page(AidArticles.CANARY + p, LocalDate.of(2024, 5, 1), "测试日报" + escaped, body)
        .replace("<h1>" + AidArticles.CANARY + p + "</h1>", "<h1>" + AidArticles.CANARY + escaped + "</h1>");
    return WarcCorpus.html("http://xss.test/2024/05/t20240501_" + i + ".html", Instant.parse("2026-11-02T00:00:00Z"),
        html);
  }

  /** A plain token only article {@code i} contains, to find it by search. */
  static String token(int i) {
    return "zq" + i + "kv";
  }

  /** Runs every check against a portal whose index holds {@link #pages()}. */
  public Result run(Http http) throws Exception {
    Pipeline pipeline = Pipeline.standard();
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> rejectedCarriers = new ArrayList<>();
    int checks = 0;
    for (int i = 0; i < payloads.size(); i++) {
      String marker = XssPayloads.marker(i);
      WarcCorpus.Page page = page(i);
      PageOutcome o = pipeline.process(new FetchedPage(page.url(), page.fetchedAt(), 200,
          Map.of("content-type", page.contentType()), page.body()));
      String id = Pipeline.articleId(page.url());
      Set<String> titles = o.enriched() == null ? Set.of() : new java.util.HashSet<>(java.util.Arrays.asList(
          o.enriched().article().title(), o.enriched().titleSimplified()));
      String where = "payload " + i + " " + abbreviate(payloads.get(i)) + ": ";
      if (!o.indexed()) {
        // A page the pipeline refuses is never shown, which is safe; but the sweep must still test
        // nearly every payload, so more than a tenth refused counts as a problem (checked below).
        rejectedCarriers.add(where + "the pipeline rejected the carrier page (" + o.reject() + ")");
        continue;
      }
      // Stored: the crawled page's title and body.
      checks += html(http, "/articles/" + id, marker, true, where, problems);
      checks += html(http, "/articles/" + id + "/cached", marker, false, where, problems);
      // The search page need not show the marker: the snippet may come from another part of the body.
      checks += html(http, "/search?q=" + enc(token(i)), marker, false, where, problems);
      checks += apiArticle(http, id, titles, where, problems);
      checks += apiSearch(http, "/api/search?q=" + enc(token(i)), id, titles, marker, where, problems);
      checks += xmlFeed(http, "/feed/rss?q=" + enc(token(i)), "item", titles, marker, where, problems);
      checks += xmlFeed(http, "/feed/atom?q=" + enc(token(i)), "entry", titles, marker, where, problems);
      checks += jsonFeed(http, "/feed/json?q=" + enc(token(i)), titles, marker, where, problems);
      // Reflected: the payload in the visitor's request.
      String q = enc(payloads.get(i));
      for (String path : List.of("/search?q=" + q, "/?q=" + q + "&province=" + q, "/agreements?q=" + q,
          "/hospitals/" + q, "/articles/" + q, "/search?page=" + q, "/search?from=" + q)) {
        checks += html(http, path, marker, false, where, problems);
      }
      checks += xmlFeed(http, "/feed/rss?q=" + q, "item", null, marker, where, problems);
      checks += xmlFeed(http, "/feed/atom?q=" + q, "entry", null, marker, where, problems);
      checks += jsonContentType(http, "/api/search?q=" + q, marker, where, problems, notes);
      checks += jsonContentType(http, "/api/articles/" + q, marker, where, problems, notes);
      checks += jsonContentType(http, "/api/search?page=" + q, marker, where, problems, notes);
    }
    long unescaped = problems.stream().filter(p -> !p.contains("nothing to check")).count();
    notes.addAll(rejectedCarriers);
    if (rejectedCarriers.size() > payloads.size() / 10) {
      problems.add(rejectedCarriers.size() + " of " + payloads.size() + " carrier pages were rejected by the pipeline:"
          + " too few payloads reached the outputs");
    }
    return new Result(payloads.size(), checks, (int) unescaped, List.copyOf(problems), List.copyOf(notes));
  }

  private static int html(Http http, String path, String marker, boolean mustShow, String where, List<String> problems)
      throws Exception {
    Http.Response r = http.get(path);
    if (r.status() >= 500) {
      problems.add(where + path + " answered " + r.status());
      return 1;
    }
    for (String p : XssProbe.html(r.body(), marker)) {
      problems.add(where + path + ": " + p);
    }
    if (mustShow && r.status() == 200 && !XssProbe.shownAsText(r.body(), marker)) {
      problems.add(where + path + ": the payload is not shown as text at all (dropped or mangled?)");
    }
    return 1;
  }

  private int apiArticle(Http http, String id, Set<String> titles, String where, List<String> problems)
      throws Exception {
    Http.Response r = http.get("/api/articles/" + id);
    if (!isJson(r, "application/json")) {
      problems.add(where + "/api/articles: status " + r.status() + ", content type " + r.header("content-type"));
      return 1;
    }
    String title = json.readTree(r.body()).path("article").path("title").asString();
    if (!titles.contains(title)) {
      problems.add(where + "/api/articles title " + abbreviate(title) + " is not the extracted title");
    }
    return 1;
  }

  private int apiSearch(Http http, String path, String id, Set<String> titles, String marker, String where,
      List<String> problems) throws Exception {
    Http.Response r = http.get(path);
    if (!isJson(r, "application/json")) {
      problems.add(where + path + ": status " + r.status() + ", content type " + r.header("content-type"));
      return 1;
    }
    boolean found = false;
    for (JsonNode hit : json.readTree(r.body()).path("hits")) {
      if (!hit.path("id").asString().equals(id)) {
        continue;
      }
      found = true;
      String title = hit.path("title").asString();
      if (!titles.contains(title)) {
        problems.add(where + path + ": title " + abbreviate(title) + " is not the extracted title");
      }
      for (String field : List.of("titleHtml", "snippet")) {
        String html = hit.path(field).asString();
        for (String p : XssProbe.fragment(html, marker)) {
          problems.add(where + path + " " + field + ": " + p);
        }
      }
      if (!titles.contains(Jsoup.parseBodyFragment(hit.path("titleHtml").asString()).text())
          && !titles.stream().anyMatch(t -> Jsoup.parseBodyFragment(hit.path("titleHtml").asString()).text()
              .equals(Jsoup.parseBodyFragment(org.jsoup.nodes.Entities.escape(t)).text()))) {
        problems.add(where + path + ": titleHtml does not read as the title");
      }
    }
    if (!found) {
      problems.add(where + path + ": the article is not found by its token");
    }
    return 1;
  }

  private static int xmlFeed(Http http, String path, String itemName, Set<String> titles, String marker, String where,
      List<String> problems) throws Exception {
    Http.Response r = http.get(path);
    if (r.status() != 200) {
      if (r.status() >= 500) {
        problems.add(where + path + " answered " + r.status());
      }
      return 1;
    }
    org.w3c.dom.Document doc;
    try {
      doc = XssProbe.xml(r.body());
    } catch (Exception e) {
      problems.add(where + path + ": not well-formed XML: " + e.getMessage());
      return 1;
    }
    var items = doc.getElementsByTagNameNS("*", itemName);
    if (titles != null) {
      boolean found = false;
      for (int k = 0; k < items.getLength(); k++) {
        var item = (org.w3c.dom.Element) items.item(k);
        String title = item.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        if (titles.stream().map(XssProbe::xmlClean).anyMatch(title::equals)) {
          found = true;
        }
      }
      if (!found) {
        problems.add(where + path + ": no item whose title round-trips to the extracted title");
      }
    }
    for (String field : List.of("description", "summary", "content")) {
      for (String html : XssProbe.texts(doc, field)) {
        for (String p : XssProbe.fragment(html, marker)) {
          problems.add(where + path + " " + field + ": " + p);
        }
      }
    }
    return 1;
  }

  private int jsonFeed(Http http, String path, Set<String> titles, String marker, String where, List<String> problems)
      throws Exception {
    Http.Response r = http.get(path);
    if (!isJson(r, "application/feed+json")) {
      problems.add(where + path + ": status " + r.status() + ", content type " + r.header("content-type"));
      return 1;
    }
    boolean found = false;
    for (JsonNode item : json.readTree(r.body()).path("items")) {
      if (titles.contains(item.path("title").asString())) {
        found = true;
      }
      for (String p : XssProbe.fragment(item.path("content_html").asString(), marker)) {
        problems.add(where + path + " content_html: " + p);
      }
    }
    if (!found) {
      problems.add(where + path + ": no item whose title equals the extracted title");
    }
    return 1;
  }

  private static int jsonContentType(Http http, String path, String marker, String where, List<String> problems,
      List<String> notes) throws Exception {
    Http.Response r = http.get(path);
    String ct = String.valueOf(r.header("content-type")).toLowerCase(Locale.ROOT);
    if (r.status() >= 500) {
      problems.add(where + path + ": status " + r.status());
    } else if (!(ct.startsWith("application/json") || ct.startsWith("application/problem+json"))) {
      List<String> markup = XssProbe.html(r.body(), marker);
      if (markup.isEmpty() && !r.body().contains(marker)) {
        notes.add(path + ": status " + r.status() + ", content type " + ct + " (not JSON, payload not echoed)");
      } else {
        problems.add(where + path + ": status " + r.status() + ", content type " + ct + ", echoes the payload " + markup);
      }
    }
    return 1;
  }

  private static boolean isJson(Http.Response r, String type) {
    return r.status() == 200 && String.valueOf(r.header("content-type")).toLowerCase(Locale.ROOT).startsWith(type);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
