package org.aidnews.web.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;
import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.LayoutAdvice;
import org.aidnews.web.TestSearchConfig;
import org.aidnews.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {AgreementsController.class, HospitalController.class})
@Import({ErrorAdvice.class, WebConfig.class, LayoutAdvice.class, TestSearchConfig.class})
class AgreementsControllerTest {
  @Autowired MockMvc mvc;

  @Test
  void precedentsPageListsRecordsWithFacets() throws Exception {
    Document d = Jsoup.parse(mvc.perform(get("/agreements")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(d.select(".total").text()).isEqualTo("共 3 项协议");
    assertThat(d.select("tr.agreement")).hasSize(3);
    assertThat(d.select(".facet[data-dim=agreementType] .label").eachText()).containsExactly("医联体", "专科联盟");
    Document one = Jsoup.parse(mvc.perform(get("/agreements").param("type", "专科联盟")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(one.select("tr.agreement")).hasSize(1);
    assertThat(one.select("tr.agreement td").first().text()).contains("专科联盟");
  }

  @Test
  void csvHasBomHeaderAndOneRowPerRecord() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/agreements.csv").param("type", "医联体")).andReturn().getResponse();
    assertThat(r.getContentType()).startsWith("text/csv");
    byte[] bytes = r.getContentAsByteArray();
    assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
    String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("协议类型,协议名称,支援方,受援方").contains(",签约日期,日期依据,日期原文,");
    assertThat(lines[2]).contains("\"西南医科大学附属医院\"").contains("\"叙永县人民政府\"")
        .contains("\"2022-01-25\",\"年份推断\",\"1月25日\"");
    // No date at all (日前): the date and its basis stay empty, the text as written is kept.
    assertThat(lines[1]).contains("\"疏附县人民医院\"").contains("\"\",\"\",\"日前\"");
  }

  @Test
  void inferredSigningDatesAreMarkedInBothLanguages() throws Exception {
    for (String lang : new String[] {"zh", "en"}) {
      Document d = Jsoup.parse(mvc.perform(get("/agreements").param("lang", lang)).andReturn().getResponse()
          .getContentAsString(StandardCharsets.UTF_8));
      Element luzhou = d.select("tr.agreement:contains(叙永县人民政府) td.date .sdate").first();
      assertThat(luzhou).isNotNull();
      assertThat(luzhou.hasClass("inferred")).as(lang).isTrue();
      assertThat(luzhou.attr("data-basis")).isEqualTo("YEAR_INFERRED");
      assertThat(luzhou.select(".mark").text()).isEqualTo("≈");
      assertThat(luzhou.attr("title")).contains("1月25日").contains(lang.equals("zh") ? "年份" : "year");
      assertThat(luzhou.text()).startsWith("2022-01-25");
      // 日前: no date, nothing to mark.
      Element shufu = d.select("tr.agreement:contains(疏附县人民医院) td.date .sdate").first();
      assertThat(shufu.hasClass("inferred")).isFalse();
      assertThat(shufu.select(".mark")).isEmpty();
      assertThat(shufu.text()).startsWith("日前");
      assertThat(d.select("p.legend").text()).contains("≈");
    }
    Document h = Jsoup.parse(mvc.perform(get("/hospitals/西南医科大学附属医院")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(h.select("tr.agreement .sdate.inferred .mark").text()).isEqualTo("≈");
  }

  @Test
  void partiesAreShownHelpersFirst() {
    Party a = new Party("甲医院", Side.unknown);
    Party b = new Party("乙医院", Side.recipient);
    Party c = new Party("丙医院", Side.helper);
    Party d = new Party("丁医院", Side.recipient);
    assertThat(new LayoutAdvice.PartyOrder().of(List.of(a, b, c, d))).containsExactly(c, b, d, a);
  }

  @Test
  void csvCellsCannotRunAsFormulas() {
    assertThat(AgreementsController.cells("=HYPERLINK(\"x\")", "a\"b")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"a\"\"b\"\r\n");
  }

  @Test
  void apiAndHospitalPage() throws Exception {
    mvc.perform(get("/api/agreements").param("party", "疏附县人民医院"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.agreements[0].type").value("医联体"))
        .andExpect(jsonPath("$.agreements[0].parties[0].side").value("helper"));
    Document h = Jsoup.parse(mvc.perform(get("/hospitals/疏附县人民医院")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(h.select("h1").text()).isEqualTo("疏附县人民医院");
    assertThat(h.select("tr.agreement")).hasSize(1);
    assertThat(h.select("table.agreements thead th").eachText()).hasSize(4);
    assertThat(h.select("tr.agreement a.self").text()).isEqualTo("疏附县人民医院");
    assertThat(h.select("tr.agreement td").get(3).text()).contains("广州市八医院团队到疏附县调研交流");
    assertThat(h.select(".hit")).hasSize(1);
    assertThat(h.select(".more-links a").eachAttr("href")).anySatisfy(href -> assertThat(href)
        .startsWith("/agreements?party=")).anySatisfy(href -> assertThat(href).startsWith("/search?hospital="));
    Document en = Jsoup.parse(mvc.perform(get("/hospitals/疏附县人民医院").param("lang", "en")).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(en.select("tr.agreement [class*=side-] small").eachText()).containsExactly("(assisting)", "(receiving)");
    mvc.perform(get("/hospitals/不存在的医院")).andExpect(status().isNotFound());
  }
}
