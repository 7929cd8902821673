package org.aidnews.indexer.extract;

import java.util.Map;

/**
 * Is an article about health assistance? A small weighted vocabulary in two groups, counted in the
 * Simplified title (double weight) and body, each term at most three times so one repeated word cannot
 * carry a page. The score needs both sides: a medical signal (医院, 卫健, 义诊 …) and an assistance
 * or partnership signal (援疆, 对口支援, 帮扶, 签约, 远程会诊, 捐赠 …); terms that are both (医联体, 医共体,
 * 专科联盟, 远程医疗, 远程会诊, 组团式) count on both.
 */
final class TopicVocabulary {
  private static final Map<String, Double> MEDICAL = Map.ofEntries(
      Map.entry("医院", 1.0), Map.entry("医疗", 1.0), Map.entry("卫健", 1.5), Map.entry("卫生健康", 1.5),
      Map.entry("卫生院", 1.0), Map.entry("义诊", 2.0), Map.entry("诊疗", 1.0), Map.entry("医生", 1.0),
      Map.entry("医师", 1.0), Map.entry("专家", 0.5), Map.entry("患者", 1.0), Map.entry("手术", 1.0),
      Map.entry("疾控", 1.5), Map.entry("中医", 1.0), Map.entry("护理", 1.0), Map.entry("医务", 1.0),
      Map.entry("临床", 1.0), Map.entry("医联体", 3.0), Map.entry("医共体", 3.0), Map.entry("专科联盟", 3.0),
      Map.entry("远程医疗", 3.0), Map.entry("远程会诊", 2.0), Map.entry("医疗集团", 2.0), Map.entry("健康", 0.5));
  private static final Map<String, Double> ASSISTANCE = Map.ofEntries(
      Map.entry("援疆", 3.0), Map.entry("援藏", 3.0), Map.entry("援青", 3.0), Map.entry("援宁", 2.0),
      Map.entry("对口支援", 3.0), Map.entry("对口帮扶", 3.0), Map.entry("对口", 1.5), Map.entry("帮扶", 2.0),
      Map.entry("东西部协作", 3.0), Map.entry("组团式", 3.0), Map.entry("托管", 2.0), Map.entry("医联体", 3.0),
      Map.entry("医共体", 3.0), Map.entry("专科联盟", 3.0), Map.entry("远程医疗", 2.0), Map.entry("签约", 1.5),
      Map.entry("签署", 1.5), Map.entry("协议", 1.5), Map.entry("合作", 1.0), Map.entry("共建", 1.5),
      Map.entry("授牌", 1.5), Map.entry("挂牌", 1.0), Map.entry("支援", 1.5), Map.entry("援建", 2.0),
      Map.entry("下沉", 1.0), Map.entry("进修", 1.0), Map.entry("传帮带", 2.0), Map.entry("结对", 1.5),
      Map.entry("协作", 1.0), Map.entry("交流", 0.5), Map.entry("义诊", 1.0),
      // One hospital serving another: a remote consultation (the senior hospital's experts advise the
      // county's doctors), donated equipment, and teaching at the bedside are assistance in themselves,
      // often reported without any 帮扶 or 援 word.
      Map.entry("远程会诊", 2.0), Map.entry("捐赠", 1.5), Map.entry("捐献", 1.0), Map.entry("带教", 1.5));
  /** Each side saturates: 6 weighted hits on a side is full evidence for that side. */
  private static final double SATURATION = 6.0;
  /** Below this the page is OFF_TOPIC: one side clearly present and the other at least touched. */
  static final double THRESHOLD = 0.3;

  private TopicVocabulary() {}

  /** A score in [0, 1]: the geometric mean of the two sides' saturated evidence. */
  static double score(String titleSimplified, String bodySimplified) {
    double medical = side(MEDICAL, titleSimplified, bodySimplified);
    double assistance = side(ASSISTANCE, titleSimplified, bodySimplified);
    return Math.sqrt(medical * assistance);
  }

  private static double side(Map<String, Double> terms, String title, String body) {
    double sum = 0;
    for (Map.Entry<String, Double> t : terms.entrySet()) {
      int n = Math.min(3, count(body, t.getKey())) + 2 * Math.min(1, count(title, t.getKey()));
      sum += n * t.getValue();
    }
    return Math.min(1.0, sum / SATURATION);
  }

  private static int count(String text, String term) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
      n++;
    }
    return n;
  }
}
