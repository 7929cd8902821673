package org.aidnews.web.article;

import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.LayoutAdvice;
import org.aidnews.web.TestSearchConfig;
import org.aidnews.web.WebConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = ArticleController.class)
@Import({ErrorAdvice.class, WebConfig.class, LayoutAdvice.class, TestSearchConfig.class})
class ArticleControllerTest {
  @Autowired MockMvc mvc;

  private Document page(String url) throws Exception {
    String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  @Test
  void articlePageShowsFactsAndScriptToggle() throws Exception {
    String id = org.aidnews.indexer.Pipeline.articleId("http://a.test/1");
    Document d = page("/articles/" + id);
    assertThat(d.select("h1").text()).contains("專科聯盟");
    assertThat(d.select(".facts a[href*=hospital]").eachText()).contains("浙江大学医学院附属杭州市西溪医院");
    // The agreement's 5月11日 has no year: shown as inferred, with the text as written in the tooltip.
    assertThat(d.select(".facts .sdate.inferred").attr("title")).contains("5月11日");
    assertThat(d.select(".facts .sdate.inferred").text()).startsWith("2021-05-11");
    Document simp = page("/articles/" + id + "?script=Hans");
    assertThat(simp.select("h1").text()).contains("专科联盟");
    mvc.perform(get("/articles/0123456789abcdef")).andExpect(status().isNotFound());
  }
}
