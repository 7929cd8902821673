package org.aidnews.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline as a reader sees it. Candidates: the {@code <title>} (split on _ | - — with site and
 * column segments dropped), og:title / ArticleTitle / JSON-LD headline, h1–h3, elements whose class
 * names a title, {@code .rich_media_title}. The heading that agrees best (longest common substring)
 * with the {@code <title>} wins, because CMS templates put the headline in both while logos, column
 * names and sidebars put other text in headings. Column prefixes ({@code 柔性援疆|}) are stripped.
 */
final class TitleExtractor {
  /**
   * @param title   the headline, or null
   * @param rule    which candidates gave it
   * @param element the heading element carrying it on the page, or null (meta, {@code <title>} only)
   */
  record Result(String title, String rule, Element element) {}

  // Separators between headline, column and site in <title>: _ | ｜ and a dash not between digits
  // (2021-05-28 stays whole). A doubled dash —— is Chinese punctuation inside headlines and stays.
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:_+|\\||｜|(?<!\\d)\\s*[-－]{1,2}\\s*(?!\\d)|\\s[—–]\\s|(?<!—)—(?!—)|::)\\s*");
  // What site names and column names end with. A headline ends with a verb or a noun phrase about
  // an event, almost never with these; the length limit keeps "…成为三级甲等医院" style headlines.
  private static final Pattern SITE_NAME = Pattern.compile(
      ".*(网|網|网站|網站|官网|官網|门户|門戶|首页|首頁|主页|频道|頻道|在线|在線|政府|委员会|委員會|卫健委|衛健委|医院|醫院"
          + "|日报|日報|晚报|晚報|报社|報社|电视台|新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|中心|专题|專題|plus|\\+|"
          + "栏目|欄目|列表|正文|详情|詳情|文章|信息公开|资讯中心|欢迎您|歡迎您|欢迎你|官方网站|官方網站)$",
      Pattern.CASE_INSENSITIVE);
  private static final int SITE_NAME_MAX = 14;
  private static final Pattern EVENT_WORDS = Pattern.compile(
      "我院|我市|我县|我區|我区|我縣|召开|召開|举行|舉行|开展|開展|签署|簽署|签约|簽約|启动|啟動|成功|荣获|榮獲|获批|獲批|授牌|揭牌|"
          + "建成|挂牌|掛牌|赴|走进|走進|助力|成立|通过|通過|获评|獲評|入选|入選");
  /** Chinese headlines run to 60 characters at most; 200 leaves room for headline plus subtitle. */
  static final int MAX_TITLE = 200;
  private static final Pattern ASCII_ONLY = Pattern.compile("[\\p{ASCII}]+");
  private static final Pattern COLUMN_PREFIX = Pattern.compile("^([^|｜\\s]{2,8})[|｜](?=\\S)");
  /**
   * Page labels a CMS puts in {@code <title>} instead of the headline: Dreamweaver's default 无标题文档,
   * print views (打印页面), detail templates (详情页, 内容页). They name no article.
   */
  private static final Pattern GENERIC_PAGE = Pattern.compile(
      "无标题文档|無標題文檔|无标题页|无标题|無標題|打印页面|打印頁面|打印本页|打印本頁|打印预览|打印預覽|打印|文章打印|详情页|詳情頁|"
          + "内容页|內容頁|文章页|文章頁|正文页|新建网页\\s*\\d*|Untitled(?: Document)?", Pattern.CASE_INSENSITIVE);
  /** Metadata labels that end a headline when a template puts them inside the heading (h1 + br + span). */
  private static final Pattern META_IN_HEADING = Pattern.compile(
      "\\s(?:发布时间|發布時間|发布日期|發布日期|来源|來源|作者|点击|點擊|浏览|瀏覽|阅读|閱讀)\\s*[:：]");
  private static final Set<String> TITLE_META = Set.of("og:title", "articletitle", "twitter:title", "title",
      "dc.title", "headline");

  private TitleExtractor() {}

  static Result extract(Document doc, Map<String, String> meta, String jsonLdHeadline, Set<Element> boilerplate) {
    String tag = clean(doc.title());
    String segment = headlineSegment(tag);
    List<String> candidates = new ArrayList<>();
    for (String key : TITLE_META) {
      String v = meta.get(key);
      if (v != null) {
        String seg = headlineSegment(clean(v));
        if (seg != null) {
          candidates.add(seg);
        }
      }
    }
    if (jsonLdHeadline != null) {
      candidates.add(clean(jsonLdHeadline));
    }
    List<String> headings = new ArrayList<>();
    List<Element> headingElements = new ArrayList<>();
    // Class names ending in title (ptitle, newstitle, arttitle) name the headline as often as news_title.
    for (Element e : doc.select("h1, h2, h3, .rich_media_title, [class~=(?i)(^|[-_])(title|biaoti|tit|headline)"
        + "([-_]|$)], [class~=(?i)^[a-z]{1,8}title$], [id~=(?i)(^|[-_])(title|biaoti|headline)([-_]|$)]")) {
      if (insideLinkOrBoilerplate(e, boilerplate)) {
        continue;
      }
      String text = withoutMetaLine(clean(e.text()));
      if (text != null && text.length() >= 4 && text.length() <= 120) {
        headings.add(text);
        headingElements.add(e);
      }
    }
    candidates.addAll(headings);

    if (segment != null) {
      Result agreed = agreeing(segment, candidates, headings, headingElements);
      if (agreed == null) {
        // A hospital's full name (浙江大学医学院附属杭州市西溪医院) can be longer than the headline
        // beside it in the <title>: the segment that a heading on the page repeats is the headline.
        for (String other : segments(tag)) {
          if (!other.equals(segment) && (agreed = agreeing(other, candidates, headings, headingElements)) != null) {
            return agreed;
          }
        }
        String h1 = firstH1(headings, headingElements);
        if (h1 != null && SITE_NAME.matcher(segment).matches() && !EVENT_WORDS.matcher(segment).find()) {
          // The whole <title> is the site's name (克孜勒苏柯尔克孜自治州人民医院 is longer than
          // SITE_NAME_MAX) and the page's h1 is something else: the h1 is the headline.
          return new Result(stripColumn(h1), "h1", elementOf(h1, headings, headingElements));
        }
        return new Result(stripColumn(segment), "title-tag", null);
      }
      String whole = wholeHeading(tag, segment, headings);
      if (whole != null) {
        // The headline holds a separator (高原上的“浙”一年 | 浙大二院…工作回顾): the page's heading
        // shows it whole and the <title> repeats it verbatim.
        return new Result(stripColumn(whole), "heading+title:whole", elementOf(whole, headings, headingElements));
      }
      return agreed;
    }
    for (String c : candidates) {
      if (!looksLikeSiteName(c)) {
        return new Result(stripColumn(c), "heading", elementOf(c, headings, headingElements));
      }
    }
    return new Result(null, "none", null);
  }

  /** The {@code <title>} segments that may be a headline, longest first. */
  static List<String> segments(String title) {
    List<String> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    for (String seg : SEPARATOR.split(title)) {
      String s = seg.trim();
      if (s.length() >= 4 && s.length() <= MAX_TITLE && !looksLikeSiteName(s)) {
        out.add(s);
      }
    }
    out.sort((a, b) -> b.length() - a.length());
    return out;
  }

  /** The candidate agreeing with {@code segment} as a headline result, or null when none agrees. */
  private static Result agreeing(String segment, List<String> candidates, List<String> headings,
      List<Element> headingElements) {
    {
      String best = null;
      int bestLen = 0;
      for (String c : candidates) {
        int l = CommonSubstring.length(c, segment);
        if (l > bestLen || (l == bestLen && best != null && Math.abs(c.length() - segment.length())
            < Math.abs(best.length() - segment.length()))) {
          best = c;
          bestLen = l;
        }
      }
      if (best != null && (bestLen >= Math.max(4, 0.5 * segment.length()) || bestLen >= 0.8 * best.length())) {
        String trimmed = dropUnrelatedTail(best, segment);
        return new Result(stripColumn(trimmed), trimmed.equals(best) ? "heading+title" : "heading+title:tail-dropped",
            elementOf(best, headings, headingElements));
      }
      return null;
    }
  }

  private static String firstH1(List<String> headings, List<Element> elements) {
    for (int i = 0; i < headings.size(); i++) {
      if (elements.get(i).normalName().equals("h1") && !looksLikeSiteName(headings.get(i))) {
        return headings.get(i);
      }
    }
    return null;
  }

  /** A heading longer than {@code segment} that holds it and that the {@code <title>} repeats verbatim, or null. */
  private static String wholeHeading(String tag, String segment, List<String> headings) {
    if (tag == null) {
      return null;
    }
    for (String h : headings) {
      if (h.length() > segment.length() && h.contains(segment) && tag.contains(h) && SEPARATOR.matcher(h).find()) {
        return h;
      }
    }
    return null;
  }

  /** The heading without a metadata line the template put inside it (…通知 发布时间：2024-04-02 来源：…). */
  static String withoutMetaLine(String heading) {
    if (heading == null) {
      return null;
    }
    Matcher m = META_IN_HEADING.matcher(heading);
    if (m.find() && m.start() >= 4) {
      return heading.substring(0, m.start()).trim();
    }
    return heading;
  }

  private static Element elementOf(String text, List<String> headings, List<Element> elements) {
    int i = headings.indexOf(text);
    return i < 0 ? null : elements.get(i);
  }

  private static boolean insideLinkOrBoilerplate(Element e, Set<Element> boilerplate) {
    for (Element p = e; p != null; p = p.parent()) {
      if (boilerplate.contains(p) || p.normalName().equals("a")) {
        return true;
      }
    }
    return !e.select("a").isEmpty() && e.select("a").text().length() * 2 > e.text().length();
  }

  /** Pinyin removed, whitespace normalised; null when empty. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Whitespace.normalize(PinyinAnnotations.remove(raw).text());
    return s.isEmpty() ? null : s;
  }

  /** The longest segment of a {@code <title>} that is not a site or column name, or null. */
  static String headlineSegment(String title) {
    if (title == null) {
      return null;
    }
    String best = null;
    for (String seg : SEPARATOR.split(title)) {
      String s = seg.trim();
      // A "segment" of hundreds of characters is a stuffed <title>, not a headline.
      if (s.length() < 2 || s.length() > MAX_TITLE || looksLikeSiteName(s)) {
        continue;
      }
      if (best == null || s.length() > best.length()) {
        best = s;
      }
    }
    if (best == null) {
      return null;
    }
    // A <title> split into a column and a headline keeps the headline; a headline that itself holds
    // a separator ("书记市长这一周 | 奋马扬鞭") is restored by the agreeing heading.
    return best;
  }

  static boolean looksLikeSiteName(String s) {
    if (ASCII_ONLY.matcher(s).matches() || GENERIC_PAGE.matcher(s).matches()) {
      return true;
    }
    // "我院成功创建三级甲等医院" ends like a site name but reports an event: names do not hold these words.
    return s.length() <= SITE_NAME_MAX && SITE_NAME.matcher(s).matches() && !EVENT_WORDS.matcher(s).find();
  }

  static String stripColumn(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = COLUMN_PREFIX.matcher(title);
    if (m.find() && title.length() - m.end() >= 6) {
      return title.substring(m.end()).trim();
    }
    return title;
  }

  /**
   * A heading that is the {@code <title>} headline plus a space and words the {@code <title>} does not
   * share (a lede or a sentence pasted after the headline) loses that tail.
   */
  static String dropUnrelatedTail(String heading, String segment) {
    int space = heading.lastIndexOf(' ');
    if (space <= 0) {
      return heading;
    }
    String head = heading.substring(0, space);
    String tail = heading.substring(space + 1);
    if (tail.length() >= 4 && CommonSubstring.length(tail, segment) < 2
        && CommonSubstring.length(head, segment) >= Math.max(4, 0.5 * head.length())) {
      return head;
    }
    return heading;
  }
}
