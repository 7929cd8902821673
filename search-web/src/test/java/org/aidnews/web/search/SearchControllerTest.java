package org.aidnews.web.search;

import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.LayoutAdvice;
import org.aidnews.web.TestSearchConfig;
import org.aidnews.web.WebConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = SearchController.class)
@Import({ErrorAdvice.class, WebConfig.class, LayoutAdvice.class, TestSearchConfig.class})
class SearchControllerTest {
  @Autowired MockMvc mvc;

  private Document page(String url) throws Exception {
    String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  @Test
  void resultsWithHighlightsFacetsAndChineseChrome() throws Exception {
    Document d = page("/search?q=疏附县");
    assertThat(d.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(d.select(".total").text()).isEqualTo("共找到 1 篇报道");
    assertThat(d.select(".hit h2 mark").text()).isEqualTo("疏附县");
    assertThat(d.select(".facet[data-dim=helper] .label").eachText()).containsExactly("广东省");
    assertThat(d.select("#lang-switch").text()).isEqualTo("English");
  }

  @Test
  void selectingTwoFacetValuesShowsChipsAndSidewaysCounts() throws Exception {
    Document d = page("/search?helper=浙江省&helper=广东省");
    assertThat(d.select(".total").text()).isEqualTo("共找到 2 篇报道");
    assertThat(d.select(".chip:not(.clear)")).hasSize(2);
    assertThat(d.select(".facet[data-dim=helper] li.on .label").eachText())
        .containsExactlyInAnyOrder("浙江省", "广东省");
    assertThat(d.select(".facet[data-dim=helper] .label").eachText()).hasSize(4);
  }

  @Test
  void englishSwitch() throws Exception {
    Document d = page("/search?q=援藏&lang=en");
    assertThat(d.select("html").attr("lang")).isEqualTo("en");
    assertThat(d.select(".total").text()).isEqualTo("1 articles found");
  }

  @Test
  void hostileQueryIsEscapedAndBadQueryIsA400Page() throws Exception {
    Document d = page("/search?q=<script>alert(1)</script>");
    assertThat(d.select("script").eachAttr("src")).containsExactly("/js/suggest.js");
    assertThat(d.select("script").html()).isEmpty();
    assertThat(d.select("input[name=q]").val()).isEqualTo("<script>alert(1)</script>");
    mvc.perform(get("/search").param("q", "\"unclosed")).andExpect(status().isBadRequest());
    Document bad = Jsoup.parse(mvc.perform(get("/search").param("q", "\"unclosed")).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(bad.select(".message").text()).contains("引号");
  }

  @Test
  void coverageChartAndPairMatrix() throws Exception {
    Document d = page("/search?q=医疗援疆");
    assertThat(d.select("svg.timeline rect.bar")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d.select("svg.timeline title").eachText()).contains("2021-05: 1", "2025-05: 1");
    assertThat(d.select("table.pairs thead th").eachText()).contains("新疆维吾尔自治区");
    assertThat(d.select("table.pairs td.hot a").eachAttr("href")).allMatch(h -> h.contains("helper=") && h.contains("recipient="));
  }

  @Test
  void dateRangeFormKeepsQueryAndFilters() throws Exception {
    Document d = page("/search?q=援疆&helper=浙江省&from=2021-01-01");
    assertThat(d.select("form.dates input[name=q]").val()).isEqualTo("援疆");
    assertThat(d.select("form.dates input[name=helper]").val()).isEqualTo("浙江省");
    assertThat(d.select("form.dates input[name=from]").val()).isEqualTo("2021-01-01");
    Document narrowed = page("/search?q=援疆&from=2022-01-01&to=2024-12-31");
    assertThat(narrowed.select(".hit .links a").first().attr("href")).isEqualTo("http://e.test/5");
    assertThat(narrowed.select(".hit")).hasSize(1);
    assertThat(page("/search?q=医疗援疆&from=2025-01-01").select(".hit")).hasSize(1);
  }

  @Test
  void anEmptyResultSaysWhichConditionToDropWithCounts() throws Exception {
    // 医疗援疆 has 3 articles, none after 2025-06: the date range is what to drop.
    Document d = page("/search?q=医疗援疆&from=2025-06-01");
    assertThat(d.select(".hit")).isEmpty();
    assertThat(d.select(".empty .relax li").eachText()).containsExactly("不限日期（现为 2025-06-01–）——3 篇");
    // Two conditions that each empty the result alone: dropping either one still finds nothing, no offer.
    assertThat(page("/search?q=医疗援疆&year=2019&from=2025-06-01").select(".empty .relax li")).isEmpty();
    // Keywords found nowhere under a filter that has articles: offer the filter alone.
    assertThat(page("/search?q=没有这样的词zzq&year=2021").select(".empty .relax li").text())
        .startsWith("不用关键词“没有这样的词zzq”，只按筛选条件——");
    Document yearOnly = page("/search?q=医疗援疆&year=2019");
    assertThat(yearOnly.select(".empty .relax li").eachText()).containsExactly("去掉“年份：2019”——3 篇");
    String href = yearOnly.select(".empty .relax a").attr("href");
    assertThat(href).contains("q=").doesNotContain("year=");
    assertThat(page(java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8)).select(".hit")).hasSize(3);
    // Keywords that match nothing anywhere, no filters: nothing to offer, only the general hint.
    Document none = page("/search?q=没有这样的词zzq");
    assertThat(none.select(".empty")).hasSize(1);
    assertThat(none.select(".empty .relax")).isEmpty();
    // English.
    assertThat(page("/search?q=医疗援疆&year=2019&lang=en").select(".empty .relax li").text())
        .isEqualTo("without Year: 2019 - 3 articles");
  }
}
