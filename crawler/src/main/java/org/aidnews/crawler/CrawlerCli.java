package org.aidnews.crawler;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aidnews.crawler.config.ConfigException;
import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.config.SitePolicyLoader;
import org.aidnews.crawler.engine.CrawlRun;
import org.aidnews.crawler.engine.CrawlSession;
import org.aidnews.crawler.engine.CrawlStats;
import org.aidnews.crawler.engine.ProgressReporter;

/**
 * The crawler's front door.
 *
 * <pre>
 * crawl --sites FILE --out DIR [--max-pages N] [--sites ID,ID] [--threads N] [--force-unreachable] [--dry-run] [--help]
 *
 *   --sites FILE          site policies (config/sites.yml; see the comment block at its top)
 *   --out DIR             WARC files (aidnews-*.warc.gz) and crawl logs (crawl-*.jsonl) go here
 *   --max-pages N         at most N pages over the whole crawl (each site's maxPages still applies)
 *   --sites ID,ID         crawl only these site ids (--sites given a second time, with ids instead of a file)
 *   --threads N           worker threads (default 4); politeness is per host whatever the number
 *   --force-unreachable   also crawl sites marked reachable: false
 *   --dry-run             validate the configuration and print what would be crawled; no network
 * </pre>
 *
 * Running it again on the same {@code --out} resumes an interrupted crawl (even after {@code kill -9}),
 * or, when the last crawl finished, starts a new one that asks the servers with If-None-Match /
 * If-Modified-Since whether earlier captures changed, and stores unchanged pages as WARC revisit records.
 * <p>
 * Exit codes: 0 done; 2 usage or configuration error (the message names the file and key); 1 failure.
 * Progress goes to stderr, the end summary (counts by outcome per site) to stdout.
 */
public final class CrawlerCli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: crawl --sites FILE --out DIR [--max-pages N] [--sites ID,ID] [--threads N]
                         [--force-unreachable] [--dry-run] [--help]
            """;

    private final PrintStream out;
    private final PrintStream err;

    public CrawlerCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new CrawlerCli(out, err).run(args));
    }

    /** Parsed command line. */
    record Arguments(Path sitesFile, Path out, int maxPages, Set<String> only, int threads, boolean forceUnreachable,
            boolean dryRun, boolean help) { }

    /** Thrown for a usage mistake; the CLI prints it with the usage line and exits 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public int run(String... args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (UsageException e) {
            err.println("crawl: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (a.help()) {
            out.print(USAGE_TEXT);
            out.println("See the Javadoc of org.aidnews.crawler.CrawlerCli and the key reference at the top of config/sites.yml.");
            return OK;
        }
        List<SitePolicy> sites;
        try {
            sites = select(SitePolicyLoader.load(a.sitesFile()), a);
        } catch (ConfigException e) {
            err.println("crawl: configuration error: " + e.getMessage());
            return USAGE;
        }
        if (sites.isEmpty()) {
            err.println("crawl: no site left to crawl (all disabled, unreachable or not selected)");
            return a.dryRun() ? OK : USAGE;
        }
        if (a.dryRun()) {
            for (SitePolicy s : sites) {
                out.printf(Locale.ROOT, "%s\t%s\tseeds=%s\tsitemaps=%d\tmaxDepth=%d\tmaxPages=%d\tpolitenessMs=%d%n",
                        s.id(), s.name(), s.seeds(), s.sitemaps().size(), s.maxDepth(), s.maxPages(), s.politenessMs());
            }
            return OK;
        }
        CrawlStats stats = new CrawlStats();
        CrawlRun run = new CrawlRun();
        Thread hook = new Thread(run::stop, "crawl-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressReporter progress = new ProgressReporter(stats, err, ProgressReporter.isTerminal()).start();
        try {
            CrawlSession.Options options = CrawlSession.Options.defaults()
                    .withTotalBudget(a.maxPages() > 0 ? a.maxPages() : Integer.MAX_VALUE);
            CrawlRun.Report report;
            try {
                report = run.execute(sites, a.out(), options, a.threads(), stats);
            } finally {
                progress.close();
            }
            out.println((report.resumed() ? "resumed crawl finished; log " : "crawl finished; log ") + report.logFile());
            out.print(ProgressReporter.summaryTable(stats));
            return OK;
        } catch (Exception e) {
            err.println("crawl: failed: " + e);
            return FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting
            }
        }
    }

    private List<SitePolicy> select(List<SitePolicy> all, Arguments a) throws ConfigException {
        Set<String> known = new LinkedHashSet<>();
        all.forEach(s -> known.add(s.id()));
        for (String id : a.only()) {
            if (!known.contains(id)) {
                throw new ConfigException(a.sitesFile() + ": --sites names '" + id + "', which is not a site id there (ids: "
                        + String.join(", ", known) + ")");
            }
        }
        List<SitePolicy> chosen = new ArrayList<>();
        for (SitePolicy s : all) {
            if (!a.only().isEmpty() && !a.only().contains(s.id())) {
                continue;
            }
            if (!s.enabled()) {
                err.println("crawl: skipping " + s.id() + ": enabled: false");
                continue;
            }
            if (!s.reachable() && !a.forceUnreachable()) {
                err.println("crawl: skipping " + s.id() + ": reachable: false (not reachable from this machine; --force-unreachable to try)");
                continue;
            }
            chosen.add(s);
        }
        return chosen;
    }

    static Arguments parse(String[] args) throws UsageException {
        Path sitesFile = null;
        Path outDir = null;
        int maxPages = 0;
        int threads = 4;
        Set<String> only = new LinkedHashSet<>();
        boolean force = false;
        boolean dry = false;
        boolean help = false;
        int i = 0;
        if (i < args.length && args[i].equals("crawl")) {
            i++;
        }
        for (; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--dry-run" -> dry = true;
                case "--force-unreachable" -> force = true;
                case "--sites" -> {
                    String v = value(args, ++i, arg);
                    if (looksLikeFile(v)) {
                        if (sitesFile != null) {
                            throw new UsageException("--sites FILE given twice");
                        }
                        sitesFile = Path.of(v);
                    } else {
                        for (String id : v.split(",")) {
                            if (!id.isBlank()) {
                                only.add(id.strip());
                            }
                        }
                    }
                }
                case "--out" -> outDir = Path.of(value(args, ++i, arg));
                case "--max-pages" -> maxPages = positive(value(args, ++i, arg), arg);
                case "--threads" -> threads = positive(value(args, ++i, arg), arg);
                default -> throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        if (help) {
            return new Arguments(sitesFile, outDir, maxPages, only, threads, force, dry, true);
        }
        if (sitesFile == null) {
            throw new UsageException("--sites FILE is required");
        }
        if (outDir == null && !dry) {
            throw new UsageException("--out DIR is required");
        }
        return new Arguments(sitesFile, outDir, maxPages, only, threads, force, dry, false);
    }

    /** --sites takes a file or a list of ids: a value with a path separator or a YAML extension, or an existing file, is a file. */
    private static boolean looksLikeFile(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return v.contains("/") || v.contains("\\") || lower.endsWith(".yml") || lower.endsWith(".yaml")
                || Files.isRegularFile(Path.of(v));
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    private static int positive(String v, String flag) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new UsageException(flag + " must be at least 1, not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " needs a whole number, not '" + v + "'");
        }
    }
}
