package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.aidnews.crawler.bench.GeneratedSite;
import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.log.CrawlOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A second crawl of an unchanged site transfers less than 5% of the bytes of the first": the bytes the
 * loopback server sends (status lines, headers, bodies) are counted over a first and a second crawl of the
 * same unchanged site, sitemap and robots.txt included.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RecrawlBytesTest {

    @TempDir
    Path out;

    private static List<SitePolicy> policies(GeneratedSite site) {
        List<SitePolicy> policies = new ArrayList<>();
        int n = 0;
        for (URI base : site.bases()) {
            policies.add(new SitePolicy("gen-" + n++, "generated", List.of(base), List.of(base.resolve("/sitemap.xml")),
                    List.of(), null, List.of(), null, 0, 20, 100_000, null, true, true, true));
        }
        return policies;
    }

    @Test
    void secondCrawlOfAnUnchangedSiteTransfersUnderFivePercentOfTheFirst() throws Exception {
        try (GeneratedSite site = new GeneratedSite(400, 2)) {
            List<SitePolicy> sites = policies(site);
            CrawlStats first = new CrawlStats();
            new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, first);
            long firstBytes = site.bytesSent();
            long firstRequests = site.requests();
            site.resetCounters();

            CrawlStats second = new CrawlStats();
            new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, second);
            long secondBytes = site.bytesSent();
            double ratio = (double) secondBytes / firstBytes;
            System.out.printf(Locale.ROOT, "recrawl bytes: first %d bytes in %d requests, second %d bytes in %d requests"
                    + " (%d answered 304): ratio %.4f%n", firstBytes, firstRequests, secondBytes, site.requests(),
                    site.notModified(), ratio);

            long pages = sites.stream().mapToLong(s -> first.count(s.id(), CrawlOutcome.FETCHED)).sum();
            assertThat(pages).as("the first crawl fetched every page, sitemaps and robots.txt")
                    .isEqualTo(site.pageCount() + 2L + 2L);
            long unchanged = sites.stream().mapToLong(s -> second.count(s.id(), CrawlOutcome.NOT_MODIFIED)).sum();
            assertThat(unchanged).as("every page and sitemap revalidated").isGreaterThanOrEqualTo(site.pageCount() + 2L);
            assertThat(site.requests()).as("nothing skipped: every URL was asked again").isGreaterThanOrEqualTo(firstRequests);
            assertThat(ratio).isLessThan(0.05);

            // and a changed site is fetched again in full: the ratio is not small for a trivial reason
            site.changeEverything();
            site.resetCounters();
            new CrawlRun().execute(sites, out, CrawlSession.Options.defaults(), 2, new CrawlStats());
            assertThat((double) site.bytesSent() / firstBytes).isGreaterThan(0.9);
        }
    }
}
