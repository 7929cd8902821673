package org.aidnews.crawler.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.aidnews.crawler.config.ConfigException;
import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.config.SitePolicyLoader;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** Shared helpers: fixture sites, a sites.yml for them, and reading WARC files back. */
final class CrawlFixtures {

    static final Path SITES = Path.of("src/test/resources/sites");

    private CrawlFixtures() {
    }

    /** Writes a sites.yml for the served fixture sites and loads it through the real loader. */
    static List<SitePolicy> policies(Map<String, URI> bases, Path dir) throws IOException, ConfigException {
        StringBuilder yml = new StringBuilder("sites:\n");
        bases.forEach((id, base) -> yml.append("  - id: ").append(id).append('\n')
                .append("    name: fixture ").append(id).append('\n')
                .append("    seeds: [\"").append(base).append("\"]\n")
                .append(id.equals("gamma") ? "    sitemaps: [\"" + base + "sitemap.xml\"]\n" : "")
                .append("    politenessMs: 0\n")
                .append("    allowPrivateAddresses: true\n"));
        Path file = dir.resolve("sites-test.yml");
        Files.writeString(file, yml, StandardCharsets.UTF_8);
        return SitePolicyLoader.load(file);
    }

    /** A record read back from a WARC file, with its HTTP payload. */
    record Capture(String type, String url, String id, Map<String, List<String>> warcHeaders, int status,
            Map<String, List<String>> httpHeaders, byte[] payload) {
        Optional<String> warc(String name) {
            return warcHeaders.getOrDefault(name, List.of()).stream().findFirst();
        }

        Optional<String> http(String name) {
            return httpHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    static List<Path> warcFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    static List<Capture> readAll(Path dir) throws IOException {
        List<Capture> out = new ArrayList<>();
        for (Path file : warcFiles(dir)) {
            try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
                for (WarcRecord r : reader) {
                    String url = r.headers().first("WARC-Target-URI").orElse(null);
                    int status = 0;
                    Map<String, List<String>> http = Map.of();
                    byte[] payload = new byte[0];
                    if (r instanceof org.netpreserve.jwarc.WarcResponse resp) {
                        status = resp.http().status();
                        http = resp.http().headers().map();
                        try (InputStream in = resp.http().body().stream()) {
                            payload = in.readAllBytes();
                        }
                    } else if (r instanceof org.netpreserve.jwarc.WarcRevisit rev) {
                        status = rev.http().status();
                        http = rev.http().headers().map();
                    } else {
                        r.body().consume();
                    }
                    out.add(new Capture(r.type(), url, r.id().toString(), r.headers().map(), status, http, payload));
                }
            }
        }
        return out;
    }
}
