package org.aidnews.crawler.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;

/** Live counters for the progress line and the end summary; fed by the crawl log. Thread-safe. */
public final class CrawlStats {

    private final long startNanos = System.nanoTime();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong attempted = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, EnumMap<CrawlOutcome, Long>> bySite = new TreeMap<>();

    void admitted() {
        admitted.incrementAndGet();
    }

    void attempted() {
        attempted.incrementAndGet();
    }

    /** Crawl-log listener. */
    public void record(CrawlLogEntry e) {
        if (e.status() > 0) {
            fetched.incrementAndGet();
        }
        if (e.outcome() == CrawlOutcome.HTTP_ERROR || e.outcome() == CrawlOutcome.NETWORK_ERROR) {
            errors.incrementAndGet();
        }
        bytes.addAndGet(e.bytes());
        synchronized (bySite) {
            bySite.computeIfAbsent(e.site() == null ? "(none)" : e.site(), k -> new EnumMap<>(CrawlOutcome.class))
                    .merge(e.outcome(), 1L, Long::sum);
        }
    }

    public long fetched() {
        return fetched.get();
    }

    public long queued() {
        return Math.max(0, admitted.get() - attempted.get());
    }

    public long errors() {
        return errors.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A copy of the per-site outcome counts, sites sorted by id. */
    public Map<String, Map<CrawlOutcome, Long>> bySite() {
        synchronized (bySite) {
            Map<String, Map<CrawlOutcome, Long>> copy = new TreeMap<>();
            bySite.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
            return copy;
        }
    }

    public long count(String site, CrawlOutcome outcome) {
        synchronized (bySite) {
            EnumMap<CrawlOutcome, Long> m = bySite.get(site);
            return m == null ? 0 : m.getOrDefault(outcome, 0L);
        }
    }
}
