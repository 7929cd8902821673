package org.aidnews.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limit on the machine-facing paths ({@code /api/}, {@code /feed/}, CSV export): a
 * token bucket per client address refilled at {@code aidnews.rate-limit.per-second} (default 20;
 * 0 turns it off) holding up to {@code aidnews.rate-limit.burst} (default 40). Over the limit the
 * answer is 429 with {@code Retry-After}. Pages for people are not limited: a journalist clicking
 * through facets never sees a 429. Behind a proxy, set {@code server.forward-headers-strategy} so
 * the client address is the real one.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {
  private static final int MAX_CLIENTS = 100_000;

  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimitFilter(@Value("${aidnews.rate-limit.per-second:20}") double perSecond,
      @Value("${aidnews.rate-limit.burst:40}") double burst) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return perSecond <= 0 || !(path.startsWith("/api/") || path.startsWith("/feed/") || path.endsWith(".csv"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // bounded memory under a spray of addresses; clients simply start full again
    }
    Bucket b = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(burst, now));
    double wait;
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
      b.last = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        wait = 0;
      } else {
        wait = (1 - b.tokens) / perSecond;
      }
    }
    if (wait > 0) {
      response.setStatus(429);
      // Answered before the security-headers filter may have run (filter order among equals is not fixed).
      WebConfig.applySecurityHeaders(response);
      response.setHeader("Retry-After", Long.toString(Math.max(1, (long) Math.ceil(wait))));
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
          + "\"detail\":\"请求过于频繁，请稍后再试。Too many requests: slow down and retry after the given seconds.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
