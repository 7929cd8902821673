package org.aidnews.indexer.extract;

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

  final Map<String, String> values = new HashMap<>();
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
