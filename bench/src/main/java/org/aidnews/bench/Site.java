package org.aidnews.bench;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A synthetic site: its page template, host, outlet name and how it encodes its pages. Hosts are
 * under the reserved {@code .test} domain so a generated WARC can never be mistaken for a real crawl.
 *
 * @param id           short name, used in URLs and logs
 * @param template     which page layout it uses
 * @param host         host name
 * @param outlet       the outlet name pages credit (来源)
 * @param column       the column a hospital or government site files assistance news under
 * @param charsetLabel the charset named in the meta tag (and the header, when {@code headerCharset})
 * @param encoding     the charset the bytes are really written in
 * @param traditional  whether the site writes Traditional characters
 * @param headerCharset whether the HTTP Content-Type names the charset
 * @param weight       relative share of the corpus
 */
record Site(String id, Template template, String host, String outlet, String column, String charsetLabel,
    Charset encoding, boolean traditional, boolean headerCharset, int weight) {

  /** The page layouts found on regional health-news sites. */
  enum Template { GOV_CMS, HOSPITAL_COLUMN, NEWS_PORTAL, WECHAT }

  private static final Charset UTF8 = Charset.forName("UTF-8");
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  /**
   * The sites of the corpus. Weights give roughly 65 % UTF-8 Simplified, 22 % GBK-family,
   * 7 % Big5 Traditional and 6 % UTF-8 Traditional pages.
   */
  static final List<Site> ALL = List.of(
      new Site("xjwjw", Template.GOV_CMS, "wjw.xinjiang.aidnews-bench.test", "新疆维吾尔自治区卫生健康委员会", "工作动态",
          "utf-8", UTF8, false, true, 10),
      new Site("zjwsjkw", Template.GOV_CMS, "wsjkw.zhejiang.aidnews-bench.test", "浙江省卫生健康委员会", "对口支援",
          "utf-8", UTF8, false, true, 8),
      new Site("akswjw", Template.GOV_CMS, "wjw.aksu.aidnews-bench.test", "阿克苏地区卫生健康委员会", "援疆工作",
          "gbk", GBK, false, false, 6),
      new Site("kashi", Template.GOV_CMS, "www.kashi.aidnews-bench.test", "喀什地区行政公署", "援疆动态",
          "gb2312", GBK, false, true, 4),
      new Site("xzwjw", Template.GOV_CMS, "wjw.xizang.aidnews-bench.test", "西藏自治区卫生健康委员会", "援藏工作",
          "utf-8", UTF8, false, true, 6),
      new Site("zy1", Template.HOSPITAL_COLUMN, "www.zy1.aidnews-bench.test", "浙江大学医学院附属第一医院", "援疆工作",
          "utf-8", UTF8, false, true, 7),
      new Site("gz8h", Template.HOSPITAL_COLUMN, "www.gz8h.aidnews-bench.test", "广州医科大学附属市八医院", "对口帮扶",
          "gb18030", GB18030, false, true, 4),
      new Site("xzrmyy", Template.HOSPITAL_COLUMN, "www.xzrmyy.aidnews-bench.test", "西藏自治区人民医院", "组团式援藏",
          "utf-8", UTF8, false, true, 5),
      new Site("aks1", Template.HOSPITAL_COLUMN, "www.aks1.aidnews-bench.test", "阿克苏地区第一人民医院", "柔性援疆",
          "gbk", GBK, false, false, 4),
      new Site("cnsxj", Template.NEWS_PORTAL, "xj.chinanews.aidnews-bench.test", "中新网新疆", "新疆新闻",
          "utf-8", UTF8, false, true, 12),
      new Site("cnsxjtw", Template.NEWS_PORTAL, "big5.chinanews.aidnews-bench.test", "中新網新疆", "新疆新聞",
          "big5", BIG5, true, true, 7),
      new Site("tianshan", Template.NEWS_PORTAL, "news.tianshan.aidnews-bench.test", "天山网", "健康",
          "utf-8", UTF8, false, true, 9),
      new Site("cnzx", Template.NEWS_PORTAL, "www.cnzx.aidnews-bench.test", "川南在线", "健康资讯",
          "gbk", GBK, false, false, 4),
      new Site("wenhui", Template.NEWS_PORTAL, "health.wenhui.aidnews-bench.test", "文匯健康", "內地醫療",
          "utf-8", UTF8, true, true, 6),
      new Site("wxaks", Template.WECHAT, "mp.aidnews-bench.test", "健康阿克苏", "",
          "utf-8", UTF8, false, true, 4),
      new Site("wxgz", Template.WECHAT, "mp.aidnews-bench.test", "广州援疆", "",
          "utf-8", UTF8, false, true, 4));

  static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Site::weight).sum();
}
