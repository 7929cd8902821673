package org.aidnews.indexer.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import java.util.function.ToIntFunction;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Elements that are never main text, chosen before scoring: scripts, styles, forms, navigation,
 * footers, asides, and elements whose class or id names a share bar, related list, comments, footer,
 * navigation, breadcrumb or toolbar. They are marked, not removed, so the header and footer zones
 * stay readable for dates and credits.
 */
final class BoilerplateElements {
  /** Never text at all. */
  static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title", "meta",
      "link", "svg", "math", "object", "embed", "iframe", "canvas", "audio", "video", "map", "select", "option",
      "textarea", "button", "input");
  private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "footer", "aside", "form", "menu", "dialog");
  // Tokens of class/id names (split on space, '_', '-' and camel humps) that mark boilerplate. Whole
  // tokens only, so "content" never matches "nav" inside "canvas".
  private static final Pattern BOILERPLATE_TOKEN = Pattern.compile(
      "share|sharebox|bdshare|jiathis|social|related|relate|relative|xgxw|xgwz|recommend|tuijian|comment|comments"
          + "|pinglun|footer|foot|bottom|copyright|banquan|nav|navbar|navi|menu|breadcrumb|breadcrumbs|crumb|crumbs"
          + "|weizhi|position|location|toolbar|tool|tools|sidebar|side|aside|ad|ads|advert|banner|login|search"
          + "|qrcode|erweima|fontsize|zihao|pager|hotnews|hot|rank|ranking|friendlink|links|subscribe");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

  private BoilerplateElements() {}

  /** The set (by identity) of elements to skip when looking for the main text. */
  static Set<Element> mark(Element root, ToIntFunction<Element> textLength) {
    Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    int pageTextLength = textLength.applyAsInt(root);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && isBoilerplate(e, textLength, pageTextLength)) {
          marked.add(e);
          return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return marked;
  }

  static boolean isBoilerplate(Element e, ToIntFunction<Element> textLength, int pageTextLength) {
    String tag = e.normalName();
    if (INVISIBLE.contains(tag)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    boolean byTag = BOILERPLATE_TAGS.contains(tag);
    boolean byName = !byTag && namesBoilerplate(e.className()) || namesBoilerplate(e.id());
    if (!byTag && !byName) {
      return false;
    }
    // A page-wide wrapper that happens to be called "main-nav-wrap" or a <form> around the whole page
    // (ASP.NET) holds the article: never drop an element carrying most of the page's text.
    if (pageTextLength > 0) {
      int own = textLength.applyAsInt(e);
      if (own > 0.5 * pageTextLength && own > 300) {
        return false;
      }
    }
    // A <form> is a search box, a login or a comment box: a few labels. One holding most of the page's
    // text, or a headline and paragraphs, is the page wrapped whole (ASP.NET's form, VSB's
    // _newscontent_fromname) even when the article is short and the page around it long.
    if (tag.equals("form") && (pageTextLength > 0 && textLength.applyAsInt(e) > 0.5 * pageTextLength
        && textLength.applyAsInt(e) >= TextDensity.MIN_SCORED_TEXT || holdsArticle(e))) {
      return false;
    }
    return true;
  }

  /** A headline and two or more paragraphs of sentences: what no search or login form holds. */
  private static boolean holdsArticle(Element form) {
    if (form.selectFirst("h1, h2, h3") == null) {
      return false;
    }
    int paragraphs = 0;
    for (Element p : form.select("p")) {
      String t = p.text();
      if (Whitespace.visibleLength(t) >= 20 && (t.indexOf('。') >= 0 || t.indexOf('，') >= 0)) {
        paragraphs++;
      }
    }
    return paragraphs >= 2;
  }

  static boolean namesBoilerplate(String names) {
    if (names == null || names.isEmpty()) {
      return false;
    }
    for (String token : TOKEN_SPLIT.split(names)) {
      if (!token.isEmpty() && BOILERPLATE_TOKEN.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }
}
