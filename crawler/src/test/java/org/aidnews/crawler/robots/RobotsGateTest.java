package org.aidnews.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aidnews.crawler.fetch.FetchedResponse;
import org.aidnews.crawler.fetch.HttpField;
import org.junit.jupiter.api.Test;

/** RFC 9309 behaviour of the gate, against a scripted robots.txt source. */
class RobotsGateTest {

    /** A settable clock for cache expiry. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final List<String> requested = new ArrayList<>();
    private final TestClock clock = new TestClock();

    private RobotsGate gate(Function<URI, FetchedResponse> script) {
        return new RobotsGate("aidnews-crawler", u -> {
            requested.add(u.toString());
            return script.apply(u);
        }, clock);
    }

    static FetchedResponse response(URI u, int status, String contentType, String body, Map<String, String> headers) {
        List<HttpField> h = new ArrayList<>();
        h.add(new HttpField("Content-Type", contentType));
        headers.forEach((k, v) -> h.add(new HttpField(k, v)));
        return new FetchedResponse(u.toString(), Instant.now(), "GET /robots.txt HTTP/1.1", List.of(), status, "HTTP/1.1",
                "", h, body.getBytes(StandardCharsets.UTF_8), false, "127.0.0.1", 1, FetchedResponse.Failure.NONE, null);
    }

    static FetchedResponse ok(URI u, String body) {
        return response(u, 200, "text/plain", body, Map.of());
    }

    private boolean allowed(RobotsGate g, String url) throws InterruptedException {
        return g.check(URI.create(url)).allowed();
    }

    @Test
    void disallowRulesApplyAndAllowWinsOnEqualLength() throws Exception {
        RobotsGate g = gate(u -> ok(u, "User-agent: *\nDisallow: /private/\nDisallow: /news/x\nAllow: /news/x\n"));
        assertThat(allowed(g, "http://h.test/private/a.html")).isFalse();
        assertThat(allowed(g, "http://h.test/news/a.html")).isTrue();
        assertThat(allowed(g, "http://h.test/news/x1.html")).as("tie: allow wins").isTrue();
        assertThat(g.check(URI.create("http://h.test/private/a.html")).reason()).contains("disallowed");
    }

    @Test
    void status4xxAllowsAll5xxAnd429AndNetworkErrorsDisallowAll() throws Exception {
        assertThat(allowed(gate(u -> response(u, 404, "text/html", "nope", Map.of())), "http://h.test/a")).isTrue();
        assertThat(allowed(gate(u -> response(u, 403, "text/html", "no", Map.of())), "http://h.test/a")).isTrue();
        assertThat(allowed(gate(u -> response(u, 500, "text/html", "", Map.of())), "http://h.test/a")).isFalse();
        assertThat(allowed(gate(u -> response(u, 503, "text/html", "", Map.of())), "http://h.test/a")).isFalse();
        assertThat(allowed(gate(u -> response(u, 429, "text/html", "", Map.of())), "http://h.test/a")).isFalse();
        RobotsGate net = gate(u -> new FetchedResponse(u.toString(), Instant.now(), null, List.of(), 0, null, null, List.of(),
                new byte[0], false, null, 1, FetchedResponse.Failure.NETWORK, "connection reset"));
        RobotsVerdict v = net.check(URI.create("http://h.test/a"));
        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).contains("unreachable");
    }

    @Test
    void unreachableRobotsIsRetriedAfterTheShortTtl() throws Exception {
        int[] calls = {0};
        RobotsGate g = gate(u -> ++calls[0] == 1 ? response(u, 503, "text/plain", "", Map.of()) : ok(u, "User-agent: *\nDisallow:\n"));
        assertThat(allowed(g, "http://h.test/a")).isFalse();
        assertThat(allowed(g, "http://h.test/b")).isFalse();
        clock.now = clock.now.plus(RobotsGate.ERROR_TTL).plusSeconds(1);
        assertThat(allowed(g, "http://h.test/a")).isTrue();
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void followsFiveRedirectsAcrossHostsButNotSix() throws Exception {
        Function<Integer, Function<URI, FetchedResponse>> chain = n -> u -> {
            String p = u.getPath();
            int hop = p.matches("/r\\d+") ? Integer.parseInt(p.substring(2)) : 0;
            if (hop < n) {
                String next = (hop % 2 == 0 ? "http://other.test/r" : "http://h.test/r") + (hop + 1);
                return response(u, 301, "text/html", "", Map.of("Location", next));
            }
            return ok(u, "User-agent: *\nDisallow: /\n");
        };
        assertThat(allowed(gate(chain.apply(5)), "http://h.test/a")).as("5 redirects followed").isFalse();
        requested.clear();
        assertThat(allowed(gate(chain.apply(6)), "http://h.test/a")).as("6 redirects: unavailable").isTrue();
        assertThat(requested).hasSize(6);
    }

    @Test
    void parsesAnyContentTypeAndAtLeast500KiB() throws Exception {
        StringBuilder big = new StringBuilder("User-agent: *\n");
        while (big.length() < 400 * 1024) {
            big.append("# filler line to make the file large ........................................\n");
        }
        big.append("Disallow: /at400k/\n");
        while (big.length() < 600 * 1024) {
            big.append("# more filler ...............................................................\n");
        }
        big.append("Disallow: /at600k/\n");
        RobotsGate g = gate(u -> response(u, 200, "text/html", big.toString(), Map.of()));
        assertThat(allowed(g, "http://h.test/at400k/x")).as("rule at 400 KiB honoured").isFalse();
        assertThat(allowed(g, "http://h.test/at600k/x")).as("past the parse limit").isTrue();
    }

    @Test
    void cachedPerOriginForAtMost24Hours() throws Exception {
        RobotsGate g = gate(u -> ok(u, "User-agent: *\nDisallow: /x/\n"));
        allowed(g, "http://h.test/a");
        allowed(g, "http://h.test/b");
        allowed(g, "http://h.test:8080/a");
        allowed(g, "https://h.test/a");
        assertThat(requested).containsExactly("http://h.test/robots.txt", "http://h.test:8080/robots.txt",
                "https://h.test/robots.txt");
        clock.now = clock.now.plus(Duration.ofHours(24)).plusSeconds(1);
        allowed(g, "http://h.test/c");
        assertThat(requested).hasSize(4);
    }

    @Test
    void crawlDelayIsReadAndCapped() throws Exception {
        assertThat(gate(u -> ok(u, "User-agent: *\nCrawl-delay: 2\n")).check(URI.create("http://h.test/a")).crawlDelayMs())
                .isEqualTo(2000);
        assertThat(gate(u -> ok(u, "User-agent: *\nCrawl-delay: 3600\n")).check(URI.create("http://h.test/a")).crawlDelayMs())
                .isEqualTo(RobotsGate.MAX_CRAWL_DELAY.toMillis());
    }

    @Test
    void robotsTxtItselfIsNeverFetchedForItsOwnCheck() throws Exception {
        RobotsGate g = gate(u -> ok(u, "User-agent: *\nDisallow: /\n"));
        assertThat(allowed(g, "http://h.test/robots.txt")).isTrue();
        assertThat(requested).isEmpty();
    }
}
