package org.aidnews.crawler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aidnews.crawler.CrawlerCli;
import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.config.SitePolicyLoader;
import org.aidnews.crawler.fetch.HostileSite;
import org.aidnews.crawler.log.CrawlLog;
import org.aidnews.crawler.log.CrawlLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a crawler process with SIGKILL in the middle of a crawl, then runs the crawl again on the same
 * output directory: it must resume (not start over), finish, and leave every page stored, with at most
 * the one page that was in flight at the kill stored twice.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ResumeAfterKillTest {

    private static final int PAGES = 40;

    @Test
    void resumesAfterKillNineWithoutLosingOrRefetchingPages(@TempDir Path dir) throws Exception {
        try (HostileSite site = new HostileSite()) {
            site.on("127.0.0.1", "*", ex -> {
                String p = ex.getRequestURI().getPath();
                if (p.equals("/robots.txt")) {
                    HostileSite.send(ex, 404, "text/plain", "");
                    return;
                }
                int n = p.equals("/") ? 0 : Integer.parseInt(p.substring("/p/".length()));
                try {
                    Thread.sleep(60);
                } catch (InterruptedException e) {
                    return;
                }
                StringBuilder body = new StringBuilder("<html><body>page " + n);
                for (int k = n + 1; k <= Math.min(PAGES, n + 2); k++) {
                    body.append("<a href=\"/p/").append(k).append("\">next</a>");
                }
                HostileSite.send(ex, 200, "text/html", body.append("</body></html>").toString());
            });
            String base = "http://127.0.0.1:" + site.port() + "/";
            Path sites = dir.resolve("sites.yml");
            Files.writeString(sites, """
                    sites:
                      - id: chain
                        name: a chain of pages
                        seeds: ["%s"]
                        politenessMs: 20
                        maxDepth: 100
                        allowPrivateAddresses: true
                    """.formatted(base), StandardCharsets.UTF_8);
            Path out = dir.resolve("out");

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrawlerCli.class.getName(),
                    "crawl", "--sites", sites.toString(), "--out", out.toString(), "--threads", "1")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.txt").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (logLines(out) < 12 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(child.isAlive()).as("still crawling when killed; output: " + Files.readString(dir.resolve("child.txt"))).isTrue();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            int before = logLines(out);
            assertThat(before).isLessThan(PAGES);
            assertThat(out.resolve(CrawlRun.STATE_DIR)).exists();

            List<SitePolicy> policies = SitePolicyLoader.load(sites);
            CrawlRun.Report report = new CrawlRun().execute(policies, out, CrawlSession.Options.defaults(), 1, new CrawlStats());
            assertThat(report.resumed()).isTrue();

            List<CrawlFixtures.Capture> responses = CrawlFixtures.readAll(out).stream()
                    .filter(r -> r.type().equals("response")).toList();
            Map<String, Long> perUrl = responses.stream()
                    .collect(Collectors.groupingBy(CrawlFixtures.Capture::url, Collectors.counting()));
            for (int n = 1; n <= PAGES; n++) {
                assertThat(perUrl).containsKey(URI.create(base).resolve("/p/" + n).toString());
            }
            assertThat(perUrl.values().stream().filter(c -> c > 1).count()).as("pages stored twice").isLessThanOrEqualTo(1);
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".open"));
            }
            List<CrawlLogEntry> log = CrawlLog.read(report.logFile());
            assertThat(log.stream().map(CrawlLogEntry::url)).doesNotHaveDuplicates();
        }
    }

    private static int logLines(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            List<Path> logs = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList();
            int n = 0;
            for (Path l : logs) {
                n += (int) Files.readAllLines(l, StandardCharsets.UTF_8).stream().filter(x -> !x.isBlank()).count();
            }
            return n;
        }
    }
}
