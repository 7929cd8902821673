package org.aidnews.reliability.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Headers, CORS, admin and actuator exposure, and the rate limit, each as a list of problems
 * (empty when everything held).
 */
public final class SecurityChecks {
  private SecurityChecks() {}

  /** Routes of every kind: pages, API, feeds, CSV, static files, 400 and 404 answers, actuator, admin. */
  public static final List<String> ROUTES = List.of("/", "/search?q=%E6%8F%B4%E7%96%86", "/agreements",
      "/agreements.csv", "/hospitals/%E5%8C%97%E4%BA%AC%E5%8D%8F%E5%92%8C%E5%8C%BB%E9%99%A2", "/api/search?q=x",
      "/api/agreements", "/api/suggest?q=%E5%8C%BB%E9%99%A2", "/api/articles/0000000000000000", "/feed/rss",
      "/feed/atom", "/feed/json", "/opensearch.xml", "/favicon.svg", "/css/app.css", "/js/suggest.js",
      "/api/search?page=x", "/search?page=x", "/no/such/page", "/articles/0000000000000000",
      "/actuator/health", "/actuator/env");

  /** Every route answers with the security headers, and text answers name their charset. */
  public static List<String> headers(Http http, List<String> routes) throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> all = new ArrayList<>(routes);
    for (String route : all) {
      check(http.get(route), "GET " + route, problems);
    }
    check(http.send("POST", "/admin/reindex"), "POST /admin/reindex", problems);
    check(http.send("GET", "/admin/reindex"), "GET /admin/reindex", problems);
    return problems;
  }

  static void check(Http.Response r, String what, List<String> problems) {
    String csp = r.header("content-security-policy");
    if (csp == null || !csp.contains("object-src 'none'") || !csp.contains("frame-ancestors 'none'")
        || !csp.contains("base-uri 'none'")) {
      problems.add(what + " (" + r.status() + "): CSP missing or weak: " + csp);
    }
    if (!"nosniff".equals(r.header("x-content-type-options"))) {
      problems.add(what + " (" + r.status() + "): no X-Content-Type-Options: nosniff");
    }
    if (r.header("referrer-policy") == null) {
      problems.add(what + " (" + r.status() + "): no Referrer-Policy");
    }
    if (!"DENY".equalsIgnoreCase(String.valueOf(r.header("x-frame-options")))) {
      problems.add(what + " (" + r.status() + "): no X-Frame-Options: DENY");
    }
    String ct = r.header("content-type");
    if (r.status() != 204 && r.status() != 304 && !r.body().isEmpty() && ct != null) {
      String lower = ct.toLowerCase(Locale.ROOT);
      // Documents a browser or reader decodes: HTML, CSV, plain text, XML feeds. (Static CSS and JS
      // are reported in the notes; JSON is UTF-8 by definition.)
      boolean text = lower.startsWith("text/html") || lower.startsWith("text/csv") || lower.startsWith("text/plain")
          || (lower.startsWith("application/") && lower.contains("xml"));
      if (text && !lower.contains("charset=utf-8")) {
        problems.add(what + " (" + r.status() + "): text answer without charset: " + ct);
      }
    }
    if (r.status() >= 500) {
      problems.add(what + ": server error " + r.status());
    }
  }

  /** Public read-only API and feeds: {@code *} without credentials; pages and admin: no CORS at all. */
  public static List<String> cors(Http http) throws Exception {
    List<String> problems = new ArrayList<>();
    String evil = "https://evil.example";
    for (String path : List.of("/api/search?q=x", "/api/agreements", "/api/suggest?q=xx", "/feed/rss", "/feed/json",
        "/feed/atom")) {
      Http.Response r = http.get(path, "Origin", evil);
      if (!"*".equals(r.header("access-control-allow-origin"))) {
        problems.add(path + ": Access-Control-Allow-Origin is " + r.header("access-control-allow-origin") + ", not *");
      }
      if (r.header("access-control-allow-credentials") != null) {
        problems.add(path + ": allows credentials");
      }
    }
    for (String path : List.of("/", "/search?q=x", "/agreements", "/agreements.csv", "/articles/0000000000000000",
        "/actuator/health")) {
      Http.Response r = http.get(path, "Origin", evil);
      if (r.header("access-control-allow-origin") != null) {
        problems.add(path + ": a page grants CORS to " + r.header("access-control-allow-origin"));
      }
    }
    Http.Response admin = http.send("POST", "/admin/reindex", "Origin", evil, "X-Admin-Token", "wrong");
    if (admin.header("access-control-allow-origin") != null) {
      problems.add("POST /admin/reindex grants CORS to " + admin.header("access-control-allow-origin"));
    }
    Http.Response preflight = http.send("OPTIONS", "/admin/reindex", "Origin", evil,
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "X-Admin-Token");
    if (preflight.header("access-control-allow-origin") != null) {
      problems.add("preflight for /admin/reindex is granted");
    }
    Http.Response writeApi = http.send("OPTIONS", "/api/search", "Origin", evil,
        "Access-Control-Request-Method", "DELETE");
    if (String.valueOf(writeApi.header("access-control-allow-methods")).contains("DELETE")) {
      problems.add("preflight allows DELETE on /api/search");
    }
    return problems;
  }

  /** With a token configured: 401 without or with a wrong token, 405 for GET, 202 with the token. */
  public static List<String> adminWithToken(Http http, String token) throws Exception {
    List<String> problems = new ArrayList<>();
    expect(problems, http.send("POST", "/admin/reindex"), 401, "POST without token");
    expect(problems, http.send("POST", "/admin/reindex", "X-Admin-Token", token + "x"), 401, "POST, wrong token");
    expect(problems, http.send("POST", "/admin/reindex", "X-Admin-Token", ""), 401, "POST, empty token");
    expect(problems, http.send("GET", "/admin/reindex", "X-Admin-Token", token), 405, "GET with token");
    return problems;
  }

  /** With no token configured admin actions do not exist: 404 even with a guessed token. */
  public static List<String> adminWithoutToken(Http http) throws Exception {
    List<String> problems = new ArrayList<>();
    expect(problems, http.send("POST", "/admin/reindex"), 404, "POST without token (admin off)");
    expect(problems, http.send("POST", "/admin/reindex", "X-Admin-Token", "admin"), 404, "POST, guessed token (admin off)");
    return problems;
  }

  /**
   * Health and metrics are exposed (the lead's decision: metrics carries the index figures for
   * operators), nothing else: health without details, metrics as names only; every other endpoint,
   * and any write, 404.
   */
  public static List<String> actuator(Http http) throws Exception {
    List<String> problems = new ArrayList<>();
    Http.Response health = http.get("/actuator/health");
    if (health.status() != 200 || !health.body().contains("\"UP\"")) {
      problems.add("/actuator/health: " + health.status() + " " + health.body());
    }
    if (health.body().contains("components") || health.body().contains("details")) {
      problems.add("/actuator/health shows details to anonymous callers");
    }
    Http.Response metrics = http.get("/actuator/metrics");
    if (metrics.status() != 200 && metrics.status() != 404) {
      problems.add("GET /actuator/metrics: " + metrics.status() + " (expected 200, or 404 where not exposed)");
    }
    Http.Response index = http.send("GET", "/actuator");
    if (index.status() == 200) {
      for (String ep : NOT_EXPOSED) {
        if (index.body().contains("/actuator/" + ep + "\"")) {
          problems.add("the actuator index links " + ep);
        }
      }
    }
    for (String ep : NOT_EXPOSED) {
      expect(problems, http.get("/actuator/" + ep), 404, "GET /actuator/" + ep);
    }
    expect(problems, http.send("POST", "/actuator/shutdown"), 404, "POST /actuator/shutdown");
    expect(problems, http.send("POST", "/actuator/loggers/ROOT"), 404, "POST /actuator/loggers/ROOT");
    return problems;
  }

  /** Whether {@code /actuator/metrics} answered 200 (exposed) — for the report. */
  public static int metricsStatus(Http http) throws Exception {
    return http.get("/actuator/metrics").status();
  }

  /** Actuator endpoints that must never answer (everything but health and metrics). */
  public static final List<String> NOT_EXPOSED = List.of("env", "beans", "heapdump", "threaddump", "loggers", "configprops",
      "mappings", "conditions", "scheduledtasks", "info", "shutdown", "prometheus", "caches", "startup", "sbom",
      "httpexchanges", "auditevents", "sessions", "flyway", "liquibase", "logfile", "quartz", "integrationgraph");

  private static void expect(List<String> problems, Http.Response r, int status, String what) {
    if (r.status() != status) {
      problems.add(what + ": " + r.status() + " (expected " + status + ")");
    }
  }

  /** What the rate limit did to a flooding client and to a calm one from another loopback address. */
  public record RateLimit(int floodRequests, int flood429, boolean retryAfterValid, int calmRequests, int calm429,
      int pagesLimited, List<String> problems) {}

  /**
   * Client A (source 127.0.0.2) floods {@code /api/search}; client B (127.0.0.3) sends one request
   * every 200 ms meanwhile; A also asks for the HTML search page, which is not limited.
   */
  public static RateLimit rateLimit(int port, int floodRequests) throws Exception {
    HttpClient a = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2"))
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpClient b = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.3"))
        .connectTimeout(Duration.ofSeconds(10)).build();
    String base = "http://127.0.0.1:" + port;
    int[] calm = new int[2];
    Thread calmClient = new Thread(() -> {
      try {
        for (int i = 0; i < 10; i++) {
          int s = b.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=calm" + i)).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode();
          calm[0]++;
          if (s == 429) {
            calm[1]++;
          }
          Thread.sleep(200);
        }
      } catch (Exception e) {
        calm[1] += 1000;
      }
    });
    calmClient.start();
    int limited = 0;
    boolean retryOk = true;
    List<String> headerProblems = new ArrayList<>();
    for (int i = 0; i < floodRequests; i++) {
      HttpResponse<String> r = a.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=flood")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 429) {
        limited++;
        String retry = r.headers().firstValue("Retry-After").orElse("");
        retryOk &= retry.matches("[1-9][0-9]*");
        if (limited == 1) {
          Map<String, List<String>> h = new LinkedHashMap<>();
          r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
          check(new Http.Response(429, h, r.body()), "429 answer", headerProblems);
        }
      }
    }
    int pagesLimited = 0;
    for (int i = 0; i < 20; i++) {
      if (a.send(HttpRequest.newBuilder(URI.create(base + "/search?q=page")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
        pagesLimited++;
      }
    }
    calmClient.join();
    List<String> problems = new ArrayList<>();
    if (limited == 0) {
      problems.add("a client sending " + floodRequests + " requests back to back was never limited");
    }
    if (!retryOk) {
      problems.add("a 429 without a whole-seconds Retry-After");
    }
    problems.addAll(headerProblems);
    if (calm[1] > 0) {
      problems.add("the calm client got " + calm[1] + " 429s (or failed) while another client flooded");
    }
    if (pagesLimited > 0) {
      problems.add("HTML pages were rate limited (" + pagesLimited + " of 20)");
    }
    return new RateLimit(floodRequests, limited, retryOk, calm[0], calm[1], pagesLimited, problems);
  }
}
