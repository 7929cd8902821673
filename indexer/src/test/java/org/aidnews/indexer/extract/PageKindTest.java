package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.RejectReason;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageKindTest {
  private static final String PAGER = "<div class=pages><a href='art_2211.html'>上一页</a> <a href='art_2211.html'>1</a> 2 "
      + "<a href='art_2211_3.html'>3</a></div>";
  private static final String SIBLINGS_ONLY = "<div class=pages><a href='art_2211.html'>1</a> 2 <a href='art_2211_3.html'>3</a></div>";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "http://a.example/art/2021/5/28/art_2211_2.html | pager | true",
      "http://a.example/art/2021/5/28/art_2211_2.html | siblings | true",
      "http://a.example/art/2021/5/28/art_2211_2.html | none | false",
      "http://a.example/art/2021/5/28/art_2211.html | pager | false",
      "http://a.example/col/index_1.shtml | pager | true",
      "http://a.example/col/index.shtml | pager | false",
      "http://a.example/xxgk/202105/t20210528_123.html | none | false",
      "not a url at all | pager | false"})
  void continuation(String url, String links, boolean expected) {
    String html = "<html><body><p>正文。</p>" + switch (links) {
      case "pager" -> PAGER;
      case "siblings" -> SIBLINGS_ONLY;
      default -> "";
    } + "</body></html>";
    assertThat(PageKind.isContinuation(url, Jsoup.parse(html))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "article | false",
      "list | true"})
  void listPagesAreNotArticles(String kind, boolean list) {
    StringBuilder html = new StringBuilder("<html><body><div class=nav><a href=/>首页</a></div>");
    if (kind.equals("list")) {
      html.append("<ul>");
      for (int i = 0; i < 25; i++) {
        html.append("<li><a href='/a/").append(i).append(".html'>某县医院开展第").append(i).append("次义诊活动</a><span>2023-06-")
            .append(10 + i % 20).append("</span></li>");
      }
      html.append("</ul>");
    } else {
      html.append("<h1>某县医院与省医院签署医联体协议</h1><div class=content>");
      for (int i = 0; i < 4; i++) {
        html.append("<p>某县医院与省人民医院签署紧密型医联体合作协议，双方将在人才培养、学科建设、远程会诊等方面开展合作，"
            + "省人民医院将定期派出专家到县医院坐诊和带教。</p>");
      }
      html.append("</div>");
    }
    html.append("</body></html>");
    Article a = new ArticleExtractor().extract("http://a.example/x.html", Instant.parse("2024-01-01T00:00:00Z"),
        new Decoded(html.toString(), StandardCharsets.UTF_8.name(), "test", false));
    assertThat(a.isArticle()).isEqualTo(!list);
    assertThat(a.quality().rejectReason()).isEqualTo(list ? RejectReason.NOT_ARTICLE : null);
  }

  private static Article extractHtml(String url, String html) {
    return new ArticleExtractor().extract(url, Instant.parse("2024-01-01T00:00:00Z"),
        new Decoded(html, "UTF-8", "test", false));
  }

  /** A page whose few words are outweighed by its headline links is a list (search results, a short last page). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "search results | true",
      "short notice with neighbours | false"})
  void shortPagesOfLinksAreLists(String kind, boolean list) {
    String html = kind.startsWith("search")
        ? "<html><body><form action=/s><input name=q></form><p>搜索结果：找到 2 条相关信息</p><ul>"
            + "<li><a href=/a/1.html>县人民医院与省医院签署医联体协议</a></li>"
            + "<li><a href=/a/2.html>省医院专家到县医院开展义诊活动</a></li></ul></body></html>"
        : "<html><body><h1>关于端午节门诊安排的通知</h1><div class=text><p>端午节期间，我院门诊照常开放。</p></div><p>上一篇：<a href=/a/1.html>县人民医院与省医院签署医联体协议</a></p>"
            + "<p>下一篇：<a href=/a/2.html>省医院专家到县医院开展义诊活动</a></p></body></html>";
    Article a = extractHtml("http://a.example/x.html", html);
    assertThat(a.isArticle()).isEqualTo(!list);
    assertThat(a.quality().rejectReason()).isEqualTo(list ? RejectReason.NOT_ARTICLE : RejectReason.TOO_SHORT);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
      "40, 2, 41, true",
      "40, 2, 40, false",
      "40, 1, 90, false",
      "100, 5, 200, false",
      "0, 2, 12, true"})
  void shortLinkPageThresholds(int own, int links, int linkChars, boolean list) {
    assertThat(PageKind.shortLinkPage(own, links, linkChars)).isEqualTo(list);
  }
}
