package org.aidnews.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CrawlerCli cli = new CrawlerCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usageMistakesExitTwo() {
        assertThat(cli.run("crawl", "--out", "x")).isEqualTo(CrawlerCli.USAGE);
        assertThat(err()).contains("--sites FILE is required").contains("usage:");
        assertThat(cli.run("crawl", "--sites", "a.yml", "--out", "x", "--max-pages", "many")).isEqualTo(CrawlerCli.USAGE);
        assertThat(cli.run("crawl", "--bogus")).isEqualTo(CrawlerCli.USAGE);
        assertThat(cli.run("--help")).isEqualTo(CrawlerCli.OK);
    }

    @Test
    void configErrorExitsTwoNamingFileLineAndKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yml");
        Files.writeString(f, "sites:\n  - id: a\n    name: A\n    seeds: [\"http://x.org/\"]\n    maxPage: 3\n");
        assertThat(cli.run("crawl", "--sites", f.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err()).contains(f + ":5").contains("'maxPage'");
    }

    @Test
    void dryRunSkipsUnreachableSitesAndSelectsById() {
        assertThat(cli.run("crawl", "--sites", "../config/sites.yml", "--dry-run")).isEqualTo(CrawlerCli.OK);
        assertThat(err()).contains("skipping xj-wjw: reachable: false");
        assertThat(cli.run("crawl", "--sites", "../config/sites.yml", "--sites", "xj-wjw,xz-wjw", "--force-unreachable",
                "--dry-run")).isEqualTo(CrawlerCli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2).anyMatch(l -> l.startsWith("xz-wjw\t"));
        assertThat(cli.run("crawl", "--sites", "../config/sites.yml", "--sites", "nope", "--dry-run")).isEqualTo(2);
        assertThat(err()).contains("'nope'");
    }
}
