package org.aidnews.indexer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level cleaning of the main text: what the density scorer keeps because it sits inside the
 * article element but no reader counts as the article. Each rule is named; the names of the rules that
 * fired go into {@code Quality.rules}. Credit lines are removed from the text and handed to
 * {@link Credits}.
 */
final class BodyCleaner {
  /** A named rule that drops single lines. */
  record LineRule(String name, Predicate<String> drops) {
    static LineRule matching(String name, String regex) {
      Pattern p = Pattern.compile(regex);
      return new LineRule(name, s -> p.matcher(s).find());
    }

    static LineRule shortMatching(String name, int maxLength, String regex) {
      Pattern p = Pattern.compile(regex);
      return new LineRule(name, s -> s.length() <= maxLength && p.matcher(s).find());
    }
  }

  /**
   * @param lines       the article's paragraphs
   * @param rules       names of the rules that fired
   * @param spamRemoved keyword bars or unrelated lists were cut
   * @param headerLines title echoes and date/source lines found at the top of the element, for the
   *                    date and credit finders
   */
  record Result(List<String> lines, List<String> rules, boolean spamRemoved, List<String> headerLines) {}

  private static final String CREDIT_LABEL =
      "(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|终审|終審|初审|初審|监制|監製|主编|主編)";
  /** A whole line that is an editor or proofreader credit: (编辑:阿丽娅), 责任编辑：李四. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^[(（【\\[]?\\s*" + CREDIT_LABEL + "\\s*[】\\]]?\\s*[:：]\\s*[^。，！？]{1,40}?[)）]?$");
  /** A whole line of source/author credits: 【来源】南方农村报, 【通讯员】广州援疆, 来源：健康西南, 文/张三 图/李四. */
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "^[(（]?\\s*(?:【\\s*(?:来源|來源|通讯员|通訊員|作者|记者|記者|摄影|攝影|编辑|編輯)\\s*】|(?:本文|文章|稿件|新闻|新聞)?(?:信息来源|信息來源|来源|來源|"
          + "作者|记者|記者|通讯员|通訊員|摄影|攝影|文字|撰稿|撰文|图片|圖片|供稿|视频|視頻)\\s*[:：]|(?:文|图|圖|摄|攝)\\s*/)[^。！？]{0,60}$");
  /** A credit in parentheses closing the last paragraph: …发展。(来源:健康西南 文/尹丽 图/梁婷). */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "[(（]\\s*(?:来源|來源|编辑|編輯|责任编辑|責任編輯|作者|记者|記者|通讯员|通訊員|文|图|圖)\\s*[:：/][^()（）]{1,60}[)）]\\s*$");
  private static final Pattern END_MARK = Pattern.compile("^[-—－=_\\s]*(?:END|End|end|完|全文完|结束|結束)[-—－=_\\s]*$");
  private static final Pattern RELATED_HEAD = Pattern.compile(
      "^[【\\[]?\\s*(?:相关阅读|相關閱讀|相关新闻|相關新聞|相关链接|相關鏈接|相关文章|相關文章|相关稿件|相關稿件|延伸阅读|延伸閱讀|推荐阅读|"
          + "推薦閱讀|热点推荐|熱點推薦|猜你喜欢|猜你喜歡|更多精彩|往期回顾|往期回顧|热门推荐|熱門推薦|精彩推荐|精彩推薦|热门文章|熱門文章|"
          + "最新文章|相关推荐|相關推薦)");
  /** A line of |-separated short phrases: keyword spam headers and navigation bars. */
  private static final Pattern BAR_SPLIT = Pattern.compile("\\s*[|｜]\\s*");
  private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。！？；,!?;]");

  static final List<LineRule> LINE_RULES = List.of(
      LineRule.matching("drop:image-placeholder",
          "^(?:图片|圖片|图|圖|图像|圖像|image|img|IMG|视频|視頻|点击播放|點擊播放|\\[图片\\]|\\[圖片\\]|\\[img\\])$"),
      LineRule.shortMatching("drop:caption", 80, "[(（]\\s*(?:图|圖|组图|組圖)\\s*\\d*\\s*[)）]$"),
      LineRule.shortMatching("drop:caption", 80,
          "(?:受访者供图|受訪者供圖|受访者提供|受訪者提供|供图|供圖|图片来源|圖片來源|资料图|資料圖|资料图片|資料圖片|图片由.{1,20}提供)\\s*[)）]?$"),
      LineRule.shortMatching("drop:credit-line", 40, "^[(（][^()（）]{1,24}(?:供稿|來稿|来稿)\\s*[)）]$"),
      LineRule.shortMatching("drop:caption", 80, "^(?:图为|圖為|图注|圖注|图：|圖：|上图|下图|左图|右图)"),
      LineRule.shortMatching("drop:caption", 60, "(?:摄|攝)\\s*[)）]?$"),
      LineRule.shortMatching("drop:font-size", 40, "【\\s*大\\s*中\\s*小\\s*】|\\[\\s*大\\s*\\]|字号|字號|字体[:：]|字體[:：]"),
      LineRule.shortMatching("drop:widget", 40,
          "打印本页|打印本頁|关闭窗口|關閉窗口|分享到|扫一扫|掃一掃|【打印】|【列印】|【关闭】|【關閉】|【纠错】|【糾錯】|返回顶部|返回頂部|"
              + "^回上一[页頁]$|^返回(?:列表|首页|首頁|上一[页頁]|上[级級]|栏目|欄目)$|【返回】|^(?:点赞|點讚|收藏|在看)(?:\\s|$)|"
              + "^上一篇|^下一篇|^上一页|^下一页|^上一頁|^下一頁|收藏本页|加入收藏|在手机上打开|在手機上打開"),
      LineRule.shortMatching("drop:follow-prompt", 80,
          "关注.{0,24}(?:公众号|微信|微博|抖音|视频号)|關注.{0,24}(?:公眾號|微信|微博)|长按.{0,8}二维码|長按.{0,8}二維碼|"
              + "扫描.{0,6}二维码|掃描.{0,6}二維碼|识别二维码|識別二維碼|我们的微信|我們的微信|官方微信|获取更多|獲取更多"),
      LineRule.matching("drop:view-counter",
          "^(?:\\d{1,8}|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問)(?:次数|次數|量|数|數|数量|數量)?\\s*[:：]?\\s*\\d+\\s*次?|"
              + "\\d+\\s*(?:次)?(?:阅读|閱讀|浏览|瀏覽))$"),
      LineRule.shortMatching("drop:footer", 160,
          "版权所有|版權所有|ICP备|ICP備|ICP证|ICP證|主办单位|主辦單位|承办单位|承辦單位|主办：|承办：|技术支持|技術支持|"
              + "Copyright|COPYRIGHT|©|网站标识码|網站標識碼|公网安备|公網安備|网站地图|網站地圖|联系我们|聯繫我們"),
      LineRule.matching("drop:original-title", "^(?:原标题|原標題)\\s*[:：]"),
      LineRule.shortMatching("drop:tags", 80, "^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|Tags?|TAGS?)\\s*[:：]"),
      LineRule.matching("drop:symbols", "^[\\p{P}\\p{S}\\s]+$"));

  private BodyCleaner() {}

  static Result clean(List<String> input, String title, Credits credits) {
    List<String> rules = new ArrayList<>();
    Set<String> fired = new LinkedHashSet<>();
    boolean spam = false;
    List<String> headerLines = new ArrayList<>();
    boolean proseSeen = false;
    List<String> lines = new ArrayList<>(input.size());
    boolean afterImage = false;
    for (int i = 0; i < input.size(); i++) {
      String s = input.get(i);
      if (s.equals(PageLines.IMAGE)) {
        afterImage = true;
        continue;
      }
      boolean underImage = afterImage;
      afterImage = false;
      if (s.isEmpty()) {
        continue;
      }
      if (underImage && isShortCaption(s)) {
        fired.add("drop:caption-under-image");
        continue;
      }
      if (isBar(s)) {
        // Opening the text it is an injected keyword header (spam); further down, a navigation bar.
        if (lines.isEmpty()) {
          fired.add("drop:keyword-header");
          spam = true;
        } else {
          fired.add("drop:nav-bar");
        }
        continue;
      }
      // Title echoes and date/source lines only open an article: before its first sentence.
      boolean opening = !proseSeen && i < 6;
      if (opening && title != null && isTitleEcho(s, title)) {
        fired.add("drop:title-echo");
        headerLines.add(s);
        continue;
      }
      if (CREDIT_LINE.matcher(s).matches() || SOURCE_LINE.matcher(s).matches()) {
        fired.add("drop:credit-line");
        credits.scan(s);
        if (opening) {
          headerLines.add(s);
        }
        continue;
      }
      if (opening && isHeaderMeta(s)) {
        fired.add("drop:header-meta");
        headerLines.add(s);
        continue;
      }
      if (END_MARK.matcher(s).matches()) {
        fired.add("drop:end-mark");
        if (lines.size() >= 1) {
          fired.add("cut:after-end");
          break;
        }
        continue;
      }
      if (RELATED_HEAD.matcher(s).find() && s.length() <= 30) {
        fired.add("cut:related-list");
        if (lines.size() >= 1) {
          break;
        }
        continue;
      }
      String dropped = null;
      for (LineRule r : LINE_RULES) {
        if (r.drops().test(s)) {
          dropped = r.name();
          break;
        }
      }
      if (dropped != null) {
        fired.add(dropped);
        if (dropped.equals("drop:widget") || dropped.equals("drop:footer")) {
          credits.scanEditors(s); // 【纠错】 【责任编辑:王小明】 shares a line with the widgets
        }
        continue;
      }
      Matcher tc = TRAILING_CREDIT.matcher(s);
      if (tc.find() && tc.start() > 0) {
        credits.scan(s.substring(tc.start()));
        s = s.substring(0, tc.start()).trim();
        fired.add("strip:trailing-credit");
      }
      lines.add(s);
      proseSeen |= s.length() >= 30 && SENTENCE_PUNCT.matcher(s).find();
    }
    int cut = duplicateListStart(lines);
    if (cut >= 0) {
      fired.add("cut:repeated-list");
      spam = true;
      lines = new ArrayList<>(lines.subList(0, cut));
    }
    rules.addAll(fired);
    return new Result(lines, rules, spam, headerLines);
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;：:，,]");

  /** A short line with no sentence punctuation right under a picture is its caption (签约现场). */
  static boolean isShortCaption(String s) {
    return s.length() <= 20 && !SENTENCE_END.matcher(s).find();
  }

  /** 4+ short phrases separated by | with no sentence punctuation. */
  static boolean isBar(String s) {
    if (s.indexOf('|') < 0 && s.indexOf('｜') < 0) {
      return false;
    }
    String[] parts = BAR_SPLIT.split(s);
    if (parts.length < 4) {
      return false;
    }
    for (String p : parts) {
      if (p.length() > 16 || SENTENCE_PUNCT.matcher(p).find()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleEcho(String s, String title) {
    if (s.equals(title)) {
      return true;
    }
    // The title again with a site suffix or a small change (广州共推… vs 共推…): short line, mostly title.
    int common = CommonSubstring.length(s, title);
    return s.length() <= title.length() + 16 && common >= 0.6 * Math.min(s.length(), title.length())
        && SENTENCE_PUNCT.matcher(s).results().count() <= 1 && !s.endsWith("。");
  }

  private static final Pattern META_WORDS = Pattern.compile(
      "发布|發布|發佈|来源|來源|作者|点击|點擊|浏览|瀏覽|阅读|閱讀|编辑|編輯|时间|時間|日期|字号|字號");
  private static final Pattern TIME_OR_DATE = Pattern.compile(
      "(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\d{1,2}:\\d{2}");

  /** The date/source/author line under a headline that landed inside the article element. */
  static boolean isHeaderMeta(String s) {
    if (s.length() > 100 || s.endsWith("。")) {
      return false;
    }
    boolean date = TIME_OR_DATE.matcher(s).find();
    boolean words = META_WORDS.matcher(s).find();
    if (date && (words || s.length() <= 40)) {
      return true;
    }
    return words && s.length() <= 60 && s.matches(".*[:：].*") && !SENTENCE_PUNCT.matcher(s).find();
  }

  /**
   * Start of a trailing list of unrelated articles: content farms print each item's title twice (link
   * and heading) or title plus excerpt. Found as the first pair of identical consecutive lines in the
   * second half of the text; real articles do not repeat a line.
   */
  static int duplicateListStart(List<String> lines) {
    for (int i = Math.max(1, lines.size() / 3); i + 1 < lines.size(); i++) {
      if (lines.get(i).equals(lines.get(i + 1)) && lines.get(i).length() >= 6) {
        return i;
      }
    }
    return -1;
  }
}
