package org.aidnews.crawler.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.aidnews.crawler.config.SitePolicy;

/**
 * One crawl into an output directory, start to end: resumes the unfinished crawl found there (after a
 * {@code kill -9}), or starts a new one that revalidates earlier captures with conditional GETs.
 * <p>
 * Layout of {@code out}: {@code aidnews-*.warc.gz} (captures), {@code crawl-<crawlId>.jsonl} (one line per
 * URL decision), and while a crawl is unfinished {@code .crawl-state/} (crawler4j's frontier and the crawl
 * id), removed when the crawl ends normally.
 */
public final class CrawlRun {

    static final String STATE_DIR = ".crawl-state";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * @param logFile the crawl log written
     * @param resumed whether an unfinished crawl was continued
     * @param stats   final counters
     */
    public record Report(Path logFile, boolean resumed, CrawlStats stats) { }

    private final Runnable[] stop = new Runnable[1];
    private volatile boolean stopRequested;

    /** Runs the crawl; {@code stats} may be watched by a progress reporter meanwhile. */
    public Report execute(List<SitePolicy> sites, Path out, CrawlSession.Options options, int threads, CrawlStats stats)
            throws Exception {
        Files.createDirectories(out);
        Path state = out.resolve(STATE_DIR);
        Path idFile = state.resolve("crawl-id");
        boolean resumed = Files.isRegularFile(idFile);
        String crawlId;
        if (resumed) {
            crawlId = Files.readString(idFile, StandardCharsets.US_ASCII).strip();
        } else {
            deleteTree(state);
            Files.createDirectories(state);
            crawlId = ID.format(java.time.Instant.now());
            Files.writeString(idFile, crawlId, StandardCharsets.US_ASCII);
        }
        Path logFile = out.resolve("crawl-" + crawlId + ".jsonl");
        try (CrawlSession session = new CrawlSession(sites, out, logFile, options, stats)) {
            Crawler4jEngine.run(session, state.resolve("frontier"), threads, stop);
        }
        if (!stopRequested) {
            deleteTree(state); // finished: the next run is a new crawl, not a resume
        }
        return new Report(logFile, resumed, stats);
    }

    /** Asks a running crawl to stop soon; its state is kept so the next run resumes it. */
    public void stop() {
        stopRequested = true;
        Runnable r = stop[0];
        if (r != null) {
            r.run();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
