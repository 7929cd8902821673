package org.aidnews.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.TestSearchConfig;
import org.aidnews.web.WebConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(controllers = {FeedController.class, OpenSearchController.class})
@Import({ErrorAdvice.class, WebConfig.class, TestSearchConfig.class})
class FeedControllerTest {
  @Autowired MockMvc mvc;

  private MockHttpServletResponse fetch(String path, String q) throws Exception {
    return mvc.perform(get(path).param("q", q)).andReturn().getResponse();
  }

  @Test
  void rssAndAtomParseBackWithStableIdsNewestFirst() throws Exception {
    for (String path : List.of("/feed/rss", "/feed/atom")) {
      MockHttpServletResponse r = fetch(path, "医疗援疆");
      assertThat(r.getStatus()).isEqualTo(200);
      SyndFeed feed = new SyndFeedInput().build(new StringReader(r.getContentAsString(StandardCharsets.UTF_8)));
      assertThat(feed.getEntries()).hasSize(3);
      assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("广州市八医院团队到疏附县调研交流,共推医疗援疆工作");
      assertThat(feed.getEntries().get(0).getUri()).startsWith("urn:aidnews:article:");
      assertThat(feed.getEntries().get(0).getPublishedDate()).isAfter(feed.getEntries().get(2).getPublishedDate());
      assertThat(r.getHeader("ETag")).isNotBlank();
      assertThat(r.getHeader("Last-Modified")).isNotBlank();
    }
  }

  @Test
  void conditionalGetGives304() throws Exception {
    MockHttpServletResponse first = fetch("/feed/atom", "援藏");
    String etag = first.getHeader("ETag");
    mvc.perform(get("/feed/atom").param("q", "援藏").header("If-None-Match", etag))
        .andExpect(status().isNotModified());
    mvc.perform(get("/feed/atom").param("q", "援疆").header("If-None-Match", etag))
        .andExpect(status().isOk());
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonFeedFollowsVersion11() throws Exception {
    MockHttpServletResponse r = fetch("/feed/json", "医联体");
    assertThat(r.getContentType()).startsWith("application/feed+json");
    Map<String, Object> feed = JsonMapper.builder().build().readValue(r.getContentAsString(StandardCharsets.UTF_8), Map.class);
    assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title")).asString().contains("医联体");
    List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
    assertThat(items).isNotEmpty();
    for (Map<String, Object> item : items) {
      assertThat(item.get("id")).asString().matches("[0-9a-f]{16}");
      assertThat(item).containsKey("content_html");
      assertThat(item.get("url")).asString().startsWith("http");
    }
  }

  @Test
  void jsonFeedsConformToTheSchema() throws Exception {
    // A query with hits, one in Traditional script, filters, and one with no hits (empty items).
    for (String q : List.of("医联体", "醫療援疆", "", "没有这样的文章zzqx")) {
      String body = fetch("/feed/json", q).getContentAsString(StandardCharsets.UTF_8);
      assertThat(JsonFeedSchema.problems(body)).as("feed for '%s': %s", q, body).isEmpty();
    }
    String filtered = mvc.perform(get("/feed/json").param("province", "新疆维吾尔自治区").param("sort", "date"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonFeedSchema.problems(filtered)).isEmpty();
  }

  /** The schema check can fail: each of these breaks one rule of JSON Feed 1.1 and must be rejected. */
  @Test
  void brokenJsonFeedsAreRejected() throws Exception {
    String good = fetch("/feed/json", "医联体").getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonFeedSchema.problems(good)).isEmpty();
    Map<String, java.util.function.Consumer<ObjectNode>> breakages = new LinkedHashMap<>();
    breakages.put("no version", f -> f.remove("version"));
    breakages.put("version 1.0", f -> f.put("version", "https://jsonfeed.org/version/1"));
    breakages.put("no title", f -> f.remove("title"));
    breakages.put("no items", f -> f.remove("items"));
    breakages.put("items not an array", f -> f.put("items", "none"));
    breakages.put("unknown member without underscore", f -> f.put("generator", "x"));
    breakages.put("relative feed_url", f -> f.put("feed_url", "/feed/json"));
    breakages.put("item without id", f -> item(f).remove("id"));
    breakages.put("numeric id", f -> item(f).put("id", 42));
    breakages.put("item without content", f -> item(f).remove("content_html"));
    breakages.put("date without seconds", f -> item(f).put("date_published", "2022-01-26T12:00+08:00"));
    breakages.put("date without offset", f -> item(f).put("date_published", "2022-01-26T12:00:00"));
    breakages.put("date with a space", f -> item(f).put("date_published", "2022-01-26 12:00:00+08:00"));
    breakages.put("impossible date", f -> item(f).put("date_published", "2022-02-30T12:00:00+08:00"));
    breakages.put("tags not strings", f -> item(f).putArray("tags").add(1));
    breakages.put("empty author", f -> item(f).putArray("authors").addObject());
    breakages.put("attachment without mime_type", f -> item(f).putArray("attachments").addObject()
        .put("url", "http://a.test/x.pdf"));
    JsonMapper mapper = JsonMapper.builder().build();
    breakages.forEach((what, breakage) -> {
      ObjectNode feed = (ObjectNode) mapper.readTree(good);
      breakage.accept(feed);
      assertThat(JsonFeedSchema.problems(mapper.writeValueAsString(feed))).as(what).isNotEmpty();
    });
    // Extensions (members starting with an underscore) and a content_text-only item are fine.
    ObjectNode extended = (ObjectNode) mapper.readTree(good);
    extended.putObject("_aidnews").put("query", "医联体");
    ObjectNode textOnly = item(extended);
    textOnly.put("content_text", "纯文本").remove("content_html");
    assertThat(JsonFeedSchema.problems(mapper.writeValueAsString(extended))).isEmpty();
  }

  private static ObjectNode item(ObjectNode feed) {
    return (ObjectNode) feed.get("items").get(0);
  }

  @Test
  void badParametersGiveProblemJsonNotAFeed() throws Exception {
    mvc.perform(get("/feed/rss").param("year", "20x2")).andExpect(status().isBadRequest());
  }

  @Test
  void openSearchDescription() throws Exception {
    String xml = mvc.perform(get("/opensearch.xml")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(xml).contains("{searchTerms}").contains("<ShortName>援助新闻检索</ShortName>");
  }
}
