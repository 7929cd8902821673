package org.aidnews.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidnews.indexer.index.StoredArticle;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.search.SearchParams;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds of any saved query: {@code /feed/rss}, {@code /feed/atom}, {@code /feed/json} take the same
 * parameters as {@code /api/search}, always newest first. Item ids are article ids, stable across
 * rebuilds. {@code ETag} and {@code Last-Modified} let readers poll with conditional GET (304).
 */
@RestController
class FeedController {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /**
   * JSON Feed dates are RFC 3339, which needs the seconds: OffsetDateTime.toString() drops them at :00
   * ("2022-01-26T12:00+08:00"), so the pattern is spelled out.
   */
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final int FEED_SIZE = 20;
  private final ArticleSearch search;
  private final JsonMapper json = JsonMapper.builder().build();

  FeedController(ArticleSearch search) {
    this.search = search;
  }

  private record Built(SearchRequest request, SearchResult result, String etag, Instant lastModified) {}

  private Built run(MultiValueMap<String, String> params, String format) throws IOException {
    MultiValueMap<String, String> p = new org.springframework.util.LinkedMultiValueMap<>(params);
    p.put("sort", List.of("newest"));
    if (!p.containsKey("size")) {
      p.put("size", List.of(Integer.toString(FEED_SIZE)));
    }
    SearchRequest request = SearchParams.parse(p, FEED_SIZE);
    SearchResult result = search.search(request);
    SearchService.Status status = search.status();
    Instant lastModified = status.committedAt() == null ? Instant.EPOCH : status.committedAt();
    StringBuilder key = new StringBuilder(format).append('|').append(status.generation()).append('|');
    for (SearchResult.Hit h : result.hits()) {
      key.append(h.article().id()).append(',');
    }
    key.append('|').append(params.toString());
    return new Built(request, result, "\"" + sha(key.toString()) + "\"", lastModified);
  }

  /** RFC 9110: If-None-Match wins over If-Modified-Since when both are sent. */
  private static boolean notModified(HttpServletRequest req, Built b) {
    String inm = req.getHeader("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals(b.etag()) || t.equals("*")) {
          return true;
        }
      }
      return false;
    }
    long ims = -1;
    try {
      ims = req.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException e) {
      return false; // an unparseable date is ignored, as RFC 9110 says
    }
    return ims >= 0 && b.lastModified().toEpochMilli() / 1000 <= ims / 1000;
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)),
          0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @GetMapping("/feed/rss")
  ResponseEntity<String> rss(@RequestParam MultiValueMap<String, String> params, HttpServletRequest req)
      throws IOException, FeedException {
    return xml(params, req, "rss_2.0", MediaType.parseMediaType("application/rss+xml;charset=UTF-8"));
  }

  @GetMapping("/feed/atom")
  ResponseEntity<String> atom(@RequestParam MultiValueMap<String, String> params, HttpServletRequest req)
      throws IOException, FeedException {
    return xml(params, req, "atom_1.0", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
  }

  private ResponseEntity<String> xml(MultiValueMap<String, String> params, HttpServletRequest req, String type,
      MediaType mediaType) throws IOException, FeedException {
    Built b = run(params, type);
    if (notModified(req, b)) {
      return ResponseEntity.status(304).eTag(b.etag()).lastModified(b.lastModified().toEpochMilli()).build();
    }
    String base = baseUrl();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(XmlText.clean(title(b.request())));
    feed.setLink(base + SearchParams.url("/search", b.request(), Map.of(), null, null));
    feed.setUri(base + req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
    // Feed readers render the RSS channel description as HTML: the user's query goes in escaped.
    feed.setDescription(org.springframework.web.util.HtmlUtils.htmlEscape(XmlText.clean(title(b.request())),
        "UTF-8"));
    feed.setLanguage("zh-CN");
    feed.setPublishedDate(Date.from(b.lastModified()));
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(feed.getUri());
    feed.setLinks(List.of(self));
    List<SyndEntry> entries = new ArrayList<>();
    for (SearchResult.Hit h : b.result().hits()) {
      StoredArticle a = h.article();
      SyndEntry e = new SyndEntryImpl();
      e.setTitle(XmlText.clean(a.title() == null ? "（无标题）" : a.title()));
      e.setLink(base + "/articles/" + a.id());
      e.setUri("urn:aidnews:article:" + a.id());
      Date date = Date.from(a.published() != null ? a.published().atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant()
          : a.fetchedAt());
      e.setPublishedDate(date);
      e.setUpdatedDate(date);
      if (a.source() != null) {
        e.setAuthor(XmlText.clean(a.source()));
      }
      SyndContent description = new SyndContentImpl();
      description.setType("text/html");
      description.setValue(XmlText.clean(h.snippet()));
      e.setDescription(description);
      entries.add(e);
    }
    feed.setEntries(entries);
    String body = new SyndFeedOutput().outputString(feed);
    return ResponseEntity.ok().contentType(mediaType).eTag(b.etag()).lastModified(b.lastModified().toEpochMilli())
        .cacheControl(CacheControl.noCache()).body(body);
  }

  @GetMapping("/feed/json")
  ResponseEntity<String> jsonFeed(@RequestParam MultiValueMap<String, String> params, HttpServletRequest req)
      throws IOException {
    Built b = run(params, "json");
    if (notModified(req, b)) {
      return ResponseEntity.status(304).eTag(b.etag()).lastModified(b.lastModified().toEpochMilli()).build();
    }
    String base = baseUrl();
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", title(b.request()));
    feed.put("home_page_url", base + SearchParams.url("/search", b.request(), Map.of(), null, null));
    feed.put("feed_url", base + req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
    feed.put("language", "zh-CN");
    List<Map<String, Object>> items = new ArrayList<>();
    for (SearchResult.Hit h : b.result().hits()) {
      StoredArticle a = h.article();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", a.id());
      item.put("url", base + "/articles/" + a.id());
      item.put("external_url", a.url());
      item.put("title", a.title() == null ? "（无标题）" : a.title());
      item.put("content_html", h.snippet());
      if (a.published() != null) {
        item.put("date_published", RFC_3339.format(a.published().atTime(LocalTime.NOON).atZone(SHANGHAI)));
      }
      if (a.source() != null) {
        item.put("authors", List.of(Map.of("name", a.source())));
      }
      List<String> tags = new ArrayList<>(a.provinces());
      tags.addAll(a.hospitals());
      item.put("tags", tags);
      items.add(item);
    }
    feed.put("items", items);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/feed+json;charset=UTF-8"))
        .eTag(b.etag()).lastModified(b.lastModified().toEpochMilli()).cacheControl(CacheControl.noCache())
        .body(json.writeValueAsString(feed));
  }

  private static String title(SearchRequest r) {
    StringBuilder sb = new StringBuilder("援助新闻检索");
    if (!r.query().isBlank()) {
      sb.append("：").append(r.query());
    }
    r.filters().forEach((dim, values) -> sb.append(" · ").append(String.join("/", values)));
    return sb.toString();
  }

  private static String baseUrl() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
