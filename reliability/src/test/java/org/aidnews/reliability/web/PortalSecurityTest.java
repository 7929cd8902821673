package org.aidnews.reliability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.reliability.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal in its own JVM over a real index of generated articles plus the XSS carrier pages:
 * headers, CORS, admin, actuator, XSS, 20,000 fuzzed requests. Rate limit off here (see
 * {@link RateLimitTest}); load over 10,000 articles is {@link LoadTest}. The index is small
 * because a blank query (the home page) costs about a second per request over 10,000 articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalSecurityTest {
  static final int ARTICLES = 300;

  Path work;
  PortalFixture fixture;
  XssSweep xss = new XssSweep();
  Portal portal;
  Http http;

  @BeforeAll
  void start() throws Exception {
    work = Files.createTempDirectory("aidnews-reliability-web");
    fixture = new PortalFixture(work).build(ARTICLES, xss);
    portal = Portal.start(fixture.properties(0), work.resolve("portal.log"), 180);
    http = new Http(portal.base(), portal.port());
  }

  @AfterAll
  void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  @Order(1)
  void theIndexHoldsEveryGeneratedArticle() {
    assertThat(fixture.indexed()).isGreaterThanOrEqualTo(ARTICLES);
  }

  @Test
  @Order(2)
  void everyRouteCarriesTheSecurityHeaders() throws Exception {
    assertThat(SecurityChecks.headers(http, SecurityChecks.ROUTES)).isEmpty();
  }

  @Test
  @Order(3)
  void corsIsOpenWithoutCredentialsOnApiAndFeedsAndClosedElsewhere() throws Exception {
    assertThat(SecurityChecks.cors(http)).isEmpty();
  }

  @Test
  @Order(4)
  void adminRefusesWithoutTheToken() throws Exception {
    assertThat(SecurityChecks.adminWithToken(http, PortalFixture.ADMIN_TOKEN)).isEmpty();
  }

  @Test
  @Order(5)
  void actuatorExposesHealthAndMetricsOnly() throws Exception {
    assertThat(SecurityChecks.actuator(http)).isEmpty();
  }

  @Test
  @Order(5)
  void malformedRequestsGetA400ProblemWithHeadersAndNoStackTraceInTheLog() throws Exception {
    MalformedRequests.Result r = MalformedRequests.run(http, portal);

    assertThat(r.probes()).isGreaterThanOrEqualTo(15);
    assertThat(r.problems()).isEmpty();
    assertThat(r.errorLines()).isZero();
    assertThat(r.stackLines()).isZero();
  }

  @Test
  @Order(6)
  void xssPayloadsAppearOnlyAsTextOnEverySurface() throws Exception {
    XssSweep.Result r = xss.run(http);

    assertThat(r.payloads()).isGreaterThanOrEqualTo(30);
    assertThat(r.problems()).isEmpty();
    // 20 checks per payload; a carrier page the pipeline refuses (at most a tenth, see XssSweep) has none.
    assertThat(r.checks()).isGreaterThanOrEqualTo(r.payloads() * 18);
  }

  @Test
  @Order(7)
  void twentyThousandFuzzedRequestsGetNoServerError() throws Exception {
    long errorsBefore = portal.log().lines().filter(l -> l.contains(" ERROR ")).count();
    HttpFuzzer.Result r = HttpFuzzer.run(http, 20_000, 4, Seeds.seed(), 600);

    assertThat(r.examples()).isEmpty();
    assertThat(r.requests()).isEqualTo(20_000);
    assertThat(r.serverErrors()).isZero();
    assertThat(r.noAnswer()).isZero();
    assertThat(r.byStatus()).containsKeys(200, 400);
    assertThat(portal.fatalLogLines()).isEmpty();
    // The callers' mistakes are answered, not logged as our errors.
    assertThat(portal.log().lines().filter(l -> l.contains(" ERROR ")).count()).isEqualTo(errorsBefore);
  }
}
