package org.aidnews.indexer.extract;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's machine-readable metadata: meta name/property/itemprop values (keys lower-cased, first
 * value wins), the JSON-LD datePublished and headline, and the first {@code <time datetime>}.
 */
final class MetaTags {
  private static final Pattern LD_DATE = Pattern.compile("\"(?:datePublished|dateCreated)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]{2,200})\"");

  /**
   * Publish times that a page's own scripts hold and write into the page when it runs (WeChat articles:
   * {@code var createTime = '2023-06-15 18:20'}, {@code var ct = "1686824400"} — the
   * {@code #publish_time} element is empty in the served HTML). Only these well-known variable names:
   * other script dates (server clocks, countdowns) say nothing about the article.
   */
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "\\b(?:createTime|publish_time|publishTime|pubTime|pubtime|publishDate)\\s*[=:]\\s*['\"]((?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}[^'\"]{0,12})['\"]");
  private static final Pattern SCRIPT_EPOCH = Pattern.compile("\\bvar\\s+ct\\s*=\\s*['\"](\\d{10})['\"]");

  final Map<String, String> values = new HashMap<>();
  /** A publish time from an inline script variable (ISO-like text, or an instant from epoch seconds), or null. */
  String scriptDate;
  String jsonLdDate;
  String jsonLdHeadline;
  String timeDatetime;

  static MetaTags of(Document doc) {
    MetaTags m = new MetaTags();
    for (Element e : doc.select("meta[content]")) {
      String key = e.hasAttr("name") ? e.attr("name") : e.hasAttr("property") ? e.attr("property")
          : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
      key = key.trim().toLowerCase(Locale.ROOT);
      if (!key.isEmpty()) {
        m.values.putIfAbsent(key, e.attr("content"));
      }
    }
    for (Element e : doc.select("script[type=application/ld+json]")) {
      String json = e.data();
      if (m.jsonLdDate == null) {
        Matcher d = LD_DATE.matcher(json);
        if (d.find()) {
          m.jsonLdDate = d.group(1);
        }
      }
      if (m.jsonLdHeadline == null) {
        Matcher h = LD_HEADLINE.matcher(json);
        if (h.find()) {
          m.jsonLdHeadline = h.group(1);
        }
      }
    }
    for (Element e : doc.select("script:not([src])")) {
      if (m.scriptDate != null) {
        break;
      }
      if (e.attr("type").contains("json")) {
        continue;
      }
      String js = e.data();
      Matcher d = SCRIPT_DATE.matcher(js);
      if (d.find()) {
        m.scriptDate = d.group(1);
      } else {
        Matcher c = SCRIPT_EPOCH.matcher(js);
        if (c.find()) {
          m.scriptDate = Instant.ofEpochSecond(Long.parseLong(c.group(1))).toString();
        }
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      m.timeDatetime = time.attr("datetime");
    }
    return m;
  }

  String get(String key) {
    return values.get(key);
  }
}
