package org.aidnews.crawler.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.engine.CrawlRun;
import org.aidnews.crawler.engine.CrawlSession;
import org.aidnews.crawler.engine.CrawlStats;
import org.aidnews.crawler.log.CrawlOutcome;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Crawl benchmark: serves a {@link GeneratedSite} on loopback, crawls it with politeness off through the real
 * crawler (crawler4j frontier, our fetcher, robots.txt, WARC, crawl log), and in the same run fetches the same
 * URLs with a plain HttpClient loop under the same rule of one connection per host. The plain loop is the limit
 * the server and the loopback stack set; the ratio crawl/plain says how much the crawler's own work costs.
 *
 * <pre>
 * ./aidnews crawl-bench [--pages 3000] [--hosts 4] [--threads 4] [--work DIR] [--md docs/benchmarks-crawl.md | --no-md]
 * </pre>
 *
 * CPU per page is the process CPU time (all threads, the loopback server included) divided by pages; the
 * plain loop's CPU per page is printed beside it, so the difference is roughly the crawler's own cost.
 */
public final class CrawlBench {

    /** What to run. */
    public record Settings(int pages, int hosts, int threads, Path work, Path markdown) {
        public static Settings defaults() {
            return new Settings(3000, 4, 4, null, Path.of("docs/benchmarks-crawl.md"));
        }
    }

    /** One phase's measurement. */
    public record Phase(long pages, long bytes, double seconds, double cpuMs) {
        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : pages / seconds;
        }

        public double bytesPerSecond() {
            return seconds <= 0 ? 0 : bytes / seconds;
        }

        public double cpuMsPerPage() {
            return pages == 0 ? 0 : cpuMs / pages;
        }
    }

    /** Both phases; {@code ratio} is crawl pages/s over plain-loop pages/s. */
    public record Figures(int sitePages, int hosts, int threads, Phase plain, Phase crawl, long crawlErrors) {
        public double ratio() {
            return plain.pagesPerSecond() == 0 ? 0 : crawl.pagesPerSecond() / plain.pagesPerSecond();
        }
    }

    private CrawlBench() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Settings s;
        try {
            s = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("crawl-bench: " + e.getMessage());
            System.err.println("usage: crawl-bench [--pages N] [--hosts N] [--threads N] [--work DIR] [--md FILE | --no-md]");
            System.exit(2);
            return;
        }
        if (s == null) {
            out.println("usage: crawl-bench [--pages N] [--hosts N] [--threads N] [--work DIR] [--md FILE | --no-md]");
            return;
        }
        try {
            Figures f = run(s, out);
            if (s.markdown() != null) {
                String cmd = "./aidnews crawl-bench " + String.join(" ", args);
                Files.writeString(s.markdown(), markdown(f, cmd.strip()), StandardCharsets.UTF_8);
                out.println("written " + s.markdown());
            }
            System.exit(0);
        } catch (Exception e) {
            System.err.println("crawl-bench: failed: " + e);
            System.exit(1);
        }
    }

    static Settings parse(String[] args) {
        Settings d = Settings.defaults();
        int pages = d.pages();
        int hosts = d.hosts();
        int threads = d.threads();
        Path work = null;
        Path md = d.markdown();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--pages" -> pages = number(args, ++i);
                case "--hosts" -> hosts = number(args, ++i);
                case "--threads" -> threads = number(args, ++i);
                case "--work" -> work = Path.of(value(args, ++i));
                case "--md" -> md = Path.of(value(args, ++i));
                case "--no-md" -> md = null;
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        return new Settings(pages, hosts, threads, work, md);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i) {
        String v = value(args, i);
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " needs a whole number, not '" + v + "'");
        }
    }

    /** Runs both phases and prints the figures. */
    public static Figures run(Settings s, PrintStream out) throws Exception {
        Path work = s.work() != null ? Files.createDirectories(s.work()) : Files.createTempDirectory("crawl-bench");
        try (GeneratedSite site = new GeneratedSite(s.pages(), s.hosts())) {
            List<String> urls = site.pageUrls();
            out.printf(Locale.ROOT, "crawl-bench: %d pages on %d loopback hosts, %d threads%n", urls.size(), s.hosts(),
                    s.threads());
            plainLoop(urls, s.threads(), s.hosts()); // warm-up of the server and of HttpClient's code
            Phase plain = plainLoop(urls, s.threads(), s.hosts());
            out.printf(Locale.ROOT, "plain HttpClient loop: %s%n", describe(plain));

            // Warm-up crawl of a smaller site: the plain loop is measured warm, so is the crawler (JIT, class loading).
            try (GeneratedSite warm = new GeneratedSite(Math.min(500, s.pages()), s.hosts())) {
                new CrawlRun().execute(policies(warm), Files.createDirectories(work.resolve("warm-up")),
                        CrawlSession.Options.defaults(), s.threads(), new CrawlStats());
            }
            List<SitePolicy> policies = policies(site);
            Path crawlDir = Files.createDirectories(work.resolve("warc-" + System.nanoTime()));
            CrawlStats stats = new CrawlStats();
            double cpu0 = cpuMs();
            long t0 = System.nanoTime();
            new CrawlRun().execute(policies, crawlDir, CrawlSession.Options.defaults(), s.threads(), stats);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long pages = 0;
            for (SitePolicy p : policies) {
                pages += stats.count(p.id(), CrawlOutcome.FETCHED);
            }
            Phase crawl = new Phase(pages, stats.bytes(), seconds, cpuMs() - cpu0);
            out.printf(Locale.ROOT, "crawl:                 %s, %d errors%n", describe(crawl), stats.errors());
            Figures f = new Figures(urls.size(), s.hosts(), s.threads(), plain, crawl, stats.errors());
            out.printf(Locale.ROOT, "ratio crawl / plain:   %.2f%n", f.ratio());
            return f;
        } finally {
            if (s.work() == null) {
                deleteTree(work);
            }
        }
    }

    private static List<SitePolicy> policies(GeneratedSite site) {
        List<SitePolicy> policies = new ArrayList<>();
        int n = 0;
        for (URI base : site.bases()) {
            policies.add(new SitePolicy("gen-" + n++, "generated " + base, List.of(base), List.of(), List.of(),
                    null, List.of(), null, 0, 20, Integer.MAX_VALUE, null, true, true, true));
        }
        return policies;
    }

    private static String describe(Phase p) {
        return String.format(Locale.ROOT, "%d pages in %.2f s = %.0f pages/s, %.2f MB/s, %.2f ms CPU per page",
                p.pages(), p.seconds(), p.pagesPerSecond(), p.bytesPerSecond() / 1e6, p.cpuMsPerPage());
    }

    /**
     * The limit: every URL fetched once and read to the end, {@code threads} threads sharing a queue, at most
     * one connection per host (the crawler's politeness rule, whatever the delay).
     */
    static Phase plainLoop(List<String> urls, int threads, int hosts) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(interleave(urls, hosts));
        AtomicLong pages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(1).setMaxConnTotal(Math.max(1, threads)).build())
                .disableAutomaticRetries().build()) {
            double cpu0 = cpuMs();
            long t0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().name("plain-" + i).start(() -> {
                    byte[] buf = new byte[16384];
                    for (String u = queue.poll(); u != null; u = queue.poll()) {
                        try (ClassicHttpResponse r = client.executeOpen(null, new HttpGet(u), null)) {
                            HttpEntity e = r.getEntity();
                            long n = 0;
                            if (e != null) {
                                try (InputStream in = e.getContent()) {
                                    for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                                        n += k;
                                    }
                                }
                            }
                            if (r.getCode() == 200) {
                                pages.incrementAndGet();
                                bytes.addAndGet(n);
                            }
                        } catch (IOException ignored) {
                            // counted as not fetched
                        }
                    }
                }));
            }
            for (Thread t : workers) {
                t.join();
            }
            return new Phase(pages.get(), bytes.get(), (System.nanoTime() - t0) / 1e9, cpuMs() - cpu0);
        }
    }

    /** URLs in host round-robin order, as a crawl frontier would hand them out. */
    private static List<String> interleave(List<String> urls, int hosts) {
        int per = urls.size() / Math.max(1, hosts);
        List<String> out = new ArrayList<>(urls.size());
        for (int i = 0; i < per; i++) {
            for (int h = 0; h < hosts; h++) {
                int k = h * per + i;
                if (k < urls.size()) {
                    out.add(urls.get(k));
                }
            }
        }
        return out;
    }

    private static double cpuMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e6;
        }
        return 0;
    }

    static String markdown(Figures f, String command) {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .format(ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))) + " Asia/Shanghai";
        String machine = String.format(Locale.ROOT, "%s %s, %d CPUs available to the JVM, Java %s (%s)",
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        return String.format(Locale.ROOT, """
                # Crawl benchmark

                Written by `%s` on %s.
                Machine: %s.

                A generated site of %d HTML pages (about 5 KiB each, Chinese text, ten links per page) is served by a
                JDK `HttpServer` on %d loopback ports (one origin each, as the sample sites are served) in the same
                process. It is crawled with politeness 0 and %d threads through the whole crawler (crawler4j frontier,
                our fetcher, robots.txt, link extraction, WARC writing, crawl log). In the same run a plain HttpClient
                loop fetches the same URLs with the same threads and the same rule of one connection per host: that is
                the limit the server and loopback set. CPU is the process CPU time over all threads, the server's
                included, divided by pages.

                | | pages | seconds | pages/s | MB/s (payload) | CPU ms per page |
                |---|---:|---:|---:|---:|---:|
                | plain HttpClient loop (the limit) | %d | %.2f | %.0f | %.2f | %.2f |
                | crawl (politeness off) | %d | %.2f | %.0f | %.2f | %.2f |

                Crawl / plain rate: **%.2f**. Crawl errors: %d. Aim: ≥ 300 pages/s on 2 cores against loopback.
                """, command, date, machine, f.sitePages(), f.hosts(), f.threads(),
                f.plain().pages(), f.plain().seconds(), f.plain().pagesPerSecond(), f.plain().bytesPerSecond() / 1e6,
                f.plain().cpuMsPerPage(),
                f.crawl().pages(), f.crawl().seconds(), f.crawl().pagesPerSecond(), f.crawl().bytesPerSecond() / 1e6,
                f.crawl().cpuMsPerPage(), f.ratio(), f.crawlErrors());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
