package org.aidnews.indexer.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What kind of page this is: a single article, a list/index page, or a continuation page of a
 * multi-page article. No per-site rules: link counts and densities, and the URL shape of pagination.
 */
final class PageKind {
  /** Below this much plain text in the main element, a page with many links is a list, not an article. */
  static final int LIST_MAX_TEXT = 100;
  static final int LIST_MIN_LINKS = 15;
  /** Headline-like links (6+ characters of text) that make a page with little prose an index page. */
  static final int LIST_MIN_HEADLINE_LINKS = 10;
  static final int LIST_MAX_PROSE = 300;

  static final Pattern PAGED = Pattern.compile("^(.*?)(?:_(\\d{1,3}))(\\.(?:s?html?|jsp|php|aspx?))$",
      Pattern.CASE_INSENSITIVE);
  // 首页 is left out: nearly every page links its site's home page as 首页 ("home"), which says
  // nothing about pagination (found by the reliability battery: articles were taken for page 2).
  private static final Set<String> PAGER_WORDS = Set.of("上一页", "下一页", "上一頁", "下一頁", "尾页", "末页",
      "尾頁", "末頁");

  private PageKind() {}

  /**
   * Whether the page is a list or index page.
   *
   * @param main      the main text element (null when none)
   * @param mainStats its counts (null when none)
   * @param bodyLines the cleaned main text, one paragraph per line
   */
  static boolean isList(Document doc, Element main, TextDensity.Stats mainStats, List<String> bodyLines,
      Set<Element> boilerplate) {
    int bodyChars = 0;
    for (String l : bodyLines) {
      bodyChars += Whitespace.visibleLength(l);
    }
    int links = 0;
    int headlineLinks = 0;
    int headlineChars = 0;
    for (Element a : doc.select("a[href]")) {
      links++;
      int length = Whitespace.visibleLength(a.text());
      if (length >= 6 && !insideBoilerplate(a, boilerplate) && !isNeighbourLink(a)) {
        headlineLinks++;
        headlineChars += length;
      }
    }
    // Words of the page's own: the main text without the text of links inside it (list items are links).
    int ownChars = mainStats == null ? bodyChars : Math.min(bodyChars, mainStats.plainText());
    if (shortLinkPage(ownChars, headlineLinks, headlineChars)) {
      return true;
    }
    if (main == null || mainStats == null) {
      return links >= 5; // no text block at all: a bare link page is a list, anything else is just too short
    }
    if (bodyChars < LIST_MAX_TEXT && links >= LIST_MIN_LINKS) {
      return true;
    }
    if (mainStats.linkTags >= 8 && mainStats.linkDensity() >= 0.5) {
      return true;
    }
    if (headlineLinks >= LIST_MIN_HEADLINE_LINKS && bodyChars < LIST_MAX_PROSE
        && mainStats.plainText() < LIST_MAX_PROSE) {
      return true;
    }
    return itemised(main, bodyLines);
  }

  /** Below this much main text a page is too short for an article, and its links can make it a list. */
  static final int SHORT_PAGE_TEXT = 100;

  /**
   * A page with hardly any text of its own whose headline links carry more text than that: a search
   * result page (搜索结果：找到 3 条), the last page of a column with two or three items, an index of a few
   * items. Its links are what it has to say; a short notice has more of its own words than of link
   * text (the links to the previous and next article are left out of the count, see
   * {@link #isNeighbourLink}).
   */
  static boolean shortLinkPage(int ownChars, int headlineLinks, int headlineChars) {
    return ownChars < SHORT_PAGE_TEXT && headlineLinks >= 2 && headlineChars > ownChars;
  }

  private static final Pattern NEIGHBOUR = Pattern.compile("上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|前一篇|后一篇|後一篇");

  /** A link to the previous or next article (上一篇：…), which every article page of a CMS carries. */
  static boolean isNeighbourLink(Element a) {
    if (NEIGHBOUR.matcher(a.text()).find()) {
      return true;
    }
    Element parent = a.parent();
    return parent != null && parent.text().length() <= a.text().length() + 12
        && NEIGHBOUR.matcher(parent.text()).find();
  }

  /**
   * A list whose items carry summaries has prose enough to pass for an article; its lines, though,
   * start with the text of a link (item title, then summary and date lines). Six or more such lines,
   * a quarter or more of the text's lines, mark an index page; an article quoting six headlines inside its
   * text is rarer than that (related lists are cut before this test).
   */
  static boolean itemised(Element main, List<String> bodyLines) {
    Set<String> linkTexts = new HashSet<>();
    for (Element a : main.select("a[href]")) {
      String t = Whitespace.normalize(a.text());
      if (t.length() >= 6) {
        linkTexts.add(t);
      }
    }
    if (linkTexts.size() < 6) {
      return false;
    }
    int itemLines = 0;
    for (String line : bodyLines) {
      for (String t : linkTexts) {
        if (line.startsWith(t)) {
          itemLines++;
          break;
        }
      }
    }
    return itemLines >= 6 && itemLines * 4 >= bodyLines.size();
  }

  private static boolean insideBoilerplate(Element e, Set<Element> boilerplate) {
    for (Element p = e; p != null; p = p.parent()) {
      if (boilerplate.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the URL is page 2+ of a paginated article ({@code art_123_2.html}, {@code index_1.shtml})
   * and the page carries pagination links to its sibling pages (上一页/下一页, or links to the same stem).
   */
  static boolean isContinuation(String url, Document doc) {
    String path = path(url);
    if (path == null) {
      return false;
    }
    Matcher m = PAGED.matcher(path);
    if (!m.matches()) {
      return false;
    }
    String stem = m.group(1);
    int page = Integer.parseInt(m.group(2));
    boolean indexStyle = stem.toLowerCase(Locale.ROOT).endsWith("/index");
    if (page < (indexStyle ? 1 : 2)) {
      return false;
    }
    String lastSegment = stem.substring(stem.lastIndexOf('/') + 1);
    for (Element a : doc.select("a[href]")) {
      String text = a.text().trim();
      if (PAGER_WORDS.contains(text)) {
        return true;
      }
      String href = a.attr("href");
      int q = href.indexOf('?');
      href = q >= 0 ? href.substring(0, q) : href;
      String file = href.substring(href.lastIndexOf('/') + 1);
      if (file.startsWith(lastSegment) && (file.equals(lastSegment + m.group(3))
          || file.matches(Pattern.quote(lastSegment) + "_\\d{1,3}" + Pattern.quote(m.group(3))))
          && !file.equals(lastSegment + "_" + page + m.group(3))) {
        return true;
      }
    }
    return false;
  }

  private static String path(String url) {
    try {
      return URI.create(url.trim()).getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
