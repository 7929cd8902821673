package org.aidnews.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Renders a story or a list page as HTML in one of the four site layouts, with the boilerplate
 * real pages carry: navigation and breadcrumbs, a province navigation bar on portals, font-size
 * and print links, image captions, related-article lists, follow prompts, footers with record
 * numbers. The markup is written here (not copied from any site) and kept in Simplified; the
 * caller converts it when the site writes Traditional.
 */
final class PageRenderer {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String[] PROVINCE_BAR = {"安徽", "北京", "重庆", "福建", "甘肃", "广东", "广西", "贵州", "海南", "河北",
      "河南", "黑龙江", "湖北", "湖南", "吉林", "江苏", "江西", "辽宁", "内蒙古", "宁夏", "青海", "山东", "山西", "陕西", "上海",
      "四川", "天津", "西藏", "新疆", "云南", "浙江", "兵团", "香港", "澳门"};

  private final Vocabulary words;

  PageRenderer(Vocabulary words) {
    this.words = words;
  }

  /** What one article page shows. {@code credit} is the outlet named as source (the original one for copies). */
  record ArticlePage(Site site, Story story, String url, LocalDateTime published, String credit, List<String> related) {}

  String article(ArticlePage p, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(8192);
    head(sb, p.site(), p.story().title() + (p.site().template() == Site.Template.WECHAT ? "" : "_" + p.site().outlet()),
        p.story().paragraphs().get(0));
    switch (p.site().template()) {
      case GOV_CMS -> gov(sb, p, r);
      case HOSPITAL_COLUMN -> hospital(sb, p, r);
      case NEWS_PORTAL -> portal(sb, p, r);
      case WECHAT -> wechat(sb, p, r);
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  /** A column list page: titles, dates and a pager, no article text. */
  String list(Site site, int pageNo, List<String> titles, List<String> urls, List<LocalDate> dates) {
    StringBuilder sb = new StringBuilder(6000);
    head(sb, site, site.column() + "_" + site.outlet(), site.outlet() + site.column());
    topNav(sb, site);
    sb.append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xwzx/\">新闻中心</a> &gt; ")
        .append(site.column()).append("</div>\n<div class=\"list-box\"><h2>").append(site.column()).append("</h2>\n<ul class=\"list\">\n");
    for (int i = 0; i < titles.size(); i++) {
      sb.append("<li><a href=\"").append(urls.get(i)).append("\" target=\"_blank\" title=\"").append(titles.get(i))
          .append("\">").append(titles.get(i)).append("</a><span class=\"date\">").append(dates.get(i)).append("</span></li>\n");
    }
    sb.append("</ul>\n<div class=\"pager\"><a href=\"index.html\">首页</a> <a href=\"index_").append(Math.max(1, pageNo - 1))
        .append(".html\">上一页</a> ").append(pageNo).append("/").append(pageNo + 20).append(" <a href=\"index_")
        .append(pageNo + 1).append(".html\">下一页</a> <a href=\"index_").append(pageNo + 20).append(".html\">尾页</a></div></div>\n");
    footer(sb, site);
    return sb.append("</body>\n</html>\n").toString();
  }

  private void head(StringBuilder sb, Site site, String title, String description) {
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
        .append(site.charsetLabel()).append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(title).append("</title>\n<meta name=\"keywords\" content=\"").append(site.column()).append(",医疗,援助\">\n")
        .append("<meta name=\"description\" content=\"").append(description, 0, Math.min(80, description.length()))
        .append("\">\n<link rel=\"stylesheet\" href=\"/css/common.css\">\n<script src=\"/js/jquery-1.12.4.min.js\"></script>\n")
        .append("<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement('script'); hm.async = true; })();</script>\n")
        .append("</head>\n<body>\n");
  }

  private void topNav(StringBuilder sb, Site site) {
    sb.append("<div class=\"top\"><div class=\"logo\"><img src=\"/images/logo.png\" alt=\"").append(site.outlet())
        .append("\"></div><div class=\"search\"><form action=\"/search\"><input name=\"q\" placeholder=\"请输入关键字\"><button>搜索</button></form></div></div>\n<div class=\"nav\"><ul>");
    for (int i = 0; i < 10; i++) {
      String w = words.uniform("boiler", new SplittableRandom(site.id().hashCode() * 31L + i));
      sb.append("<li><a href=\"/col").append(i).append("/\">").append(w).append("</a></li>");
    }
    sb.append("</ul></div>\n");
  }

  private void footer(StringBuilder sb, Site site) {
    sb.append("<div class=\"footer\"><p>主办单位：").append(site.outlet()).append("　技术支持：信息中心</p><p>")
        .append("版权所有 未经许可不得转载　网站标识码：").append(Math.abs(site.id().hashCode() % 9_000_000_000L) + 1_000_000_000L)
        .append("　ICP备案号：").append(Math.abs(site.host().hashCode() % 90_000_000) + 10_000_000).append("号-1</p>")
        .append("<p><a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a> | <a href=\"/mzsm/\">免责声明</a></p></div>\n");
  }

  private void paragraphs(StringBuilder sb, Story s, String open, String close, SplittableRandom r) {
    List<String> ps = s.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      sb.append(open).append(ps.get(i)).append(close).append('\n');
      if (i == 0 && r.nextInt(3) == 0) {
        // An image with its caption, as most news pages have after the lead.
        sb.append("<p style=\"text-align:center\"><img src=\"/uploadfiles/").append(s.published().getYear()).append('/')
            .append(s.serial()).append(".jpg\" border=\"0\"></p>\n<p style=\"text-align:center\">图为")
            .append(words.draw("nd", r)).append(words.draw("n", r)).append("现场。").append(r.nextBoolean() ? "（受访者供图）" : "")
            .append("</p>\n");
      }
    }
  }

  private void related(StringBuilder sb, List<String> related) {
    sb.append("<div class=\"related\"><h3>相关阅读</h3><ul>");
    for (int i = 0; i < related.size(); i++) {
      sb.append("<li><a href=\"/rel/").append(i).append(".html\">").append(related.get(i)).append("</a></li>");
    }
    sb.append("</ul></div>\n");
  }

  private static String date(LocalDateTime t) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
  }

  private static String dateTime(LocalDateTime t) {
    return String.format(Locale.ROOT, "%s %02d:%02d:%02d", date(t), t.getHour(), t.getMinute(), t.getSecond());
  }

  private void gov(StringBuilder sb, ArticlePage p, SplittableRandom r) {
    topNav(sb, p.site());
    sb.append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xwzx/\">新闻中心</a> &gt; <a href=\"./\">")
        .append(p.site().column()).append("</a></div>\n<div class=\"article\">\n<h1 class=\"title\">").append(p.story().title())
        .append("</h1>\n<div class=\"info\">发布时间：").append(date(p.published())).append("　来源：").append(p.credit())
        .append("　浏览次数：<span id=\"hits\"></span>　字号：[<a href=\"javascript:doZoom(16)\">大</a> <a href=\"javascript:doZoom(14)\">中</a> <a href=\"javascript:doZoom(12)\">小</a>]</div>\n")
        .append("<div class=\"TRS_Editor\" id=\"zoom\">\n");
    paragraphs(sb, p.story(), "<p style=\"text-indent:2em\">", "</p>", r);
    sb.append("</div>\n<div class=\"print\"><a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n");
    related(sb, p.related());
    footer(sb, p.site());
  }

  private void hospital(StringBuilder sb, ArticlePage p, SplittableRandom r) {
    topNav(sb, p.site());
    sb.append("<div class=\"main\"><div class=\"left-menu\"><h3>").append(p.site().column()).append("</h3><ul><li>医院新闻</li><li>")
        .append(p.site().column()).append("</li><li>媒体报道</li></ul></div>\n<div class=\"right-content\">")
        .append("<div class=\"crumb\">您现在的位置：首页 &gt; ").append(p.site().column()).append("</div>\n<form name=\"_newscontent_fromname\">\n<h2 class=\"art-title\">")
        .append(r.nextInt(3) == 0 ? p.site().column() + "|" : "").append(p.story().title()).append("</h2>\n<div class=\"art-info\">作者：")
        .append(p.story().author()).append("　来源：").append(p.credit()).append("　发布日期：")
        .append(date(p.published()).replace('-', '/')).append("　点击：<script>_showDynClicks(\"wbnews\", 1)</script>")
        .append(100 + r.nextInt(2000)).append("</div>\n<div id=\"vsb_content\"><div class=\"v_news_content\">\n");
    paragraphs(sb, p.story(), "<p class=\"vsbcontent_start\">", "</p>", r);
    sb.append("<p style=\"text-align:right\">（编辑：").append(p.story().editor()).append("　审核：")
        .append(words.uniform("surname", r)).append(words.uniform("given", r)).append("）</p>\n</div></div>\n</form></div></div>\n");
    related(sb, p.related());
    footer(sb, p.site());
  }

  private void portal(StringBuilder sb, ArticlePage p, SplittableRandom r) {
    sb.append("<div class=\"topbar\"><a href=\"/\">").append(p.site().outlet()).append("</a> <a href=\"/app/\">客户端</a> <a href=\"/wx/\">我们的微信</a></div>\n");
    sb.append("<div class=\"province-nav\">");
    for (int i = 0; i < PROVINCE_BAR.length; i++) {
      sb.append(i == 0 ? "" : "|").append("<a href=\"/p/").append(i).append("/\">").append(PROVINCE_BAR[i]).append("</a>");
    }
    sb.append("</div>\n<div class=\"channel\"><a href=\"/\">首页</a> &gt; <a href=\"/health/\">").append(p.site().column())
        .append("</a></div>\n<div class=\"con_left\">\n<h1>").append(p.story().title()).append("</h1>\n<div class=\"left-t\">")
        .append(dateTime(p.published())).append("　来源：").append(p.credit())
        .append("　<a href=\"#comment\">参与互动</a></div>\n<div class=\"left_zw\" style=\"position:relative\">\n");
    paragraphs(sb, p.story(), "<p>　　", "</p>", r);
    sb.append("<p>　　(编辑:").append(p.story().editor()).append(")</p>\n</div>\n<div class=\"zitiao\">字号：<a>大</a> <a>中</a> <a>小</a>　【<a href=\"javascript:window.print()\">打印</a>】</div>\n");
    sb.append("<div class=\"weixin\"><img src=\"/images/qr.png\" alt=\"我们的微信\"> 扫一扫，关注").append(p.site().outlet()).append("微信公众号</div>\n");
    sb.append("<div class=\"hot\"><h3>热点新闻</h3><ul>");
    for (String t : p.related()) {
      sb.append("<li><a href=\"/hot/\">").append(t).append("</a></li>");
    }
    sb.append("</ul></div>\n<div class=\"comment\" id=\"comment\">评论(").append(r.nextInt(50)).append(")</div>\n</div>\n");
    footer(sb, p.site());
  }

  private void wechat(StringBuilder sb, ArticlePage p, SplittableRandom r) {
    long epoch = p.published().atZone(SHANGHAI).toEpochSecond();
    sb.append("<div id=\"js_article\" class=\"rich_media\"><div class=\"rich_media_inner\">\n<h1 class=\"rich_media_title\" id=\"activity-name\">")
        .append(p.story().title()).append("</h1>\n<div id=\"meta_content\" class=\"rich_media_meta_list\"><span class=\"rich_media_meta_text\">")
        .append(p.story().author()).append("</span> <a id=\"js_name\" href=\"javascript:void(0);\">").append(p.site().outlet())
        .append("</a> <em id=\"publish_time\" class=\"rich_media_meta_text\"></em></div>\n")
        .append("<div class=\"rich_media_content\" id=\"js_content\">\n<section><p><span>点击上方蓝字关注我们</span></p></section>\n");
    paragraphs(sb, p.story(), "<section><p><span style=\"font-size:15px\">", "</span></p></section>", r);
    sb.append("<section><p>- END -</p></section>\n<section><p>来源：").append(p.credit()).append("</p><p>编辑：")
        .append(p.story().editor()).append("</p><p>审核：").append(words.uniform("surname", r)).append(words.uniform("given", r))
        .append("</p></section>\n<section><p>长按识别二维码 关注").append(p.site().outlet()).append("</p></section>\n</div>\n")
        .append("<div class=\"read-more\">阅读 ").append(100 + r.nextInt(20_000)).append("　在看 ").append(r.nextInt(300))
        .append("</div>\n</div></div>\n<script>var ct = \"").append(epoch).append("\"; var nickname = \"").append(p.site().outlet())
        .append("\";</script>\n");
  }
}
