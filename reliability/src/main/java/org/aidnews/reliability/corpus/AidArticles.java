package org.aidnews.reliability.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated news articles about paired medical assistance, written for the battery (not real
 * news): article-shaped pages with a title, a date line, a source and several paragraphs, so
 * that they pass decoding, extraction and the topic check like real articles do. Every article
 * contains {@link #CANARY}, the query whose hit count must never drop to zero while a rebuild is
 * published. Deterministic for a given seed.
 */
public final class AidArticles {
  /** A phrase every generated article contains. */
  public static final String CANARY = "医疗援疆";

  private static final String[] HELPERS = {"浙江省", "广东省", "北京市", "上海市", "江苏省", "山东省", "天津市", "辽宁省"};
  private static final String[] RECIPIENTS = {"阿克苏地区", "喀什地区", "和田地区", "疏附县", "拉萨市", "日喀则市", "昌吉回族自治州"};
  private static final String[] HOSPITALS = {"浙江大学医学院附属第一医院", "广州医科大学附属市八医院", "北京协和医院",
      "复旦大学附属华山医院", "江苏省人民医院", "山东大学齐鲁医院", "天津医科大学总医院", "中国医科大学附属第一医院"};
  private static final String[] LOCAL = {"阿克苏地区第一人民医院", "喀什地区第一人民医院", "和田地区人民医院", "疏附县人民医院",
      "拉萨市人民医院", "日喀则市人民医院", "昌吉州人民医院"};
  private static final String[] KINDS = {"医联体", "专科联盟", "对口帮扶", "远程医疗", "托管", "组团式帮扶"};
  private static final String[] SOURCES = {"天山网", "浙江日报", "南方日报", "西藏日报", "新疆日报", "健康报"};
  private static final String[] SENTENCES = {
      "专家团队到达后立即开展门诊坐诊、教学查房和手术示教，帮助当地医生提高诊疗水平。",
      "双方约定在学科建设、人才培养、远程会诊和双向转诊等方面开展长期合作。",
      "援疆医生手把手带教本地骨干，累计开展新技术新项目十余项，填补了多项技术空白。",
      "签约仪式上，两家医院负责人分别介绍了合作背景和下一步工作安排。",
      "通过远程医疗平台，基层患者在家门口就能得到上级医院专家的诊断意见。",
      "医疗队还深入乡镇卫生院开展义诊和健康宣讲，受到当地群众的欢迎。",
      "下一步，双方将继续深化合作，推动优质医疗资源下沉，让群众少跑路。",
      "据介绍，本次帮扶为期三年，重点建设心血管内科、重症医学科和儿科。"};

  private AidArticles() {}

  /** Article {@code i} of the corpus seeded with {@code seed}. */
  public static WarcCorpus.Page article(long seed, int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String helper = pick(r, HELPERS);
    String recipient = pick(r, RECIPIENTS);
    String hospital = pick(r, HOSPITALS);
    String local = pick(r, LOCAL);
    String kind = pick(r, KINDS);
    LocalDate date = LocalDate.of(2018 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String title = hospital + "与" + local + "签署" + kind + "协议 共推" + CANARY + "（第" + i + "期）";
    StringBuilder body = new StringBuilder();
    body.append("<p>").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日，")
        .append(helper).append("援疆指挥部牵头，").append(hospital).append("与").append(recipient).append(local)
        .append("签署").append(kind).append("合作协议，这是").append(CANARY).append("工作的又一项成果。</p>");
    int n = Integer.getInteger("paras", 4) + r.nextInt(2);
    for (int k = 0; k < n; k++) {
      body.append("<p>").append(pick(r, SENTENCES)).append(pick(r, SENTENCES)).append("</p>");
    }
    String url = String.format(Locale.ROOT, "http://news%d.test/%d/%02d/t%s_%d.html", i % 7, date.getYear(),
        date.getMonthValue(), date.toString().replace("-", ""), i);
    return WarcCorpus.html(url, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), page(title, date,
        pick(r, SOURCES), body.toString()));
  }

  /** {@code n} articles of the corpus seeded with {@code seed}. */
  public static List<WarcCorpus.Page> articles(long seed, int n) {
    List<WarcCorpus.Page> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pages.add(article(seed, i));
    }
    return pages;
  }

  /** A news page around an already formed body (HTML), with title and body taken as given. */
  public static String page(String titleHtml, LocalDate date, String source, String bodyHtml) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + titleHtml
        + "</title><meta name=\"publishdate\" content=\"" + date + "\"></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/news/\">新闻动态</a></div>"
        + "<div class=\"article\"><h1>" + titleHtml + "</h1><div class=\"info\">发布时间：" + date + " 来源：" + source
        + "</div><div class=\"content\">" + bodyHtml + "</div></div>"
        + "<div class=\"footer\">版权所有 © 示例卫生健康委员会</div></body></html>";
  }

  private static String pick(SplittableRandom r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
