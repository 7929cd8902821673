package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.fetch.AddressGuard;
import org.aidnews.crawler.fetch.HostileSite;
import org.aidnews.crawler.fetch.HttpFetcher;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;

/**
 * Whole crawls against misbehaving hosts, checking what the "Done means" of the crawler issue asks for each
 * case: the crawl ends within its bound, the crawl log has the right outcome, and the WARC files hold nothing
 * they should not. (The fetcher's own limits are unit-tested in HttpFetcherLimitsTest.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileOutcomesTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    private HostileSite site;
    @TempDir
    Path out;

    @BeforeEach
    void start() throws Exception {
        site = new HostileSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private SitePolicy policy(String host, boolean allowPrivate, String... sitemaps) {
        return new SitePolicy(host.replace('.', '-'), host, List.of(URI.create(site.base(host) + "/")),
                java.util.Arrays.stream(sitemaps).map(s -> URI.create(site.base(host) + s)).toList(), List.of(), null,
                List.of(), null, 0, 5, 1000, null, true, allowPrivate, true);
    }

    /** Short limits so that slow hosts end quickly: 1 s read timeout, 1.5 s per fetch, 5 MiB per body. */
    private Map<String, CrawlLogEntry> crawl(List<SitePolicy> sites) throws Exception {
        CrawlSession.Options options = CrawlSession.Options.defaults()
                .withGuard(new AddressGuard(HostileSite.resolver()))
                .withFetch(new HttpFetcher.Settings("aidnews-crawler/test", 2000, 1000, 1500, LIMIT));
        return WholeCrawl.logByUrl(sites, out, options, 2);
    }

    private static String page(String... links) {
        return WholeCrawl.page(links);
    }

    private static void sendBytes(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private List<CrawlFixtures.Capture> responses(String url) throws IOException {
        return CrawlFixtures.readAll(out).stream().filter(r -> r.type().equals("response") && r.url().equals(url)).toList();
    }

    private void noRobots(String host) {
        site.on(host, "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
    }

    @Test
    void robotsTimeoutDisallowsAllAndWrongTypeOrRedirectedRobotsStillApply() throws Exception {
        site.on("stall.test", "/robots.txt", ex -> {
            try {
                Thread.sleep(4000); // longer than the read timeout
            } catch (InterruptedException e) {
                return;
            }
            HostileSite.send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
        });
        site.on("stall.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        site.on("html.test", "/robots.txt", ex -> HostileSite.send(ex, 200, "text/html", "User-agent: *\nDisallow: /x\n"));
        site.on("html.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/x", "/ok")));
        site.on("html.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        site.on("moved.test", "/robots.txt", ex -> {
            ex.getResponseHeaders().set("Location", "/config/robots.txt");
            ex.sendResponseHeaders(301, -1);
        });
        site.on("moved.test", "/config/robots.txt", ex -> HostileSite.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /y\n"));
        site.on("moved.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/y", "/ok")));
        site.on("moved.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        long t0 = System.nanoTime();
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("stall.test", true), policy("html.test", true),
                policy("moved.test", true)));

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);
        assertThat(site.hits("stall.test")).as("only robots.txt was asked").isEqualTo(1);
        assertThat(log.get(site.base("stall.test") + "/").outcome()).isEqualTo(CrawlOutcome.ROBOTS_DENIED);
        assertThat(log.get(site.base("stall.test") + "/").reason()).contains("unreachable");
        assertThat(log.get(site.base("html.test") + "/x").outcome()).isEqualTo(CrawlOutcome.ROBOTS_DENIED);
        assertThat(log.get(site.base("html.test") + "/ok").outcome()).isEqualTo(CrawlOutcome.FETCHED);
        assertThat(log.get(site.base("moved.test") + "/y").outcome()).isEqualTo(CrawlOutcome.ROBOTS_DENIED);
        assertThat(log.get(site.base("moved.test") + "/ok").outcome()).isEqualTo(CrawlOutcome.FETCHED);
        assertThat(site.hits().stream().map(HostileSite.Hit::path)).doesNotContain("/x", "/y");
        assertThat(responses(site.base("stall.test") + "/")).isEmpty();
    }

    @Test
    void redirectLoopIsFollowedOnceAroundAndRedirectToAPrivateAddressIsRefused() throws Exception {
        noRobots("loop.test");
        site.on("loop.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a", "/leak")));
        site.on("loop.test", "/a", ex -> {
            ex.getResponseHeaders().set("Location", "/b");
            ex.sendResponseHeaders(302, -1);
        });
        site.on("loop.test", "/b", ex -> {
            ex.getResponseHeaders().set("Location", "/a");
            ex.sendResponseHeaders(302, -1);
        });
        site.on("loop.test", "/leak", ex -> {
            ex.getResponseHeaders().set("Location", site.base("inner.test") + "/admin");
            ex.sendResponseHeaders(302, -1);
        });
        site.on("inner.test", "*", ex -> HostileSite.send(ex, 200, "text/html", "internal"));
        // inner.test is a configured site that does not allow private addresses; it resolves to 127.0.0.1
        SitePolicy inner = new SitePolicy("inner", "inner", List.of(URI.create(site.base("inner.test") + "/")), List.of(),
                List.of(Pattern.compile("^http://inner\\.test:")), null, List.of(), null, 0, 5, 100, null, true, false, true);
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("loop.test", true), inner));

        assertThat(log.get(site.base("loop.test") + "/a").outcome()).isEqualTo(CrawlOutcome.REDIRECT);
        assertThat(log.get(site.base("loop.test") + "/b").outcome()).isEqualTo(CrawlOutcome.REDIRECT);
        assertThat(site.hits().stream().filter(h -> h.path().equals("/a"))).as("/a asked once").hasSize(1);
        assertThat(site.hits().stream().filter(h -> h.path().equals("/b"))).as("/b asked once").hasSize(1);

        assertThat(log.get(site.base("loop.test") + "/leak").outcome()).isEqualTo(CrawlOutcome.REDIRECT);
        assertThat(log.get(site.base("inner.test") + "/admin").outcome()).isEqualTo(CrawlOutcome.PRIVATE_ADDRESS);
        assertThat(site.hits("inner.test")).as("the private address was never contacted").isZero();
        assertThat(CrawlFixtures.readAll(out)).noneMatch(r -> r.url() != null && r.url().contains("inner.test"));
    }

    @Test
    void hugePageGzipBombAndTricklingServerEndWithTheirOutcomesAndNothingOverTheLimitStored() throws Exception {
        noRobots("big.test");
        String base = site.base("big.test");
        site.on("big.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/huge", "/bomb", "/trickle", "/fine")));
        site.on("big.test", "/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 20L * 1024 * 1024); // 20 MB
            byte[] kb = "<p>大</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
            try (OutputStream o = ex.getResponseBody()) {
                long left = 20L * 1024 * 1024;
                while (left > 0) {
                    int n = (int) Math.min(kb.length, left);
                    o.write(kb, 0, n);
                    left -= n;
                }
            }
        });
        site.on("big.test", "/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, 0);
            try (GZIPOutputStream z = new GZIPOutputStream(ex.getResponseBody())) {
                byte[] zeros = new byte[64 * 1024];
                for (int i = 0; i < 16 * 1024; i++) { // 1 GiB of zeros
                    z.write(zeros);
                }
            }
        });
        site.on("big.test", "/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream o = ex.getResponseBody();
            for (int i = 0; i < 600; i++) {
                o.write('x');
                o.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        site.on("big.test", "/fine", ex -> HostileSite.send(ex, 200, "text/html", page()));
        long t0 = System.nanoTime();
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("big.test", true)));

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(60);
        for (String p : List.of("/huge", "/bomb")) {
            CrawlLogEntry e = log.get(base + p);
            assertThat(e.outcome()).as(p).isEqualTo(CrawlOutcome.TOO_LARGE);
            assertThat(e.bytes()).as(p).isEqualTo(LIMIT);
            List<CrawlFixtures.Capture> stored = responses(base + p);
            assertThat(stored).as(p).singleElement().satisfies(c -> {
                assertThat(c.payload()).hasSize(LIMIT);
                assertThat(c.warc("WARC-Truncated")).contains("length");
            });
        }
        assertThat(log.get(base + "/trickle").outcome()).isEqualTo(CrawlOutcome.NETWORK_ERROR);
        assertThat(log.get(base + "/trickle").reason()).contains("total time limit");
        assertThat(responses(base + "/trickle")).as("a cut-off answer is not stored").isEmpty();
        assertThat(log.get(base + "/fine").outcome()).isEqualTo(CrawlOutcome.FETCHED);
    }

    @Test
    void rssAndBig5WithAWrongCharsetAreCrawledAndStoredAsSent() throws Exception {
        noRobots("feed.test");
        String base = site.base("feed.test");
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>援疆</title><link>" + base + "/item/1.html</link></item></channel></rss>";
        site.on("feed.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page()));
        site.on("feed.test", "/feed.rss", ex -> HostileSite.send(ex, 200, "application/rss+xml", rss));
        byte[] big5 = ("<html><head><title>醫療援藏</title></head><body><p>香港醫院與西藏醫院簽署合作協議。</p>"
                + "<a href=\"/item/2.html\">下一篇</a></body></html>").getBytes(Charset.forName("Big5"));
        site.on("feed.test", "/item/1.html", ex -> sendBytes(ex, 200, "text/html; charset=utf-8", big5)); // wrong header
        byte[] gbk = "<html><body><p>对口支援</p></body></html>".getBytes(Charset.forName("GBK"));
        site.on("feed.test", "/item/2.html", ex -> sendBytes(ex, 200, "text/html", gbk)); // no charset at all
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("feed.test", true, "/feed.rss")));

        assertThat(log.get(base + "/item/1.html").outcome()).as("found through the RSS feed").isEqualTo(CrawlOutcome.FETCHED);
        assertThat(log.get(base + "/item/2.html").outcome()).as("linked from the Big5 page").isEqualTo(CrawlOutcome.FETCHED);
        assertThat(responses(base + "/item/1.html")).singleElement()
                .satisfies(c -> assertThat(c.payload()).as("Big5 bytes stored as sent").isEqualTo(big5));
        assertThat(responses(base + "/item/2.html")).singleElement()
                .satisfies(c -> assertThat(c.payload()).as("GBK bytes stored as sent").isEqualTo(gbk));
    }
}
