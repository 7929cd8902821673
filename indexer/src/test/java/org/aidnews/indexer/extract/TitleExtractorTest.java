package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleExtractorTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // <title> | <h1> | expected ('¦' stands for '|' inside values)
      "柔性援疆¦我院赴阿克蘇參加簽約儀式-杭州市西溪醫院 | 柔性援疆¦我院赴阿克蘇參加簽約儀式 | 我院赴阿克蘇參加簽約儀式",
      "广州市八医院团队到疏附县调研交流,广州共推医疗援疆工作_南方+_南方plus | 广州市八医院团队到疏附县调研交流,共推医疗援疆工作 将其视为一项重大政治任务 | 广州市八医院团队到疏附县调研交流,共推医疗援疆工作",
      "深化“组团式”医疗援疆 阿克苏市人民医院赴杭州交流学习-中新网 | 深化“组团式”医疗援疆 阿克苏市人民医院赴杭州交流学习 | 深化“组团式”医疗援疆 阿克苏市人民医院赴杭州交流学习",
      "新闻动态-甘肃省中医院 | - | -",
      "首页 | 某某县人民政府网 | -",
      "援疆医生的一天_工作动态_自治区卫生健康委员会 | 自治区卫生健康委员会 | 援疆医生的一天",
      "发(fā)布会召开 - 健康网 | - | 发布会召开",
      "2021-2025年医疗援藏规划发布_新闻中心 | 2021-2025年医疗援藏规划发布 | 2021-2025年医疗援藏规划发布",
      "- | 县医院与省医院签约组建医联体 | 县医院与省医院签约组建医联体",
      // a hospital name longer than the headline: the segment the heading repeats wins
      "我院援疆医生启程赴阿克苏-浙江大学医学院附属杭州市西溪医院 | 我院援疆医生启程赴阿克苏 | 我院援疆医生启程赴阿克苏",
      "我院援疆医生启程-浙江大学医学院附属杭州市西溪医院 | - | 浙江大学医学院附属杭州市西溪医院",
      // a headline holding a separator, shown whole by the heading and repeated by the <title>
      "雪域一年间 ¦ 华西医院援藏医疗队工作纪实 | 雪域一年间 ¦ 华西医院援藏医疗队工作纪实 | 雪域一年间 ¦ 华西医院援藏医疗队工作纪实",
      // a <title> that names no article: Dreamweaver's default, a print view
      "无标题文档 | 省人民医院专家赴那曲义诊 | 省人民医院专家赴那曲义诊",
      "打印页面 | 省人民医院专家赴那曲义诊 | 省人民医院专家赴那曲义诊",
      // the whole <title> is a long institution name: the h1 is the headline
      "伊犁哈萨克自治州友谊医院 | 天津援疆专家在我院开展新技术 | 天津援疆专家在我院开展新技术",
      // the template's metadata line inside the heading is not headline
      "关于调整门诊时间的通知 - 通知公告 - 某某医院 | 关于调整门诊时间的通知<br><span>发布时间：2024-04-02 来源：医务科 点击：3</span> | 关于调整门诊时间的通知"})
  void title(String titleTag, String h1, String expected) {
    titleTag = titleTag == null ? null : titleTag.replace('¦', '|');
    h1 = h1 == null ? null : h1.replace('¦', '|');
    expected = expected == null ? null : expected.replace('¦', '|');
    String html = "<html><head>" + (titleTag == null ? "" : "<title>" + titleTag + "</title>") + "</head><body>"
        + (h1 == null ? "" : "<h1>" + h1 + "</h1>") + "<div><p>正文内容。</p></div></body></html>";
    Document doc = Jsoup.parse(html);
    assertThat(TitleExtractor.extract(doc, Map.of(), null, Set.of()).title()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "柔性援疆|我院赴阿克蘇參加簽約儀式 ; 我院赴阿克蘇參加簽約儀式",
      "书记市长这一周 | 奋马扬鞭再出发 ; 书记市长这一周 | 奋马扬鞭再出发",
      "援疆|短标题 ; 援疆|短标题"})
  void columnPrefix(String in, String out) {
    assertThat(TitleExtractor.stripColumn(in)).isEqualTo(out);
  }

  @org.junit.jupiter.api.Test
  void aClassNameEndingInTitleMarksTheHeadline() {
    Document doc = Jsoup.parse("<html><head><title>打印页面</title></head><body><div class=ptitle>省人民医院专家赴那曲义诊</div>"
        + "<div><p>正文内容。</p></div></body></html>");
    assertThat(TitleExtractor.extract(doc, Map.of(), null, Set.of()).title()).isEqualTo("省人民医院专家赴那曲义诊");
  }
}
