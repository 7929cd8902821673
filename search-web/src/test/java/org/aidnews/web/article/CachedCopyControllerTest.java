package org.aidnews.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.AidnewsProperties;
import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.LayoutAdvice;
import org.aidnews.web.TestIndex;
import org.aidnews.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The saved copy: read from a real WARC file (written here with a hostile page in GB18030), cleaned,
 * and shown under the fetch banner; every way the copy can be missing is a 404, never a 500.
 */
@WebMvcTest(controllers = CachedCopyController.class)
@Import({ErrorAdvice.class, WebConfig.class, LayoutAdvice.class, CachedCopyControllerTest.Warc.class})
class CachedCopyControllerTest {
  private static final String URL = "http://news.test/2022/0126/yiliaoti.html";
  private static Path warcDir;
  private static long secondOffset;
  private static SearchService index;
  private static SearchService.ArticleView real;

  @Autowired MockMvc mvc;
  @MockitoBean ArticleSearch search;

  /** The WARC directory the controller reads from. */
  @TestConfiguration
  static class Warc {
    @Bean
    AidnewsProperties aidnewsProperties() {
      return new AidnewsProperties(TestIndex.root(), warcDir, Path.of("none.tsv"));
    }
  }

  @BeforeAll
  static void writeWarc() throws IOException {
    warcDir = Files.createTempDirectory("aidnews-cached-test");
    Path file = warcDir.resolve("aidnews-20260101000000-00001.warc.gz");
    String first = "<html><head><title>另一篇</title></head><body><p>不是这篇</p></body></html>";
    String hostile = "<html><head><meta charset=gbk><title>医联体签约</title><script>alert('head')</script>"
        + "<style>body{display:none}</style></head><body onload=\"alert('load')\">"
        + "<div style=\"DISPLAY: none\"><a href=\"http://spam.test/\">隐藏的广告链接</a></div>"
        + "<p hidden>也是隐藏的</p><span style=\"font-size:12px; visibility : hidden\">看不见</span>"
        + "<h1>医联体签约仪式举行</h1><p onclick=\"alert('p')\">1月25日，双方签署协议。镕</p>"
        + "<script>document.cookie</script><iframe src=\"http://evil.test/\"></iframe>"
        + "<form action=\"http://evil.test/\"><input name=q></form><img src=\"http://news.test/a.png\" onerror=\"x()\">"
        + "<a href=\"/2022/0125/prev.html\">上一篇</a> <a href=\"javascript:alert(1)\">点我</a></body></html>";
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("http://news.test/other.html", first.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
      secondOffset = w.position();
      w.write(response(URL, hostile.getBytes(Charset.forName("GB18030")), "text/html"));
    }
    index = new SearchService(TestIndex.root());
    real = index.article(Pipeline.articleId("http://a.test/1")).orElseThrow();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static WarcResponse response(String url, byte[] body, String type) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", type)
        .body(MediaType.HTML, body).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-01-25T23:30:00Z")).body(http).build();
  }

  /** The sample article, but saved in {@code file} at {@code offset}. */
  private void savedAt(String file, Long offset) {
    try {
      given(search.article(anyString())).willReturn(Optional.of(
          new SearchService.ArticleView(real.article(), real.body(), file, offset, real.copies())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void noArticleByDefault() throws IOException {
    given(search.article(anyString())).willReturn(Optional.empty());
  }

  private MockHttpServletResponse cached() throws Exception {
    return mvc.perform(get("/articles/" + real.article().id() + "/cached")).andReturn().getResponse();
  }

  @Test
  void savedCopyIsDecodedCleanedAndBannered() throws Exception {
    savedAt("aidnews-20260101000000-00001.warc.gz", secondOffset);
    MockHttpServletResponse r = cached();
    assertThat(r.getStatus()).isEqualTo(200);
    String html = r.getContentAsString(StandardCharsets.UTF_8);
    Document d = Jsoup.parse(html);
    // The banner: when (Beijing time, whatever the JVM's zone) and from where.
    assertThat(d.select(".cached-banner").text()).contains("2026-01-26 07:30:00").contains(URL);
    assertThat(d.select(".cached-banner a[href=/articles/" + real.article().id() + "]")).hasSize(1);
    // The page itself, decoded from GB18030 (镕 is outside GBK's common range).
    assertThat(d.select(".cached-page h1").text()).isEqualTo("医联体签约仪式举行");
    assertThat(d.select(".cached-page p").text()).contains("1月25日，双方签署协议。镕");
    // Nothing active survives: no scripts, styles, frames, forms, images or handlers.
    assertThat(d.select(".cached-page script, .cached-page style, .cached-page iframe, .cached-page form, "
        + ".cached-page input, .cached-page img")).isEmpty();
    assertThat(d.select(".cached-page [onclick], .cached-page [onload], .cached-page [onerror]")).isEmpty();
    // What the original hid stays hidden (the cleaner drops styles, so it is removed instead).
    assertThat(d.select(".cached-page").text()).doesNotContain("隐藏的广告链接").doesNotContain("也是隐藏的")
        .doesNotContain("看不见");
    assertThat(html).doesNotContain("spam.test");
    assertThat(html).doesNotContain("alert(").doesNotContain("document.cookie").doesNotContain("evil.test");
    // Links: absolute against the page's URL, nofollow; javascript: links lose their target.
    assertThat(d.select(".cached-page a:contains(上一篇)").attr("href")).isEqualTo("http://news.test/2022/0125/prev.html");
    assertThat(d.select(".cached-page a:contains(上一篇)").attr("rel")).contains("nofollow");
    assertThat(d.select(".cached-page a:contains(点我)").hasAttr("href")).isFalse();
  }

  @Test
  void everyMissingCopyIsA404() throws Exception {
    assertThat(cached().getStatus()).as("unknown article").isEqualTo(404);
    savedAt(null, null);
    assertThat(cached().getStatus()).as("article without a saved copy").isEqualTo(404);
    savedAt("aidnews-gone.warc.gz", 0L);
    assertThat(cached().getStatus()).as("WARC file deleted").isEqualTo(404);
    Path outside = Files.createTempFile(warcDir.getParent(), "outside", ".warc.gz");
    Files.copy(warcDir.resolve("aidnews-20260101000000-00001.warc.gz"), outside,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    savedAt("../" + outside.getFileName(), secondOffset);
    assertThat(cached().getStatus()).as("path outside the WARC directory").isEqualTo(404);
  }

  @Test
  void aWrongOffsetIsNotAServerError() throws Exception {
    savedAt("aidnews-20260101000000-00001.warc.gz", secondOffset + 7);
    assertThat(cached().getStatus()).isBetween(400, 499);
  }
}
