package org.aidnews.crawler.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.log.CrawlLog;
import org.aidnews.crawler.log.CrawlLogEntry;

/** What the whole-crawl tests against hostile hosts share: one crawl, its log by URL, and a page of links. */
final class WholeCrawl {
    private WholeCrawl() {}

    /** Crawls {@code sites} into {@code out} and returns the crawl log by URL; a URL logged twice fails the test. */
    static Map<String, CrawlLogEntry> logByUrl(List<SitePolicy> sites, Path out, CrawlSession.Options options,
            int threads) throws Exception {
        CrawlRun.Report report = new CrawlRun().execute(sites, out, options, threads, new CrawlStats());
        return CrawlLog.read(report.logFile()).stream()
                .collect(Collectors.toMap(CrawlLogEntry::url, Function.identity(), (a, b) -> {
                    throw new AssertionError("two log lines for " + a.url());
                }));
    }

    /** A minimal HTML page linking to {@code links}. */
    static String page(String... links) {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (String l : links) {
            sb.append("<a href=\"").append(l).append("\">x</a>");
        }
        return sb.append("</body></html>").toString();
    }
}
