package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.fetch.AddressGuard;
import org.aidnews.crawler.fetch.HostileSite;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whole crawls against misbehaving hosts (all on loopback, named *.test). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileCrawlTest {

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

    private SitePolicy policy(String host, long politenessMs, int maxDepth, boolean allowPrivate) {
        return new SitePolicy(host.replace('.', '-'), host, List.of(URI.create(site.base(host) + "/")), List.of(), List.of(),
                null, List.of(), null, politenessMs, maxDepth, 1000, null, true, allowPrivate, true);
    }

    private Map<String, CrawlLogEntry> crawl(List<SitePolicy> sites) throws Exception {
        CrawlSession.Options options = CrawlSession.Options.defaults().withGuard(new AddressGuard(HostileSite.resolver()));
        return WholeCrawl.logByUrl(sites, out, options, 2);
    }

    private static String page(String... links) {
        return WholeCrawl.page(links);
    }

    @Test
    void unreachableRobotsTxtMeansNoPageIsFetchedSeedsIncluded() throws Exception {
        site.on("r503.test", "/robots.txt", ex -> HostileSite.send(ex, 503, "text/plain", "busy"));
        site.on("r503.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page("/a.html")));
        site.on("r404.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a.html")));
        site.on("r404.test", "/a.html", ex -> HostileSite.send(ex, 200, "text/html", page()));
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("r503.test", 0, 5, true), policy("r404.test", 0, 5, true)));

        assertThat(site.hits().stream().filter(h -> h.host().equals("r503.test")).map(HostileSite.Hit::path))
                .containsExactly("/robots.txt");
        assertThat(log.get(site.base("r503.test") + "/").outcome()).isEqualTo(CrawlOutcome.ROBOTS_DENIED);
        assertThat(log.get(site.base("r503.test") + "/").reason()).contains("503");
        assertThat(log.get(site.base("r404.test") + "/a.html").outcome()).isEqualTo(CrawlOutcome.FETCHED);
    }

    @Test
    void redirectChainsStopAfterFiveHopsAndCountAsDepth() throws Exception {
        site.on("redir.test", "/robots.txt", ex -> HostileSite.send(ex, 404, "text/plain", ""));
        site.on("redir.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/r/1")));
        site.on("redir.test", "*", ex -> {
            String p = ex.getRequestURI().getPath();
            int n = Integer.parseInt(p.substring("/r/".length()));
            ex.getResponseHeaders().set("Location", "/r/" + (n + 1));
            ex.sendResponseHeaders(302, -1);
        });
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("redir.test", 0, 20, true)));

        long redirects = log.values().stream().filter(e -> e.outcome() == CrawlOutcome.REDIRECT).count();
        assertThat(redirects).isBetween(5L, 6L);
        assertThat(log.values()).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(CrawlOutcome.TRAP);
            assertThat(e.reason()).contains("redirect chain");
        });
        assertThat(log.get(site.base("redir.test") + "/r/2").depth()).as("a redirect is one more hop").isEqualTo(2);
        assertThat(site.hits("redir.test")).isLessThanOrEqualTo(9);
    }

    @Test
    void endlessCalendarEndsAtTheTrapRule() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        site.on("cal.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/cal?date=" + year + "-01")));
        site.on("cal.test", "/cal", ex -> {
            String q = ex.getRequestURI().getQuery();
            LocalDate d = LocalDate.parse(q.substring("date=".length()) + "-01");
            LocalDate next = d.plusMonths(1);
            HostileSite.send(ex, 200, "text/html", page(String.format("/cal?date=%d-%02d", next.getYear(), next.getMonthValue()),
                    "/a/a/a/a.html", "/list?p=1&p=2"));
        });
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("cal.test", 0, 100, true)));

        assertThat(site.hits("cal.test")).isLessThan(40); // robots, /, and about two years of months
        assertThat(log.values()).anySatisfy(e -> assertThat(e.reason()).contains("calendar page for year " + (year + 2)));
        assertThat(log.get(site.base("cal.test") + "/a/a/a/a.html").outcome()).isEqualTo(CrawlOutcome.TRAP);
        assertThat(log.get(site.base("cal.test") + "/list?p=1&p=2").outcome()).isEqualTo(CrawlOutcome.TRAP);
    }

    @Test
    void crawlDelayAndPolitenessSpaceRequestsToOneHost() throws Exception {
        site.on("slow.test", "/robots.txt", ex -> HostileSite.send(ex, 200, "text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        site.on("slow.test", "/", ex -> HostileSite.send(ex, 200, "text/html", page("/a", "/b", "/c")));
        site.on("slow.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page()));
        crawl(List.of(policy("slow.test", 100, 5, true)));

        List<HostileSite.Hit> hits = site.hits().stream().filter(h -> h.host().equals("slow.test")).toList();
        assertThat(hits).hasSize(5);
        for (int i = 2; i < hits.size(); i++) { // from the first page on; robots.txt and / are fetched under the site gap
            long gap = TimeUnit.NANOSECONDS.toMillis(hits.get(i).nanos() - hits.get(i - 1).nanos());
            assertThat(gap).as("gap before %s", hits.get(i).path()).isGreaterThanOrEqualTo(950);
        }
        assertThat(site.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void aPublicSiteResolvingToLoopbackIsNeverContacted() throws Exception {
        site.on("evil.test", "*", ex -> HostileSite.send(ex, 200, "text/html", page("/secret")));
        Map<String, CrawlLogEntry> log = crawl(List.of(policy("evil.test", 0, 5, false)));

        assertThat(site.hits("evil.test")).isZero();
        assertThat(log.get(site.base("evil.test") + "/").outcome()).isEqualTo(CrawlOutcome.PRIVATE_ADDRESS);
    }
}
