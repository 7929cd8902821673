package org.aidnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a random port over a real index: HTTP, headers, actuator exposure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalIntegrationTest {
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void index(DynamicPropertyRegistry registry) {
    registry.add("aidnews.index", () -> TestIndex.root().toString());
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
  void actuatorExposesHealthOnly() throws Exception {
    assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  @Test
  void openApiDescribesTheJsonApi() throws Exception {
    HttpResponse<String> r = get("/v3/api-docs");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"openapi\"").contains("/api/search").contains("/api/agreements")
        .contains("/api/suggest").contains("/feed/rss").doesNotContain("/admin/reindex");
  }
}
