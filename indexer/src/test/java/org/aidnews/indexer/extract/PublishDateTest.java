package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.QualityFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date cascade, end to end through the extractor: which rule wins on which page shape. */
class PublishDateTest {
  private static final String BODY = "<div class=\"content\"><p>1月18日下午，甘肃省中医院与甘谷县人民政府签署医疗帮扶合作共建框架协议，"
      + "双方将在医院管理、学科建设、人才培养等方面开展合作。</p><p>省中医院将派出专家团队定期到甘谷县开展坐诊、查房和带教，"
      + "帮助县级医院提升服务能力，2019年5月6日双方曾有过初步接触。</p></div>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // case | head html (before body) | url | fetched | expected date | rule
      "meta PubDate beats label | <meta name=PubDate content='2023-08-15 10:20'><h1>甘肃省中医院与甘谷县签约</h1><div>发布日期：2023-08-16</div> | http://a.example/x/1.html | 2023-09-01T00:00:00Z | 2023-08-15 | meta",
      "og/article:published_time | <meta property='article:published_time' content='2024-11-30T18:45:00Z'><h1>甘肃省中医院与甘谷县签约</h1> | http://a.example/x/1.html | 2024-12-05T00:00:00Z | 2024-12-01 | meta",
      "label near title | <h1>甘肃省中医院与甘谷县签约</h1><div>發布時間:2021-05-28 作者: 點擊:12</div> | http://a.example/2020/0101/1.html | 2021-06-01T00:00:00Z | 2021-05-28 | label",
      "label with pinyin | <h1>甘肃省中医院与甘谷县签约</h1><div>發(fā)布時(shí)間:2021-05-28</div> | http://a.example/x/1.html | 2021-06-01T00:00:00Z | 2021-05-28 | label",
      "url before unlabelled text | <h1>甘肃省中医院与甘谷县签约</h1><div>2022-06-19 19:05 来源:某网</div> | http://a.example/c/2022-06/20/c_1.htm | 2022-07-01T00:00:00Z | 2022-06-20 | url",
      "unlabelled text date | <h1>甘肃省中医院与甘谷县签约</h1><div>2025-05-13 14:53:02 - 休闲</div> | http://a.example/x/1.html | 2025-06-01T00:00:00Z | 2025-05-13 | text",
      "bare month-day, year from URL | <h1>甘肃省中医院与甘谷县签约</h1> | http://a.example/2021/news/1.html | 2023-06-01T00:00:00Z | 2021-01-18 | inferred-year-url",
      "bare month-day, year from fetch | <h1>甘肃省中医院与甘谷县签约</h1> | http://a.example/x/1.html | 2022-01-20T02:00:00Z | 2022-01-18 | inferred-year-fetch",
      "bare month-day after fetch day: last year | <h1>甘肃省中医院与甘谷县签约</h1> | http://a.example/x/1.html | 2022-01-10T02:00:00Z | 2021-01-18 | inferred-year-fetch",
      "成文日期 is not the publish date | <h1>甘肃省中医院与甘谷县签约</h1><div>成文日期：2023-08-10 发布日期：2023-08-16</div> | http://a.example/x/1.html | 2023-09-01T00:00:00Z | 2023-08-16 | label",
      "weak label 日期 | <h1>甘肃省中医院与甘谷县签约</h1><div>日期：2023-08-16 浏览：10</div> | http://a.example/x/1.html | 2023-09-01T00:00:00Z | 2023-08-16 | label",
      "label below the text | <h1>甘肃省中医院与甘谷县签约</h1> | http://a.example/x/1.html | 2023-09-01T00:00:00Z | 2023-08-17 | label-tail",
      "future meta ignored | <meta name=PubDate content='2099-01-01'><h1>甘肃省中医院与甘谷县签约</h1><div>发布日期：2023-08-16</div> | http://a.example/x/1.html | 2023-09-01T00:00:00Z | 2023-08-16 | label"})
  void cascade(String name, String head, String url, String fetched, String date, String rule) {
    String html = "<html><head>" + (head.startsWith("<meta") ? head.substring(0, head.indexOf('>') + 1) : "")
        + "</head><body>" + (head.startsWith("<meta") ? head.substring(head.indexOf('>') + 1) : head) + BODY
        + (name.startsWith("label below") ? "<div class=bottom>责任编辑：李四 发布时间：2023-08-17</div>" : "")
        + "</body></html>";
    Article a = new ArticleExtractor().extract(url, Instant.parse(fetched),
        new Decoded(html, StandardCharsets.UTF_8.name(), "test", false));
    assertThat(a.published() == null ? null : a.published().toString()).isEqualTo(date);
    assertThat(a.publishedRule()).isEqualTo(rule);
    assertThat(a.quality().flags().contains(QualityFlag.YEAR_INFERRED)).isEqualTo(rule.startsWith("inferred"));
  }
  private static Article page(String afterBody, String fetched) {
    String html = "<html><head></head><body><h1>甘肃省中医院与甘谷县签约</h1><em id=publish_time></em>" + BODY + afterBody
        + "</body></html>";
    return new ArticleExtractor().extract("http://mp.example/s/abc", Instant.parse(fetched),
        new Decoded(html, StandardCharsets.UTF_8.name(), "test", false));
  }

  @org.junit.jupiter.api.Test
  void aPublishTimeHeldByTheArticlesOwnScriptVariable() {
    Article a = page("<script>var nickname = \"某地卫健\"; var createTime = '2022-01-19 08:30';</script>", "2022-03-01T00:00:00Z");
    assertThat(a.published()).hasToString("2022-01-19");
    assertThat(a.publishedRule()).isEqualTo("script");
    assertThat(a.quality().flags()).doesNotContain(QualityFlag.YEAR_INFERRED);
  }

  @org.junit.jupiter.api.Test
  void epochSecondsInTheCtVariableAreReadInChinaTime() {
    // 1642611600 is 2022-01-19T17:00:00Z, already 2022-01-20 01:00 in Asia/Shanghai
    Article a = page("<script>var ct = \"1642611600\";</script>", "2022-03-01T00:00:00Z");
    assertThat(a.published()).hasToString("2022-01-20");
    assertThat(a.publishedRule()).isEqualTo("script");
  }

  @org.junit.jupiter.api.Test
  void otherScriptDatesAreNotPublishDates() {
    Article a = page("<script>var serverTime = '2022-02-27 10:00'; var expires = '2022-12-31';</script>", "2022-03-01T00:00:00Z");
    assertThat(a.publishedRule()).isEqualTo("inferred-year-fetch");
  }
}
