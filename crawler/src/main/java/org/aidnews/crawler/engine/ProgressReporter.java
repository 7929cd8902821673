package org.aidnews.crawler.engine;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.aidnews.crawler.log.CrawlOutcome;

/**
 * Prints crawl progress to stderr: one line rewritten in place every second on a terminal, a plain line
 * every ten seconds otherwise (logs and CI). Also formats the end summary table.
 */
public final class ProgressReporter implements AutoCloseable {

    private final CrawlStats stats;
    private final PrintStream err;
    private final boolean terminal;
    private final Thread thread;

    public ProgressReporter(CrawlStats stats, PrintStream err, boolean terminal) {
        this.stats = stats;
        this.err = err;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "crawl-progress");
        this.thread.setDaemon(true);
    }

    public ProgressReporter start() {
        thread.start();
        return this;
    }

    /**
     * Whether stderr is an interactive terminal. JDK 22+ returns a Console even when redirected and has
     * {@code Console.isTerminal()}; we compile for 21, so that method is looked up when present.
     */
    public static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    private void loop() {
        long period = terminal ? 1000 : 10_000;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(period);
                if (terminal) {
                    err.print("\r" + line() + "\u001b[K");
                } else {
                    err.println(line());
                }
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** e.g. {@code fetched 120  queued 35  errors 2  1.4 MB  3.1 pages/s | site1 60 site2 58} */
    public String line() {
        double secs = Math.max(0.001, stats.seconds());
        StringJoiner perSite = new StringJoiner(" ");
        stats.bySite().forEach((site, counts) -> perSite.add(site + " " + counts.values().stream().mapToLong(Long::longValue).sum()));
        return String.format(Locale.ROOT, "fetched %d  queued %d  errors %d  %s  %.1f pages/s | %s",
                stats.fetched(), stats.queued(), stats.errors(), bytes(stats.bytes()), stats.fetched() / secs, perSite);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** Counts by outcome per site, one row per site and a total row. */
    public static String summaryTable(CrawlStats stats) {
        Map<String, Map<CrawlOutcome, Long>> bySite = stats.bySite();
        int w = Math.max(6, bySite.keySet().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s", "site"));
        for (CrawlOutcome o : CrawlOutcome.values()) {
            sb.append(String.format(Locale.ROOT, " %" + Math.max(6, o.name().length()) + "s", o.name()));
        }
        sb.append(String.format(Locale.ROOT, " %7s%n", "total"));
        long[] totals = new long[CrawlOutcome.values().length];
        for (Map.Entry<String, Map<CrawlOutcome, Long>> e : bySite.entrySet()) {
            appendRow(sb, w, e.getKey(), e.getValue(), totals);
        }
        Map<CrawlOutcome, Long> all = new java.util.EnumMap<>(CrawlOutcome.class);
        for (CrawlOutcome o : CrawlOutcome.values()) {
            all.put(o, totals[o.ordinal()]);
        }
        appendRow(sb, w, "TOTAL", all, null);
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, int w, String name, Map<CrawlOutcome, Long> counts, long[] totals) {
        sb.append(String.format(Locale.ROOT, "%-" + w + "s", name));
        long sum = 0;
        for (CrawlOutcome o : CrawlOutcome.values()) {
            long n = counts.getOrDefault(o, 0L);
            sum += n;
            if (totals != null) {
                totals[o.ordinal()] += n;
            }
            sb.append(String.format(Locale.ROOT, " %" + Math.max(6, o.name().length()) + "d", n));
        }
        sb.append(String.format(Locale.ROOT, " %7d%n", sum));
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminal) {
            err.println("\r" + line() + "\u001b[K");
        }
    }
}
