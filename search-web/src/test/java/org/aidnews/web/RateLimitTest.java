package org.aidnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"aidnews.rate-limit.per-second=2", "aidnews.rate-limit.burst=5"})
class RateLimitTest {
  @LocalServerPort int port;

  @DynamicPropertySource
  static void index(DynamicPropertyRegistry registry) {
    registry.add("aidnews.index", () -> TestIndex.root().toString());
  }

  private int status(String path, HttpClient http) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void aBurstOverTheLimitGets429WithRetryAfterWhilePagesStayOpen() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int ok = 0;
    HttpResponse<String> limited = null;
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        ok++;
      } else if (r.statusCode() == 429 && limited == null) {
        limited = r;
      }
    }
    assertThat(ok).isBetween(5, 8);
    assertThat(limited).isNotNull();
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    assertThat(limited.body()).contains("Too many requests");
    assertThat(status("/search?q=x", http)).isEqualTo(200);
  }
}
