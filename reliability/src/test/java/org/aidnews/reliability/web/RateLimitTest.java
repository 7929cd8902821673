package org.aidnews.reliability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate limit on (5 per second, burst 10) and admin off. Clients are told apart by address, so
 * the flooding and the calm client bind different loopback addresses (127.0.0.2 and 127.0.0.3).
 */
class RateLimitTest {
  @TempDir Path dir;

  @Test
  void aFloodingClientGets429WithRetryAfterWhileACalmOneIsServed() throws Exception {
    try (Portal portal = Portal.start(Map.of("aidnews.index", dir.resolve("index").toString(),
        "aidnews.rate-limit.per-second", "5", "aidnews.rate-limit.burst", "10",
        "aidnews.synonyms", "/nonexistent/synonyms.tsv"), dir.resolve("portal.log"), 180)) {
      SecurityChecks.RateLimit r = SecurityChecks.rateLimit(portal.port(), 100);

      assertThat(r.problems()).isEmpty();
      assertThat(r.flood429()).isGreaterThan(50);
      assertThat(r.calm429()).isZero();
      assertThat(r.calmRequests()).isEqualTo(10);

      Http http = new Http(portal.base(), portal.port());
      assertThat(SecurityChecks.adminWithoutToken(http)).isEmpty();
    }
  }
}
