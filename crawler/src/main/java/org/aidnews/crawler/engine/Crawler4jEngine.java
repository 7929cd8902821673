package org.aidnews.crawler.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.Set;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.frontier.SleepycatFrontierConfiguration;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;

/**
 * The only class that knows crawler4j. crawler4j supplies the frontier (a Berkeley DB queue and seen-URL
 * set that survive {@code kill -9}: resumable crawling), the worker threads and the depth bookkeeping.
 * Everything it would decide by itself is routed to {@link CrawlSession}:
 * <ul>
 * <li>fetching: {@code PageFetcher.fetchPage} is replaced, so crawler4j's HttpClient, politeness (200 ms
 *     per registrable domain) and robots.txt handling (allow-all on 5xx, host-only cache key) are unused;</li>
 * <li>link extraction: {@code Parser.parse} is replaced (crawler4j's Tika parser guesses charsets wrongly
 *     for GBK pages and ignores {@code <base href>});</li>
 * <li>scope: {@code shouldVisit} asks the session, which also counts a redirect as one more hop of depth
 *     (crawler4j keeps the depth of the redirecting page).</li>
 * </ul>
 */
final class Crawler4jEngine {

    /** The session's answer for the URL the current worker thread is processing (fetch and parse run on one thread). */
    private static final ThreadLocal<CrawlSession.PageFetch> CURRENT = new ThreadLocal<>();
    /** Stand-in status for "no response": crawler4j needs a code it can look a reason phrase up for. */
    private static final int NO_RESPONSE = 599;

    private Crawler4jEngine() {
    }

    /**
     * Runs the crawl to the end (queue empty) or until {@code stop} is called by another thread.
     *
     * @param stateDir crawler4j's working directory; kept between runs for resuming
     */
    static void run(CrawlSession session, Path stateDir, int threads, Runnable[] stopHook) throws Exception {
        Files.createDirectories(stateDir);
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(stateDir.toString());
        config.setResumableCrawling(true);
        config.setPolitenessDelay(0);          // CrawlSession applies per-host politeness and Crawl-delay
        config.setMaxDepthOfCrawling(-1);      // CrawlSession checks each site's maxDepth
        config.setMaxPagesToFetch(-1);         // and its page budget
        config.setIncludeHttpsPages(true);
        config.setIncludeBinaryContentInCrawling(true);
        config.setFollowRedirects(true);
        config.setRespectNoFollow(false);
        config.setRespectNoIndex(false);
        config.setOnlineTldListUpdate(false);  // never download the public-suffix list
        config.setShutdownOnEmptyQueue(true);
        // crawler4j's monitor looks every second whether all workers wait on an empty queue, then by default
        // waits again before and after finishing: about 3 s of idle tail per crawl (a tenth of the benchmark's
        // wall time). The second look is kept by the monitor's own loop; the extra waits are not needed.
        config.setThreadMonitoringDelaySeconds(1);
        config.setThreadShutdownDelaySeconds(0);
        config.setCleanupDelaySeconds(0);
        config.setMaxDownloadSize(Integer.MAX_VALUE - 16); // our fetcher has already applied the size limit
        config.setHaltOnError(false);

        writeFrontierDurability(stateDir);
        BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
        FrontierConfiguration frontier = new SleepycatFrontierConfiguration(config);
        SessionPageFetcher fetcher = new SessionPageFetcher(config, normalizer, session);
        RobotstxtConfig robotsConfig = new RobotstxtConfig();
        robotsConfig.setEnabled(false); // CrawlSession.admitLink checks robots.txt (RFC 9309 rules)
        RobotstxtServer robots = new RobotstxtServer(robotsConfig, fetcher, frontier.getWebURLFactory());
        TLDList tlds = new TLDList(config);
        Parser parser = new SessionParser(config, normalizer, tlds, frontier.getWebURLFactory());
        CrawlController controller = new CrawlController(config, normalizer, fetcher, parser, robots, tlds, frontier);
        stopHook[0] = controller::shutdown;
        try {
            for (String seed : session.admitSeeds()) {
                controller.addSeed(seed);
            }
            for (CrawlSession.Pending p : session.pendingAfterResume()) {
                // Straight into the frontier: addSeed would skip URLs crawler4j has marked seen but lost from its queue.
                WebURL w = frontier.getWebURLFactory().newWebUrl();
                w.setTldList(tlds);
                w.setURL(p.url());
                w.setParentUrl(p.parent());
                w.setDepth((short) Math.min(Short.MAX_VALUE, p.depth()));
                w.setDocid(controller.getDocIdServer().getNewDocID(p.url()));
                controller.getFrontier().schedule(w);
            }
            AtomicReference<Throwable> fatal = new AtomicReference<>();
            controller.start(() -> new SessionCrawler(session, fatal), Math.max(1, threads));
            if (fatal.get() != null) {
                throw new IllegalStateException("crawl stopped by an unexpected error: " + fatal.get(), fatal.get());
            }
        } finally {
            fetcher.shutDown();
            frontier.close();
        }
    }

    /**
     * Berkeley DB JE reads {@code je.properties} from its environment home ({@code <storage>/frontier}), which
     * is the only way to reach the environment crawler4j builds. Measured (JFR, crawl benchmark): with JE's
     * default durability every frontier transaction (schedule, take, finish, doc id) ended in an fsync of
     * 10–25 ms, taken under crawler4j's frontier mutex, so the whole crawl ran at one fsync per step: about
     * 30 pages/s on loopback whatever the thread count. {@code WRITE_NO_SYNC} still writes each commit to the
     * file (the OS keeps it when the process is killed with {@code kill -9}, the failure resume is built for);
     * only an OS crash or power loss can lose the last commits, and even then the crawl log and the WARC
     * files, not the frontier, are the ledger that resume trusts ({@link CrawlSession#pendingAfterResume()}).
     */
    static void writeFrontierDurability(Path stateDir) throws java.io.IOException {
        Path home = Files.createDirectories(stateDir.resolve("frontier"));
        Files.writeString(home.resolve("je.properties"), """
                # written by aidnews Crawler4jEngine: commits reach the file system, fsync is left to the OS
                je.txn.durability=WRITE_NO_SYNC,NO_SYNC,NONE
                """, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Fetches through the session and hands crawler4j a finished, in-memory response. */
    private static final class SessionPageFetcher extends PageFetcher {
        private final CrawlSession session;

        SessionPageFetcher(CrawlConfig config, BasicURLNormalizer normalizer, CrawlSession session) throws Exception {
            super(config, normalizer);
            this.session = session;
        }

        @Override
        public PageFetchResult fetchPage(WebURL webUrl) throws InterruptedException {
            CrawlSession.PageFetch f = session.fetch(webUrl.getURL(), webUrl.getParentUrl(), webUrl.getDepth());
            CURRENT.set(f);
            PageFetchResult result = new PageFetchResult(false);
            result.setFetchedUrl(webUrl.getURL());
            int status = f.status();
            if (status >= 300 && status < 400 && f.location() != null) {
                // crawler4j follows only these codes; anything else in 3xx is a dead end for it
                status = switch (status) {
                    case 300, 301, 302, 303, 307, 308 -> status;
                    default -> 302;
                };
                result.setMovedToUrl(f.location());
            } else if (status < 100 || status > 599) {
                status = NO_RESPONSE;
            }
            result.setStatusCode(status);
            result.setResponseHeaders(new Header[] {new BasicHeader("Content-Type", "application/octet-stream")});
            if (status >= 200 && status < 300) {
                // The page body is not needed again: links were extracted already. crawler4j still insists on an entity.
                result.setEntity(new ByteArrayEntity(new byte[0], ContentType.APPLICATION_OCTET_STREAM));
            }
            return result;
        }
    }

    /** Turns the session's links into crawler4j's outgoing URLs. */
    private static final class SessionParser extends Parser {
        private final TLDList tlds;
        private final WebURLFactory factory;

        SessionParser(CrawlConfig config, BasicURLNormalizer normalizer, TLDList tlds, WebURLFactory factory)
                throws Exception {
            // Not crawler4j's Tika-based HTML parser (excluded from the build): parse(Page) below replaces it.
            super(config, normalizer, new edu.uci.ics.crawler4j.parser.HtmlParser() { }, tlds, factory);
            this.tlds = tlds;
            this.factory = factory;
        }

        @Override
        public void parse(Page page) {
            CrawlSession.PageFetch f = CURRENT.get();
            Set<WebURL> out = new LinkedHashSet<>(); // queued in page order, not in hash order
            if (f != null && f.url().equals(page.getWebURL().getURL())) {
                for (String link : f.links()) {
                    WebURL w = factory.newWebUrl();
                    w.setTldList(tlds);
                    w.setURL(link);
                    out.add(w);
                }
            }
            HtmlParseData data = new HtmlParseData();
            data.setOutgoingUrls(out);
            data.setMetaTags(Map.of());
            data.setHtml("");
            data.setText("");
            page.setParseData(data);
        }
    }

    /** One worker thread: asks the session whether to queue each discovered URL. */
    private static final class SessionCrawler extends WebCrawler {
        private final CrawlSession session;
        private final AtomicReference<Throwable> fatal;

        SessionCrawler(CrawlSession session, AtomicReference<Throwable> fatal) {
            this.session = session;
            this.fatal = fatal;
        }

        @Override
        public boolean shouldVisit(Page referringPage, WebURL url) {
            boolean redirect = referringPage != null && referringPage.isRedirect();
            int depth = url.getDepth();
            if (redirect) {
                depth = referringPage.getWebURL().getDepth() + 1;
                url.setDepth((short) depth);
            }
            String parent = referringPage == null ? null : referringPage.getWebURL().getURL();
            try {
                return session.admitLink(url.getURL(), parent, depth, redirect);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        protected void onUnexpectedStatusCode(String urlStr, int statusCode, String contentType, String description) {
            // already recorded by the session
        }

        @Override
        protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
            // cannot happen: the session's fetcher applies the size limit
        }

        @Override
        protected void onContentFetchError(Page page, Exception e) {
            // the session logged the network error
        }

        @Override
        protected void onUnhandledException(Page page, Throwable e) {
            // A bug of ours or a full disk: stop the crawl and fail loudly, instead of crawler4j's log-and-go-on.
            fatal.compareAndSet(null, e);
            getMyController().shutdown();
        }

        @Override
        protected void onRedirectedToInvalidUrl(Page page) {
            // the session logged the redirect and its unusable Location
        }
    }

}
