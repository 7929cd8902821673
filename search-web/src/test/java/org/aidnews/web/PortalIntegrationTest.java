package org.aidnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aidnews.indexer.search.SampleCorpus;
import org.aidnews.indexer.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a random port over a real index: HTTP, headers, actuator exposure and metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalIntegrationTest {
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  /** The crawl that the crawl-time metric must find: the last line of the newest crawl log. */
  static final Instant LAST_CRAWL = Instant.parse("2026-03-04T05:06:07Z");

  @DynamicPropertySource
  static void index(DynamicPropertyRegistry registry) throws IOException {
    registry.add("aidnews.index", () -> TestIndex.root().toString());
    Path warc = Files.createTempDirectory("aidnews-web-warc");
    Files.writeString(warc.resolve("crawl-20260101T000000Z.jsonl"),
        "{\"time\":\"2026-01-01T00:10:00Z\",\"url\":\"http://a.test/\"}\n", StandardCharsets.UTF_8);
    Files.writeString(warc.resolve("crawl-20260304T050000Z.jsonl"),
        "{\"time\":\"2026-03-04T05:00:00Z\",\"url\":\"http://a.test/\"}\n{\"time\":\"" + LAST_CRAWL
            + "\",\"url\":\"http://a.test/2\"}\n{\"time\":\"2026-03-", StandardCharsets.UTF_8); // torn last line
    registry.add("aidnews.warc", warc::toString);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void apiAnswersOverHttpInBothScripts() throws Exception {
    HttpResponse<String> simp = get("/api/search?q=" + enc("医疗援疆"));
    HttpResponse<String> trad = get("/api/search?q=" + enc("醫療援疆"));
    assertThat(simp.statusCode()).isEqualTo(200);
    assertThat(simp.body()).startsWith("{\"total\":3,");
    assertThat(trad.body()).startsWith("{\"total\":3,");
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/search?q=" + enc("援疆"), "/api/search", "/api/search?page=x", "/nope"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
          csp -> assertThat(csp).contains("object-src 'none'").contains("frame-ancestors 'none'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(r.statusCode()).as(path).isLessThan(500);
    }
  }

  @Test
  void anUnknownPathIsTheSitesOwn404PageInABrowserAndProblemJsonForTheApi() throws Exception {
    HttpResponse<String> page = get("/no-such-page");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("没有找到").contains("/no-such-page").contains("返回首页");
    HttpResponse<String> api = get("/api/no-such-thing");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(api.body()).contains("/api/no-such-thing");
  }

  @Test
  void actuatorExposesHealthAndMetricsOnly() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
    assertThat(get("/actuator").body()).contains("/actuator/health").contains("/actuator/metrics")
        .doesNotContain("/actuator/env");
    for (String ep : List.of("env", "beans", "heapdump", "threaddump", "loggers", "configprops", "mappings",
        "conditions", "scheduledtasks", "info", "prometheus", "caches", "startup", "shutdown", "sbom")) {
      assertThat(get("/actuator/" + ep).statusCode()).as("/actuator/" + ep).isEqualTo(404);
    }
    HttpResponse<String> shutdown = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/actuator/shutdown")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(shutdown.statusCode()).isEqualTo(404);
  }

  @Test
  void metricsCoverLatencyIndexAndCrawl() throws Exception {
    assertThat(get("/api/search?q=" + enc("援疆")).statusCode()).isEqualTo(200); // so that a request was timed
    JsonNode names = json.readTree(get("/actuator/metrics").body()).get("names");
    List<String> listed = new ArrayList<>();
    names.forEach(n -> listed.add(n.asString()));
    assertThat(listed).contains("http.server.requests", "aidnews.index.articles", "aidnews.index.size",
        "aidnews.index.commit.time", "aidnews.index.commit.age", "aidnews.crawl.last.time", "aidnews.crawl.last.age");

    assertThat(metric("aidnews.index.articles")).isEqualTo(SampleCorpus.articles().size());
    assertThat(metric("aidnews.index.size")).isGreaterThan(1000);
    try (SearchService index = new SearchService(TestIndex.root())) {
      Instant committed = index.status().committedAt();
      assertThat(committed).isNotNull();
      assertThat(metric("aidnews.index.commit.time")).isEqualTo(committed.toEpochMilli() / 1000.0);
    }
    assertThat(metric("aidnews.crawl.last.time")).isEqualTo(LAST_CRAWL.getEpochSecond());
    assertThat(metric("aidnews.crawl.last.age")).isGreaterThan(0);

    JsonNode latency = json.readTree(get("/actuator/metrics/http.server.requests?tag=uri:/api/search").body());
    assertThat(latency.get("measurements").toString()).contains("TOTAL_TIME").contains("MAX");
  }

  private double metric(String name) throws Exception {
    HttpResponse<String> r = get("/actuator/metrics/" + name);
    assertThat(r.statusCode()).as(name).isEqualTo(200);
    return json.readTree(r.body()).get("measurements").get(0).get("value").asDouble();
  }

  @Test
  void openApiDescribesTheJsonApi() throws Exception {
    HttpResponse<String> r = get("/v3/api-docs");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"openapi\"").contains("/api/search").contains("/api/agreements")
        .contains("/api/suggest").contains("/feed/rss").doesNotContain("/admin/reindex");
  }
}
