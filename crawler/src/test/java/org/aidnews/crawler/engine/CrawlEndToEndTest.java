package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.log.CrawlLog;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;
import org.aidnews.crawler.sample.SampleSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls the fixture sites (served on random loopback ports) into a temporary directory with the real
 * components, reads the WARC files back with jwarc and checks them against the files on disk.
 */
class CrawlEndToEndTest {

    private static SampleSiteServer server;
    private static Map<String, URI> bases;

    @BeforeAll
    static void serve() throws Exception {
        server = new SampleSiteServer();
        bases = server.start(CrawlFixtures.SITES, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String site, String path) {
        return bases.get(site).resolve(path).toString();
    }

    private static Map<String, CrawlLogEntry> byUrl(List<CrawlLogEntry> log) {
        return log.stream().collect(Collectors.toMap(CrawlLogEntry::url, Function.identity()));
    }

    @Test
    void storesEveryAllowedPageOnceWithItsExactBytesAndLogsEveryDecision(@TempDir Path out) throws Exception {
        List<SitePolicy> sites = CrawlFixtures.policies(bases, out);
        Instant before = Instant.now();
        CrawlRun.Report report = new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, new CrawlStats());
        Instant after = Instant.now();

        List<CrawlFixtures.Capture> records = CrawlFixtures.readAll(out);
        List<CrawlFixtures.Capture> responses = records.stream().filter(r -> r.type().equals("response")).toList();
        Map<String, Long> responsesPerUrl = responses.stream()
                .collect(Collectors.groupingBy(CrawlFixtures.Capture::url, Collectors.counting()));
        assertThat(responsesPerUrl).as("each URL stored once").allSatisfy((u, n) -> assertThat(n).isEqualTo(1));

        Map<String, String> pages = Map.of(
                url("alpha", "/"), "alpha/index.html",
                url("alpha", "/news/list.html"), "alpha/news/list.html",
                url("alpha", "/news/a1.html"), "alpha/news/a1.html",
                url("alpha", "/news/a2.html"), "alpha/news/a2.html",
                url("alpha", "/robots.txt"), "alpha/robots.txt",
                url("beta", "/"), "beta/index.html",
                url("beta", "/news/art.html"), "beta/news/art.html",
                url("gamma", "/"), "gamma/index.html",
                url("gamma", "/sitemap.xml"), "gamma/sitemap.xml",
                url("gamma", "/a/story1.html"), "gamma/a/story1.html");
        Map<String, CrawlFixtures.Capture> byUrl = responses.stream()
                .collect(Collectors.toMap(CrawlFixtures.Capture::url, Function.identity()));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            CrawlFixtures.Capture c = byUrl.get(page.getKey());
            assertThat(c).as(page.getKey()).isNotNull();
            byte[] disk = Files.readAllBytes(CrawlFixtures.SITES.resolve(page.getValue()));
            assertThat(c.status()).as(page.getKey()).isEqualTo(200);
            assertThat(c.payload()).as("bytes of " + page.getKey()).isEqualTo(disk);
            Instant date = Instant.parse(c.warc("WARC-Date").orElseThrow());
            assertThat(date).isBetween(before.minusSeconds(1), after.plusSeconds(1));
            String sha1 = "sha1:" + base32(MessageDigest.getInstance("SHA-1").digest(disk));
            assertThat(c.warc("WARC-Payload-Digest")).contains(sha1);
            assertThat(c.http("ETag")).isPresent();
            assertThat(c.http("Last-Modified")).isPresent();
            assertThat(c.warc("Aidnews-Site")).contains(URI.create(page.getKey()).getPort() == bases.get("alpha").getPort()
                    ? "alpha" : URI.create(page.getKey()).getPort() == bases.get("beta").getPort() ? "beta" : "gamma");
            // the matching request record
            assertThat(records.stream().filter(r -> r.type().equals("request") && r.url().equals(page.getKey())))
                    .as("request record of " + page.getKey())
                    .singleElement()
                    .satisfies(r -> assertThat(r.warc("WARC-Concurrent-To")).contains("<" + c.id() + ">"));
        }
        // the GBK page is stored as sent: no charset in the header, bytes untouched
        assertThat(byUrl.get(url("beta", "/news/art.html")).http("Content-Type")).contains("text/html");

        assertThat(byUrl).doesNotContainKey(url("alpha", "/private/secret.html"));
        assertThat(byUrl.keySet()).noneMatch(u -> u.contains("utm_source") || u.contains("#"));

        List<CrawlLogEntry> log = CrawlLog.read(report.logFile());
        assertThat(log.stream().map(CrawlLogEntry::url)).doesNotHaveDuplicates();
        Map<String, CrawlLogEntry> decisions = byUrl(log);
        assertThat(decisions.get(url("alpha", "/private/secret.html")).outcome()).isEqualTo(CrawlOutcome.ROBOTS_DENIED);
        assertThat(decisions.get("http://example.invalid/elsewhere.html").outcome()).isEqualTo(CrawlOutcome.OUT_OF_SCOPE);
        assertThat(decisions.get(url("alpha", "/img/logo.png")).outcome()).isEqualTo(CrawlOutcome.OUT_OF_SCOPE);
        assertThat(decisions.get(url("alpha", "/news/missing.html")).outcome()).isEqualTo(CrawlOutcome.HTTP_ERROR);
        assertThat(decisions.get(url("alpha", "/news/missing.html")).status()).isEqualTo(404);
        assertThat(decisions.get(url("alpha", "/_notes.txt")).status()).as("'_' files are never served").isEqualTo(404);
        assertThat(decisions.get(url("beta", "/robots.txt")).status()).isEqualTo(404);
        for (String page : pages.keySet()) {
            CrawlLogEntry e = decisions.get(page);
            assertThat(e.outcome()).as(page).isEqualTo(CrawlOutcome.FETCHED);
            assertThat(e.warcFile()).isNotNull();
            assertThat(e.etag()).isNotNull();
        }
        assertThat(decisions.get(url("alpha", "/news/a1.html")).depth()).isEqualTo(1);
        assertThat(decisions.get(url("alpha", "/news/a2.html")).depth()).isEqualTo(2);
        assertThat(out.resolve(CrawlRun.STATE_DIR)).as("state removed after a finished crawl").doesNotExist();
    }

    @Test
    void recrawlAsksConditionallyAndStoresUnchangedPagesAsRevisits(@TempDir Path out) throws Exception {
        List<SitePolicy> sites = CrawlFixtures.policies(bases, out);
        new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, new CrawlStats());
        CrawlRun.Report second = new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, new CrawlStats());

        Map<String, CrawlLogEntry> decisions = byUrl(CrawlLog.read(second.logFile()));
        for (String page : List.of(url("alpha", "/"), url("alpha", "/news/list.html"), url("alpha", "/news/a1.html"),
                url("alpha", "/news/a2.html"), url("beta", "/news/art.html"), url("gamma", "/a/story1.html"))) {
            assertThat(decisions.get(page)).as(page).isNotNull();
            assertThat(decisions.get(page).outcome()).as(page).isEqualTo(CrawlOutcome.NOT_MODIFIED);
            assertThat(decisions.get(page).status()).isEqualTo(304);
        }
        List<CrawlFixtures.Capture> revisits = CrawlFixtures.readAll(out).stream()
                .filter(r -> r.type().equals("revisit")).toList();
        assertThat(revisits).anySatisfy(r -> {
            assertThat(r.url()).isEqualTo(url("alpha", "/news/a2.html"));
            assertThat(r.warc("WARC-Profile").orElseThrow()).contains("server-not-modified");
            assertThat(r.warc("WARC-Refers-To")).isPresent();
            assertThat(r.status()).isEqualTo(304);
        });
    }

    private static String base32(byte[] bytes) {
        // RFC 4648 base32 without padding, as WARC digests are written
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

}
