package org.aidnews.web.api;

import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.TestSearchConfig;
import org.aidnews.web.WebConfig;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = ApiController.class)
@Import({ErrorAdvice.class, WebConfig.class, TestSearchConfig.class})
class ApiControllerTest {
  @Autowired MockMvc mvc;

  @Test
  void searchReturnsTheContractShape() throws Exception {
    mvc.perform(get("/api/search").param("q", "医疗援疆"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/json"))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.hits", hasSize(3)))
        .andExpect(jsonPath("$.hits[0].id").isString())
        .andExpect(jsonPath("$.hits[0].url").isString())
        .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>")))
        .andExpect(jsonPath("$.facets.province[0].value").value("新疆维吾尔自治区"))
        .andExpect(jsonPath("$.facets.province[0].count").value(3))
        .andExpect(jsonPath("$.facets.year").isArray());
  }

  @Test
  void traditionalQueryGivesTheSameTotal() throws Exception {
    mvc.perform(get("/api/search").param("q", "醫療援疆")).andExpect(jsonPath("$.total").value(3));
  }

  @Test
  void filtersAreRepeatableAndCombine() throws Exception {
    mvc.perform(get("/api/search").param("helper", "浙江省").param("helper", "广东省").param("year", "2025"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.hits[0].url").value("http://b.test/2"));
    mvc.perform(get("/api/search").param("from", "2022-01-01").param("to", "2023-12-31").param("sort", "newest"))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.hits[0].published").value("2023-08-02"));
  }

  @Test
  void badParametersGiveProblemJson() throws Exception {
    mvc.perform(get("/api/search").param("page", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.parameter").value("page"))
        .andExpect(jsonPath("$.detail", containsString("page")));
    mvc.perform(get("/api/search").param("size", "1000")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/search").param("from", "2022-13-45")).andExpect(jsonPath("$.parameter").value("from"));
    mvc.perform(get("/api/search").param("q", "(".repeat(3000))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/search").param("sort", "oldest")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/search").param("page", "200").param("size", "10")).andExpect(status().isBadRequest());
  }

  @Test
  void articleByIdAndMissingArticle() throws Exception {
    String id = org.aidnews.indexer.Pipeline.articleId("http://c.test/3");
    mvc.perform(get("/api/articles/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.article.title").value("北京援藏医疗队在拉萨开展义诊"))
        .andExpect(jsonPath("$.body", containsString("义诊")));
    mvc.perform(get("/api/articles/0000000000000000"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void corsIsOpenForGet() throws Exception {
    mvc.perform(get("/api/search").header("Origin", "https://other.example"))
        .andExpect(header().string("Access-Control-Allow-Origin", "*"));
  }

  @Test
  void suggestsNames() throws Exception {
    mvc.perform(get("/api/suggest").param("q", "疏附"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.suggestions[*].text", org.hamcrest.Matchers.hasItem("疏附县人民医院")));
    mvc.perform(get("/api/suggest").param("q", "x".repeat(60))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/suggest")).andExpect(status().isOk()).andExpect(jsonPath("$.suggestions", hasSize(0)));
  }
}
