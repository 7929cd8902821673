package org.aidnews.crawler.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.aidnews.crawler.log.CrawlLog;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;

/**
 * What earlier crawls in the same output directory stored: for each URL its latest full capture (a
 * FETCHED line), whose ETag/Last-Modified drive the next conditional GET and whose WARC record a 304 refers
 * to. Read from the crawl logs, which are small, instead of re-reading the WARC files.
 */
final class CrawlHistory {

    private final Map<String, CrawlLogEntry> captures;

    private CrawlHistory(Map<String, CrawlLogEntry> captures) {
        this.captures = captures;
    }

    static CrawlHistory empty() {
        return new CrawlHistory(Map.of());
    }

    /** Reads every {@code crawl-*.jsonl} in {@code dir} except {@code exclude} (the current crawl's log). */
    static CrawlHistory read(Path dir, Path exclude) throws IOException {
        Map<String, CrawlLogEntry> captures = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return new CrawlHistory(captures);
        }
        List<Path> logs;
        try (Stream<Path> s = Files.list(dir)) {
            logs = s.filter(p -> p.getFileName().toString().matches("crawl-.*\\.jsonl"))
                    .filter(p -> !p.equals(exclude)).sorted().toList();
        }
        for (Path log : logs) {
            for (CrawlLogEntry e : CrawlLog.read(log)) {
                if (e.outcome() == CrawlOutcome.FETCHED && e.warcFile() != null
                        && Files.exists(dir.resolve(e.warcFile()))) {
                    captures.merge(e.url(), e, (a, b) -> a.time().isAfter(b.time()) ? a : b);
                } else if (e.outcome() == CrawlOutcome.NOT_MODIFIED && captures.containsKey(e.url())) {
                    // Still the same capture, but the server may have sent new validators (a 200 with the same
                    // payload and a fresh ETag): the next conditional GET should send those.
                    captures.computeIfPresent(e.url(), (u, c) -> e.time().isAfter(c.time()) ? withValidators(c, e) : c);
                }
            }
        }
        return new CrawlHistory(captures);
    }

    private static CrawlLogEntry withValidators(CrawlLogEntry capture, CrawlLogEntry revisit) {
        String etag = revisit.etag() != null ? revisit.etag() : capture.etag();
        String lastModified = revisit.lastModified() != null ? revisit.lastModified() : capture.lastModified();
        return new CrawlLogEntry(capture.time(), capture.site(), capture.url(), capture.outcome(), capture.reason(),
                capture.status(), capture.bytes(), capture.millis(), capture.depth(), capture.parent(), capture.warcFile(),
                capture.warcOffset(), capture.recordId(), capture.payloadDigest(), etag, lastModified,
                capture.contentType(), capture.location());
    }

    Optional<CrawlLogEntry> lastCapture(String url) {
        return Optional.ofNullable(captures.get(url));
    }

    int size() {
        return captures.size();
    }
}
