package org.aidnews.crawler.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.fetch.AddressGuard;
import org.aidnews.crawler.fetch.FetchedResponse;
import org.aidnews.crawler.fetch.HostPoliteness;
import org.aidnews.crawler.fetch.HttpFetcher;
import org.aidnews.crawler.log.CrawlLog;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.aidnews.crawler.log.CrawlOutcome;
import org.aidnews.crawler.robots.RobotsGate;
import org.aidnews.crawler.robots.RobotsVerdict;
import org.aidnews.crawler.url.CrawlScope;
import org.aidnews.crawler.url.Rejection;
import org.aidnews.crawler.url.UrlCanonicalizer;
import org.aidnews.crawler.url.UrlRule;
import org.aidnews.crawler.warc.StoredRecord;
import org.aidnews.crawler.warc.WarcStore;

/**
 * Every decision of a crawl, independent of the engine that schedules it: which URLs are admitted (scope,
 * traps, robots.txt, budgets; each rejection logged once), and how one URL is fetched (per-host
 * politeness, conditional GET against the previous crawl, recording into WARC and the crawl log).
 * The engine asks {@link #admitSeeds()}, {@link #admitLink} and {@link #fetch}; nothing else.
 */
public final class CrawlSession implements Closeable {

    /** Redirect hops followed from one URL before the chain is called a trap (RFC 9110 suggests 5). */
    static final int MAX_REDIRECT_HOPS = 5;

    /**
     * @param totalBudget pages for the whole crawl ({@code --max-pages}), or {@code Integer.MAX_VALUE}
     * @param fetch       HTTP limits and User-Agent
     * @param guard       address guard (tests pass one over a made-up resolver)
     * @param clock       for robots.txt cache expiry
     * @param agentName   robots.txt product token
     * @param warcRollBytes WARC file size at which a new file is started
     * @param maxRetryAfterMs longest a 429/503 Retry-After keeps the crawler away from a host
     */
    public record Options(int totalBudget, HttpFetcher.Settings fetch, AddressGuard guard, Clock clock,
            String agentName, long warcRollBytes, long maxRetryAfterMs) {
        /** Ten minutes: a server asking for an hour is waited for ten, then asked again. */
        public static final long DEFAULT_MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

        public static Options defaults() {
            return new Options(Integer.MAX_VALUE, HttpFetcher.Settings.defaults(), new AddressGuard(),
                    Clock.systemUTC(), "aidnews-crawler", 100L * 1024 * 1024, DEFAULT_MAX_RETRY_AFTER_MS);
        }

        public Options withTotalBudget(int pages) {
            return new Options(pages, fetch, guard, clock, agentName, warcRollBytes, maxRetryAfterMs);
        }

        public Options withGuard(AddressGuard g) {
            return new Options(totalBudget, fetch, g, clock, agentName, warcRollBytes, maxRetryAfterMs);
        }

        public Options withFetch(HttpFetcher.Settings f) {
            return new Options(totalBudget, f, guard, clock, agentName, warcRollBytes, maxRetryAfterMs);
        }

        /** Host time budgets, robots.txt expiry and Retry-After dates are read from this clock. */
        public Options withClock(Clock c) {
            return new Options(totalBudget, fetch, guard, c, agentName, warcRollBytes, maxRetryAfterMs);
        }

        public Options withMaxRetryAfter(long millis) {
            return new Options(totalBudget, fetch, guard, clock, agentName, warcRollBytes, millis);
        }
    }

    /**
     * What the engine needs to know about one fetched URL.
     *
     * @param status      HTTP status, or 599 when no response arrived
     * @param location    canonical redirect target for 3xx, else null
     * @param contentType Content-Type of the body for link extraction
     * @param links       canonical outlinks (from the body, or from the stored capture for a 304/replay)
     */
    public record PageFetch(String url, int status, String location, String contentType, Set<String> links) { }

    /** A URL to queue again when resuming: admitted before the kill, but lost from crawler4j's queue. */
    public record Pending(String url, String parent, int depth) { }

    private final List<SitePolicy> sites;
    private final Path outDir;
    private final CrawlScope scope;
    private final HttpFetcher fetcher;
    private final HostPoliteness politeness = new HostPoliteness();
    private final RobotsGate robots;
    private final WarcStore warc;
    private final CrawlLog log;
    private final CrawlStats stats;
    private final CrawlHistory previous;
    private final Map<String, CrawlLogEntry> doneThisCrawl;
    private final List<CrawlLogEntry> beforeKill = new ArrayList<>();
    private final Set<String> decided = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> redirectHops = new ConcurrentHashMap<>();
    private final Map<String, Long> crawlDelays = new ConcurrentHashMap<>();
    /** When each host (origin) was first asked this crawl, for its time budget. */
    private final Map<String, Instant> hostStarted = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxRetryAfterMs;

    /**
     * @param logFile the crawl log of this crawl; if it exists the crawl is being resumed, and URLs it
     *                already stored are not fetched again
     */
    public CrawlSession(List<SitePolicy> sites, Path outDir, Path logFile, Options options, CrawlStats stats)
            throws IOException {
        this.sites = List.copyOf(sites);
        this.outDir = outDir;
        this.clock = options.clock();
        this.maxRetryAfterMs = options.maxRetryAfterMs();
        this.stats = stats;
        int year = Instant.now(options.clock()).atZone(ZoneId.of("Asia/Shanghai")).getYear();
        this.scope = new CrawlScope(sites, UrlRule.defaults(year), options.totalBudget());
        this.fetcher = new HttpFetcher(options.fetch(), options.guard());
        WarcStore.recover(outDir);
        this.previous = CrawlHistory.read(outDir, logFile);
        this.doneThisCrawl = new ConcurrentHashMap<>();
        if (logFile.toFile().exists()) {
            for (CrawlLogEntry e : CrawlLog.read(logFile)) {
                doneThisCrawl.put(e.url(), e);
                decided.add(e.url());
                beforeKill.add(e);
            }
        }
        this.warc = new WarcStore(outDir, options.warcRollBytes());
        this.log = new CrawlLog(logFile, stats::record);
        this.robots = new RobotsGate(options.agentName(), this::fetchRobots, options.clock());
    }

    public List<SitePolicy> sites() {
        return sites;
    }

    /** URLs of earlier crawls whose captures may be revalidated with a conditional GET. */
    public int previousCaptures() {
        return previous.size();
    }

    /** Seeds and sitemaps of every site, each checked like a link (scope, robots.txt, budget). */
    public List<String> admitSeeds() throws InterruptedException {
        List<String> admitted = new ArrayList<>();
        for (SitePolicy site : sites) {
            List<URI> starts = new ArrayList<>(site.seeds());
            starts.addAll(site.sitemaps());
            for (URI seed : starts) {
                Optional<String> url = UrlCanonicalizer.canonical(seed.toString());
                if (url.isPresent() && admitLink(url.get(), null, 0, false)) {
                    admitted.add(url.get());
                }
            }
        }
        return admitted;
    }

    /**
     * When resuming: the links of every page stored before the kill that have no log line yet. crawler4j's
     * Berkeley DB frontier does not sync on every change, so after {@code kill -9} its seen-set can hold URLs
     * its queue lost; the crawl log (flushed per line) and the WARC files are the ledger that is trusted.
     * URLs queued twice this way are fetched once: a second fetch is answered from the record of the first.
     */
    public List<Pending> pendingAfterResume() throws InterruptedException {
        List<Pending> pending = new ArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (CrawlLogEntry e : beforeKill) {
            Set<String> links = switch (e.outcome()) {
                case FETCHED, TOO_LARGE -> storedLinks(e);
                case NOT_MODIFIED -> previous.lastCapture(e.url()).map(this::storedLinks).orElse(Set.of());
                case REDIRECT -> e.location() == null ? Set.of() : Set.of(e.location());
                default -> Set.of();
            };
            for (String link : links) {
                if (!doneThisCrawl.containsKey(link) && seen.add(link)) {
                    int depth = e.depth() + 1;
                    // Admitted before the kill too (the admission itself is not logged); a rejection is logged now.
                    if (admitLink(link, e.url(), depth, e.outcome() == CrawlOutcome.REDIRECT)) {
                        pending.add(new Pending(link, e.url(), depth));
                    }
                }
            }
        }
        return pending;
    }

    /**
     * Whether a canonical URL found on {@code parent} (or redirected to from it) should be queued. Every
     * rejection is logged once per URL.
     */
    public boolean admitLink(String url, String parent, int depth, boolean viaRedirect) throws InterruptedException {
        if (!decided.add(url)) {
            return false;
        }
        if (viaRedirect) {
            int hops = redirectHops.getOrDefault(url, 1);
            if (hops > MAX_REDIRECT_HOPS) {
                reject(null, url, new Rejection(CrawlOutcome.TRAP, "redirect chain longer than " + MAX_REDIRECT_HOPS
                        + " hops"), depth, parent);
                return false;
            }
        }
        CrawlScope.Decision d = scope.decide(url, depth);
        if (!d.admitted()) {
            reject(d.site(), url, d.rejection(), depth, parent);
            return false;
        }
        RobotsVerdict verdict = robots.check(URI.create(url));
        crawlDelays.put(RobotsGateOrigin.of(url), verdict.crawlDelayMs());
        if (!verdict.allowed()) {
            CrawlOutcome o = verdict.privateAddress() ? CrawlOutcome.PRIVATE_ADDRESS : CrawlOutcome.ROBOTS_DENIED;
            reject(d.site(), url, new Rejection(o, verdict.reason()), depth, parent);
            return false;
        }
        Optional<Rejection> budget = scope.reserve(d.site(), RobotsGateOrigin.of(url));
        if (budget.isPresent()) {
            reject(d.site(), url, budget.get(), depth, parent);
            return false;
        }
        stats.admitted();
        return true;
    }

    private void reject(SitePolicy site, String url, Rejection r, int depth, String parent) {
        log.write(CrawlLogEntry.decision(Instant.now(), site == null ? null : site.id(), url, r.outcome(), r.reason(),
                depth, parent));
    }

    /** Fetches an admitted URL, records it, and returns what the engine needs to go on. */
    public PageFetch fetch(String url, String parent, int depth) throws InterruptedException {
        stats.attempted();
        SitePolicy site = scope.siteFor(url).orElse(null);
        String siteId = site == null ? null : site.id();
        CrawlLogEntry done = doneThisCrawl.get(url);
        if (done != null && done.outcome().stored()) {
            return replay(done); // resumed crawl: stored before the kill, so only its links are needed
        }
        if (site != null && hostTimeUsedUp(url, site)) {
            log.write(CrawlLogEntry.decision(Instant.now(), siteId, url, CrawlOutcome.OUT_OF_SCOPE,
                    "host time budget of " + site.maxHostMinutes() + " min used up", depth, parent));
            return new PageFetch(url, 599, null, null, Set.of());
        }
        Map<String, String> conditional = new LinkedHashMap<>();
        Optional<CrawlLogEntry> before = previous.lastCapture(url);
        before.ifPresent(b -> {
            if (b.etag() != null) {
                conditional.put("If-None-Match", b.etag());
            }
            if (b.lastModified() != null) {
                conditional.put("If-Modified-Since", b.lastModified());
            }
        });
        FetchedResponse r = politeFetch(URI.create(url), conditional, site);
        try {
            return record(r, siteId, depth, parent, before.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WARC under " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** Whether the URL's host has been crawled longer than its site's {@code maxHostMinutes}, this crawl. */
    private boolean hostTimeUsedUp(String url, SitePolicy site) {
        Instant first = hostStarted.computeIfAbsent(RobotsGateOrigin.of(url), k -> clock.instant());
        return clock.instant().isAfter(first.plus(java.time.Duration.ofMinutes(site.maxHostMinutes())));
    }

    private FetchedResponse politeFetch(URI url, Map<String, String> headers, SitePolicy site) throws InterruptedException {
        long gap = Math.max(site == null ? SitePolicy.DEFAULT_POLITENESS_MS : site.politenessMs(),
                crawlDelays.getOrDefault(RobotsGateOrigin.of(url.toString()), 0L));
        try (HostPoliteness.Slot slot = politeness.acquire(RobotsGateOrigin.of(url.toString()), gap)) {
            FetchedResponse r = fetcher.fetch(url, headers, site != null && site.allowPrivateAddresses());
            if (r.ok() && (r.status() == 429 || r.status() == 503)) {
                // The server asks us to come back later: the whole host waits, not only this URL (RFC 9110 §10.2.3).
                RetryAfter.millis(r.header("Retry-After"), clock.instant())
                        .ifPresent(ms -> slot.holdOff(Math.min(ms, maxRetryAfterMs)));
            }
            return r;
        }
    }

    private PageFetch record(FetchedResponse r, String siteId, int depth, String parent, CrawlLogEntry before)
            throws IOException {
        String url = r.url();
        if (!r.ok()) {
            CrawlOutcome o = r.failure() == FetchedResponse.Failure.PRIVATE_ADDRESS ? CrawlOutcome.PRIVATE_ADDRESS
                    : CrawlOutcome.NETWORK_ERROR;
            log.write(new CrawlLogEntry(r.fetchTime(), siteId, url, o, r.failureReason(), 0, 0, r.millis(), depth, parent,
                    null, -1, null, null, null, null, null, null));
            return new PageFetch(url, 599, null, null, Set.of());
        }
        int status = r.status();
        String contentType = r.header("Content-Type");
        if (status == 304 && before != null) {
            StoredRecord s = warc.writeRevisit(r, siteId, before.recordId(), before.time(), before.payloadDigest(),
                    WarcStore.RevisitProfile.SERVER_NOT_MODIFIED);
            String etag = r.header("ETag") != null ? r.header("ETag") : before.etag();
            String lastModified = r.header("Last-Modified") != null ? r.header("Last-Modified") : before.lastModified();
            CrawlLogEntry entry = new CrawlLogEntry(r.fetchTime(), siteId, url, CrawlOutcome.NOT_MODIFIED,
                    "unchanged since " + before.time(), status, 0, r.millis(), depth, parent, s.warcFile(), s.offset(),
                    s.recordId(), s.payloadDigest(), etag, lastModified, before.contentType(), null);
            log.write(entry);
            doneThisCrawl.put(url, entry);
            return new PageFetch(url, 200, null, before.contentType(), storedLinks(before));
        }
        if (status >= 200 && status < 300 && !r.truncated() && before != null && before.payloadDigest() != null
                && before.payloadDigest().equals(WarcStore.payloadDigest(r.body()))) {
            // A 200 whose payload is byte-identical to the stored capture (servers without validators, or with
            // validators that change on every request): a revisit record, not a second copy of the page.
            StoredRecord s = warc.writeRevisit(r, siteId, before.recordId(), before.time(), before.payloadDigest(),
                    WarcStore.RevisitProfile.IDENTICAL_PAYLOAD_DIGEST);
            CrawlLogEntry entry = new CrawlLogEntry(r.fetchTime(), siteId, url, CrawlOutcome.NOT_MODIFIED,
                    "payload identical to the capture of " + before.time(), status, 0, r.millis(), depth, parent,
                    s.warcFile(), s.offset(), s.recordId(), s.payloadDigest(), r.header("ETag"), r.header("Last-Modified"),
                    contentType, null);
            log.write(entry);
            doneThisCrawl.put(url, entry);
            return new PageFetch(url, 200, null, contentType, LinkExtractor.links(url, contentType, r.body()));
        }
        StoredRecord s = warc.writeResponse(r, siteId);
        CrawlOutcome outcome;
        String reason;
        String location = null;
        if (status >= 200 && status < 300) {
            outcome = r.truncated() ? CrawlOutcome.TOO_LARGE : CrawlOutcome.FETCHED;
            reason = r.truncated() ? "body cut at " + fetcher.settings().maxBytes() + " bytes" : "HTTP " + status;
        } else if (status >= 300 && status < 400 && r.header("Location") != null) {
            location = UrlCanonicalizer.resolve(url, r.header("Location")).orElse(null);
            outcome = location == null ? CrawlOutcome.HTTP_ERROR : CrawlOutcome.REDIRECT;
            reason = location == null ? "redirect to an unusable Location" : "HTTP " + status + " to " + location;
            if (location != null) {
                redirectHops.merge(location, redirectHops.getOrDefault(url, 0) + 1, Math::max);
            }
        } else {
            outcome = CrawlOutcome.HTTP_ERROR;
            reason = "HTTP " + status + (status == 304 ? " without a conditional request" : "");
        }
        CrawlLogEntry entry = new CrawlLogEntry(r.fetchTime(), siteId, url, outcome, reason, status, r.body().length,
                r.millis(), depth, parent, s.warcFile(), s.offset(), s.recordId(), s.payloadDigest(), r.header("ETag"),
                r.header("Last-Modified"), contentType, location);
        log.write(entry);
        doneThisCrawl.put(url, entry); // queued twice (see pendingAfterResume): the second fetch is a replay
        Set<String> links = status >= 200 && status < 300 ? LinkExtractor.links(url, contentType, r.body()) : Set.of();
        return new PageFetch(url, location == null && status >= 300 && status < 400 ? 599 : status, location,
                contentType, links);
    }

    private PageFetch replay(CrawlLogEntry done) {
        if (done.outcome() == CrawlOutcome.REDIRECT) {
            return new PageFetch(done.url(), done.status(), done.location(), null, Set.of());
        }
        if (done.outcome() == CrawlOutcome.FETCHED || done.outcome() == CrawlOutcome.TOO_LARGE) {
            return new PageFetch(done.url(), 200, null, done.contentType(), storedLinks(done));
        }
        if (done.outcome() == CrawlOutcome.NOT_MODIFIED) {
            Set<String> links = previous.lastCapture(done.url()).map(this::storedLinks).orElse(Set.of());
            return new PageFetch(done.url(), 200, null, done.contentType(), links);
        }
        return new PageFetch(done.url(), done.status() == 0 ? 599 : done.status(), null, null, Set.of());
    }

    private Set<String> storedLinks(CrawlLogEntry capture) {
        try {
            byte[] body = WarcStore.readPayload(outDir.resolve(capture.warcFile()), capture.warcOffset());
            return LinkExtractor.links(capture.url(), capture.contentType(), body);
        } catch (IOException | RuntimeException e) {
            return Set.of(); // the earlier capture is unreadable: the page is still recorded, its links are lost
        }
    }

    /** robots.txt is fetched politely like any page, and stored in the WARC as evidence of what we obeyed. */
    private FetchedResponse fetchRobots(URI robotsUrl) throws InterruptedException {
        SitePolicy site = scope.siteFor(robotsUrl.toString()).orElse(null);
        FetchedResponse r = politeFetch(robotsUrl, Map.of(), site);
        String url = robotsUrl.toString();
        if (decided.add(url)) {
            try {
                record(r, site == null ? null : site.id(), 0, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        try (log; warc; fetcher) {
            // closes all three, in reverse order, even if one fails
        }
    }

    /** Origin keys shared by politeness and Crawl-delay. */
    static final class RobotsGateOrigin {
        private RobotsGateOrigin() {
        }

        static String of(String url) {
            URI u = URI.create(url);
            return SitePolicy.origin(u);
        }
    }
}
