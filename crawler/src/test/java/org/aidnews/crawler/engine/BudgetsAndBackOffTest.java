package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.config.SitePolicyLoader;
import org.aidnews.crawler.fetch.AddressGuard;
import org.aidnews.crawler.fetch.HostileSite;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Per-host budgets, Retry-After back-off, the default politeness, gzipped sitemaps and same-payload revisits. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BudgetsAndBackOffTest {

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

    private SitePolicy policy(String host, long politenessMs) {
        return new SitePolicy(host.replace('.', '-'), host, List.of(URI.create(site.base(host) + "/")), List.of(),
                List.of(), null, List.of(), null, politenessMs, 5, 1000, null, true, true, true);
    }

    private CrawlSession.Options options() {
        return CrawlSession.Options.defaults().withGuard(new AddressGuard(HostileSite.resolver()));
    }

    private Map<String, CrawlLogEntry> crawl(List<SitePolicy> sites, CrawlSession.Options options, int threads)
            throws Exception {
        return WholeCrawl.logByUrl(sites, out, options, threads);
    }

    private static String page(String... links) {
        return WholeCrawl.page(links);
    }

    private List<HostileSite.Hit> hits(String host) {
        return site.hits().stream().filter(h -> h.host().equals(host)).toList();
    }

    @Test
    void defaultPolitenessKeepsOneSecondBetweenRequestsToAHostWhateverTheThreads() throws Exception {
        Path yml = out.resolve("sites.yml");
        Files.writeString(yml, """
                sites:
                  - id: calm
                    name: calm
                    seeds: ["%s/"]
                    allowPrivateAddresses: true
                """.formatted(site.base("calm.test")), StandardCharsets.UTF_8);
        SitePolicy calm = SitePolicyLoader.load(yml).getFirst();
        assertThat(calm.politenessMs()).isEqualTo(SitePolicy.DEFAULT_POLITENESS_MS);
        site.on("calm.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("calm.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a", "/b", "/c", "/d")));
        site.on("calm.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        crawl(List.of(calm), options(), 4);

        List<HostileSite.Hit> hits = hits("calm.test");
        assertThat(hits).hasSize(6);
        for (int i = 1; i < hits.size(); i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(hits.get(i).nanos() - hits.get(i - 1).nanos());
            assertThat(gap).as("gap before %s", hits.get(i).path()).isGreaterThanOrEqualTo(995);
        }
        assertThat(site.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void retryAfterHoldsTheWholeHostOffForTheTimeAsked() throws Exception {
        site.on("busy.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("busy.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a", "/b")));
        site.on("busy.test", "*", ex -> { // every page: overloaded; whichever is asked second must wait
            ex.getResponseHeaders().set("Retry-After", "2");
            HostileSite.send(ex, 503, "text/plain", "come back later");
        });
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("busy.test", 0)), options(), 2);

        List<HostileSite.Hit> hits = hits("busy.test");
        assertThat(hits).extracting(HostileSite.Hit::path).containsExactlyInAnyOrder("/robots.txt", "/", "/a", "/b");
        long gap = TimeUnit.NANOSECONDS.toMillis(hits.get(3).nanos() - hits.get(2).nanos());
        assertThat(gap).as("wait after the first 503").isGreaterThanOrEqualTo(1990);
        assertThat(log.get(site.base("busy.test") + "/a").outcome()).isEqualTo(CrawlOutcome.HTTP_ERROR);
        assertThat(log.get(site.base("busy.test") + "/b").outcome()).isEqualTo(CrawlOutcome.HTTP_ERROR);
    }

    @Test
    void anHourOfRetryAfterIsCappedAndAnHttpDateIsUnderstood() throws Exception {
        site.on("greedy.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("greedy.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a", "/b")));
        site.on("greedy.test", "*", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            HostileSite.send(ex, 429, "text/plain", "too many");
        });
        long started = System.nanoTime();
        crawl(List.of(policy("greedy.test", 0)), options().withMaxRetryAfter(1500), 2);

        List<HostileSite.Hit> hits = hits("greedy.test");
        assertThat(hits).hasSize(4);
        long gap = TimeUnit.NANOSECONDS.toMillis(hits.get(3).nanos() - hits.get(2).nanos());
        assertThat(gap).isBetween(1490L, 20_000L);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(60);

        Instant now = Instant.parse("2026-01-05T02:00:00Z");
        assertThat(RetryAfter.millis("Mon, 05 Jan 2026 02:00:30 GMT", now)).contains(30_000L);
        assertThat(RetryAfter.millis("soon", now)).isEmpty();
        assertThat(RetryAfter.millis(null, now)).isEmpty();
    }

    @Test
    void perHostPageBudgetStopsOneHostOfASiteWhileTheOtherGoesOn() throws Exception {
        String[] aLinks = new String[12];
        for (int i = 0; i < 6; i++) {
            aLinks[i] = "/a" + i;
            aLinks[6 + i] = site.base("b.test") + "/b" + i;
        }
        site.on("a.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("b.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("a.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page(aLinks)));
        site.on("a.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        site.on("b.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        SitePolicy two = new SitePolicy("two", "two hosts", List.of(URI.create(site.base("a.test") + "/")), List.of(),
                List.of(Pattern.compile("^http://[ab]\\.test:")), null, List.of(), null, 0, 5, 100, null, true, true, true)
                .withHostBudgets(4, SitePolicy.DEFAULT_MAX_HOST_MINUTES);
        Map<String, CrawlLogEntry> log = crawl(List.of(two), options(), 2);

        long fetchedA = log.values().stream().filter(e -> e.url().contains("a.test") && e.outcome() == CrawlOutcome.FETCHED).count();
        long fetchedB = log.values().stream().filter(e -> e.url().contains("b.test") && e.outcome() == CrawlOutcome.FETCHED).count();
        assertThat(fetchedA).as("/ and three pages of a.test").isEqualTo(4);
        assertThat(fetchedB).as("four pages of b.test").isEqualTo(4);
        assertThat(log.values()).as("three of a0..a5 and two of b0..b5 over the budget")
                .filteredOn(e -> e.reason() != null && e.reason().contains("host page budget of 4")).hasSize(5);
        assertThat(site.hits("a.test") + site.hits("b.test")).as("robots.txt twice, 8 pages").isEqualTo(10);
    }

    @Test
    void aHostPastItsTimeBudgetIsNotAskedAgain() throws Exception {
        AtomicReference<Duration> skew = new AtomicReference<>(Duration.ZERO);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(skew.get());
            }
        };
        site.on("long.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("long.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/slow")));
        site.on("long.test", "/slow", ex -> {
            skew.set(Duration.ofMinutes(61)); // as if this host had been crawled for an hour
            HostileSite.send(ex, 200, "text/html", page("/p1", "/p2", "/p3"));
        });
        site.on("long.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        SitePolicy longHost = policy("long.test", 0).withHostBudgets(1000, 60);
        Map<String, CrawlLogEntry> log = crawl(List.of(longHost), options().withClock(clock), 2);

        assertThat(hits("long.test")).extracting(HostileSite.Hit::path).containsExactly("/robots.txt", "/", "/slow");
        for (String p : List.of("/p1", "/p2", "/p3")) {
            CrawlLogEntry e = log.get(site.base("long.test") + p);
            assertThat(e.outcome()).isEqualTo(CrawlOutcome.OUT_OF_SCOPE);
            assertThat(e.reason()).contains("host time budget of 60 min");
        }
    }

    @Test
    void gzippedSitemapIsReadForItsUrls() throws Exception {
        String base = site.base("gz.test");
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + base + "/only-in-sitemap.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(xml);
        }
        site.on("gz.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("gz.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page()));
        site.on("gz.test", "/sitemap.xml.gz", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/x-gzip");
            ex.sendResponseHeaders(200, gz.size());
            try (OutputStream o = ex.getResponseBody()) {
                o.write(gz.toByteArray());
            }
        });
        site.on("gz.test", "/only-in-sitemap.html", ex -> HostileSite.send(ex, 200, "text/html", page()));
        SitePolicy withSitemap = new SitePolicy("gz", "gz", List.of(URI.create(base + "/")),
                List.of(URI.create(base + "/sitemap.xml.gz")), List.of(), null, List.of(), null, 0, 5, 100, null, true,
                true, true);
        Map<String, CrawlLogEntry> log = crawl(List.of(withSitemap), options(), 2);

        assertThat(log.get(base + "/sitemap.xml.gz").outcome()).isEqualTo(CrawlOutcome.FETCHED);
        assertThat(log.get(base + "/only-in-sitemap.html").outcome()).isEqualTo(CrawlOutcome.FETCHED);
        assertThat(log.get(base + "/only-in-sitemap.html").depth()).isEqualTo(1);
    }

    @Test
    void samePayloadWithoutValidatorsIsAnIdenticalPayloadDigestRevisit() throws Exception {
        AtomicInteger served = new AtomicInteger();
        site.on("same.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("same.test", "/", ex -> {
            // a new ETag on every answer and no regard for If-None-Match, as some CMSs do
            ex.getResponseHeaders().set("ETag", "\"" + served.incrementAndGet() + "\"");
            HostileSite.send(ex, 200, "text/html", page("/changing"));
        });
        site.on("same.test", "/changing", ex -> HostileSite.send(ex, 200, "text/html", page() + served.incrementAndGet()));
        List<SitePolicy> sites = List.of(policy("same.test", 0));
        crawl(sites, options(), 2);
        Map<String, CrawlLogEntry> second = crawl(sites, options(), 2);

        String home = site.base("same.test") + "/";
        assertThat(second.get(home).outcome()).isEqualTo(CrawlOutcome.NOT_MODIFIED);
        assertThat(second.get(home).status()).isEqualTo(200);
        assertThat(second.get(home).reason()).contains("payload identical");
        assertThat(second.get(site.base("same.test") + "/changing").outcome()).isEqualTo(CrawlOutcome.FETCHED);

        List<CrawlFixtures.Capture> records = CrawlFixtures.readAll(out);
        assertThat(records).filteredOn(r -> r.type().equals("response") && r.url().equals(home)).hasSize(1);
        assertThat(records).filteredOn(r -> r.type().equals("response") && r.url().endsWith("/changing")).hasSize(2);
        CrawlFixtures.Capture original = records.stream().filter(r -> r.type().equals("response") && r.url().equals(home))
                .findFirst().orElseThrow();
        assertThat(records).filteredOn(r -> r.type().equals("revisit") && r.url().equals(home)).singleElement()
                .satisfies(r -> {
                    assertThat(r.warc("WARC-Profile").orElseThrow()).contains("identical-payload-digest");
                    assertThat(r.warc("WARC-Refers-To")).contains("<" + original.id() + ">");
                    assertThat(r.warc("WARC-Payload-Digest")).isEqualTo(original.warc("WARC-Payload-Digest"));
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.payload()).isEmpty();
                });
    }
}
