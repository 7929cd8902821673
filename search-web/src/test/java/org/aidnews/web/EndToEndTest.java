package org.aidnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole product on real components: the sample sites served on loopback (random ports) by the
 * crawler module's server in its own JVM, crawled by the crawler's CLI in its own JVM into real WARC
 * files, indexed by the indexer into a real Lucene index on disk, and served by the portal on a
 * random port. The crawler runs as a separate process, as ./aidnews runs it: the modules share
 * only the WARC files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndToEndTest {
  private static Process sites;
  private static Path work;
  private static Map<String, String> siteBases = new LinkedHashMap<>();
  private static IndexBuilder.Stats stats;

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("testdata/sites"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find testdata/sites above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  static List<String> javaCommand(String mainClass, String... args) throws IOException {
    Path root = repoRoot();
    Path cpFile = root.resolve("crawler/target/classpath.txt");
    if (!Files.isRegularFile(cpFile)) {
      throw new IllegalStateException("crawler is not packaged (" + cpFile + " missing): run ./mvnw package or ./aidnews test");
    }
    String cp = root.resolve("crawler/target/classes") + java.io.File.pathSeparator
        + Files.readString(cpFile, StandardCharsets.UTF_8).strip();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp", cp, mainClass));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @DynamicPropertySource
  static void crawlAndIndex(DynamicPropertyRegistry registry) throws Exception {
    work = Files.createTempDirectory("aidnews-e2e");
    Path root = repoRoot();
    sites = new ProcessBuilder(javaCommand("org.aidnews.crawler.sample.SampleSiteServer",
        root.resolve("testdata/sites").toString(), "--random-ports"))
        .redirectError(work.resolve("sites.err").toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(sites.getInputStream(), StandardCharsets.UTF_8));
    int expected;
    try (var dirs = Files.list(root.resolve("testdata/sites"))) {
      expected = (int) dirs.filter(Files::isDirectory).count();
    }
    while (siteBases.size() < expected) {
      String line = out.readLine();
      if (line == null) {
        throw new IllegalStateException("sample site server ended: " + Files.readString(work.resolve("sites.err")));
      }
      String[] parts = line.split(" ");
      siteBases.put(parts[0], parts[1]);
    }
    StringBuilder yml = new StringBuilder("sites:\n");
    siteBases.forEach((id, base) -> yml.append("  - id: ").append(id).append("\n    name: ").append(id)
        .append("\n    seeds: [\"").append(base).append("\"]\n    politenessMs: 0\n    maxDepth: 6\n")
        .append("    maxPages: 500\n    allowPrivateAddresses: true\n"));
    Path config = work.resolve("sites.yml");
    Files.writeString(config, yml, StandardCharsets.UTF_8);
    Path warc = work.resolve("warc");
    Process crawl = new ProcessBuilder(javaCommand("org.aidnews.crawler.CrawlerCli", "crawl", "--sites",
        config.toString(), "--out", warc.toString()))
        .redirectErrorStream(true).redirectOutput(work.resolve("crawl.log").toFile()).start();
    if (!crawl.waitFor(5, TimeUnit.MINUTES) || crawl.exitValue() != 0) {
      crawl.destroyForcibly();
      throw new IllegalStateException("crawl failed: " + Files.readString(work.resolve("crawl.log")));
    }
    stats = new IndexBuilder(Pipeline.standard(), 2).rebuild(warc, new IndexLocation(work.resolve("index")),
        w -> { }, s -> { });
    registry.add("aidnews.index", () -> work.resolve("index").toString());
    registry.add("aidnews.warc", () -> warc.toString());
  }

  @AfterAll
  static void stopSites() {
    if (sites != null) {
      sites.destroy();
    }
  }

  private JsonNode api(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return json.readTree(r.body());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void crawledSitesAreSearchableInBothScripts() throws Exception {
    assertThat(stats.indexed.get()).isGreaterThanOrEqualTo(60);
    JsonNode simp = api("/api/search?size=50&q=" + q("医疗援疆"));
    JsonNode trad = api("/api/search?size=50&q=" + q("醫療援疆"));
    assertThat(simp.get("total").asLong()).isGreaterThan(0).isEqualTo(trad.get("total").asLong());
    Set<String> hosts = new TreeSet<>();
    for (JsonNode hit : simp.get("hits")) {
      hosts.add(URI.create(hit.get("url").asString()).getPort() + "");
    }
    assertThat(hosts).as("sites with hits for 医疗援疆").hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void savedCopyIsServedFromTheWarc() throws Exception {
    JsonNode hit = api("/api/search?size=1&q=" + q("援疆")).get("hits").get(0);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/"
        + hit.get("id").asString() + "/cached")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("cached-banner").contains(hit.get("url").asString()).doesNotContain("<script>");
  }

}
