package org.aidnews.crawler.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the crawl benchmark from rotting: a tiny run must produce sane figures (not fast ones). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrawlBenchSmokeTest {

    @Test
    void tinyRunProducesSaneFigures(@TempDir Path work) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CrawlBench.Figures f = CrawlBench.run(new CrawlBench.Settings(60, 2, 2, work, null),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(f.sitePages()).isEqualTo(60);
        assertThat(f.plain().pages()).as("the plain loop fetched every page").isEqualTo(60);
        assertThat(f.crawl().pages()).as("the crawl fetched every page (and robots.txt)").isBetween(60L, 62L);
        assertThat(f.crawlErrors()).isZero();
        for (CrawlBench.Phase p : new CrawlBench.Phase[] {f.plain(), f.crawl()}) {
            assertThat(p.seconds()).isPositive();
            assertThat(p.pagesPerSecond()).isPositive();
            assertThat(p.bytes()).as("about 2 KiB of UTF-8 per page at least").isGreaterThan(p.pages() * 2048);
            assertThat(p.cpuMsPerPage()).isPositive();
        }
        assertThat(f.ratio()).isPositive();
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("plain HttpClient loop:").contains("crawl:").contains("ratio crawl / plain:");

        String md = CrawlBench.markdown(f, "./aidnews crawl-bench --pages 60");
        assertThat(md).contains("./aidnews crawl-bench --pages 60").contains("| crawl (politeness off) | "
                + f.crawl().pages() + " |");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> CrawlBench.parse(new String[] {"--pages", "many"})).hasMessageContaining("--pages");
        assertThatThrownBy(() -> CrawlBench.parse(new String[] {"--speed"})).hasMessageContaining("--speed");
        assertThat(CrawlBench.parse(new String[] {"--pages", "10", "--no-md"}).markdown()).isNull();
    }
}
