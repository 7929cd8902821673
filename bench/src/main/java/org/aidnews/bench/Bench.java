package org.aidnews.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark harness (GitHub issue 8): one run generates (or reuses) a corpus, indexes it with
 * our pipeline and with raw Lucene, times the stages, measures in-process and HTTP search, heap and
 * start-up, prints every figure beside its reference and writes {@code docs/benchmarks.json} and
 * {@code docs/benchmarks.md}.
 *
 * <pre>
 * java -Xmx6g --add-modules jdk.incubator.vector -cp ... org.aidnews.bench.Bench --articles 100000
 * java ... org.aidnews.bench.Bench --smoke --work /tmp/x --docs /tmp/x/docs     (1–2 minutes; what the test runs)
 * </pre>
 */
public final class Bench {
  static final String COMMAND_HELP = """
      ./mvnw -B -q -pl bench -am -DskipTests package && ./mvnw -B -q -pl search-web -am -DskipTests package
      CP=bench/target/classes:$(cat bench/target/classpath.txt)
      java -Xmx6g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$CP" \\
          org.aidnews.bench.Bench --articles 100000      # or 10000; --smoke for a 1–2 minute check
      """;
  private static final String USAGE = "usage: Bench [--articles N] [--smoke] [--seed S] [--threads T] [--work DIR] [--docs DIR]"
      + " [--root DIR] [--server launcher|direct|none] [--http-seconds S] [--queries N] [--raw-cap N] [--solr auto|none]";

  /** Everything a run can be told. */
  record Options(long articles, boolean smoke, long seed, int threads, Path work, Path docs, Path root, String server,
      double httpSeconds, int queries, int rawCap, int stageSample, boolean solr) {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      Map<String, String> m = Cli.parse(args, Map.ofEntries(Map.entry("--articles", true), Map.entry("--smoke", false),
          Map.entry("--seed", true), Map.entry("--threads", true), Map.entry("--work", true), Map.entry("--docs", true),
          Map.entry("--root", true), Map.entry("--server", true), Map.entry("--http-seconds", true),
          Map.entry("--queries", true), Map.entry("--raw-cap", true), Map.entry("--solr", true)));
      if (m.containsKey("--help")) {
        System.out.println(USAGE);
        return;
      }
      o = options(m);
    } catch (IllegalArgumentException e) {
      System.err.println("Bench: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Map<String, Object> figures = run(o, line -> System.err.println(line));
    System.out.println("wrote " + figures.size() + " figures to " + o.docs().resolve("benchmarks.json"));
  }

  static Options options(Map<String, String> m) {
    boolean smoke = m.containsKey("--smoke");
    Path root = m.containsKey("--root") ? Path.of(m.get("--root")) : findRoot();
    long articles = Cli.positiveLong(m, "--articles", smoke ? 2000 : 10000);
    String server = m.getOrDefault("--server", smoke ? "direct" : "launcher");
    if (!List.of("launcher", "direct", "none").contains(server)) {
      throw new IllegalArgumentException("--server must be launcher, direct or none, not '" + server + "'");
    }
    String solr = m.getOrDefault("--solr", "auto");
    if (!List.of("auto", "none").contains(solr)) {
      throw new IllegalArgumentException("--solr must be auto or none, not '" + solr + "'");
    }
    double httpSeconds = m.containsKey("--http-seconds") ? Double.parseDouble(m.get("--http-seconds")) : smoke ? 3 : 20;
    return new Options(articles, smoke, Cli.longValue(m, "--seed", 42), (int) Cli.positiveLong(m, "--threads", 2),
        m.containsKey("--work") ? Path.of(m.get("--work")) : root.resolve("data/bench"),
        m.containsKey("--docs") ? Path.of(m.get("--docs")) : root.resolve("docs"), root, server, httpSeconds,
        (int) Cli.positiveLong(m, "--queries", smoke ? 300 : 3000),
        (int) Cli.positiveLong(m, "--raw-cap", 200_000), smoke ? 150 : 2000, solr.equals("auto"));
  }

  /** The repository root: the directory holding the {@code aidnews} launcher, here or above (tests run in bench/). */
  static Path findRoot() {
    Path p = Path.of("").toAbsolutePath();
    for (Path c = p; c != null; c = c.getParent()) {
      if (Files.isRegularFile(c.resolve("aidnews")) && Files.isDirectory(c.resolve("indexer"))) {
        return c;
      }
    }
    return p;
  }

  /** Runs every measurement; returns the JSON figures written. */
  static Map<String, Object> run(Options o, Consumer<String> log) throws IOException, InterruptedException {
    long n = o.articles();
    String load = loadAverage();
    Path warc = o.work().resolve("warc-" + n + "-s" + o.seed());
    CorpusGenerator generator = new CorpusGenerator(o.seed(), CorpusGenerator.DEFAULT_PER_FILE);
    double genSeconds = Double.NaN;
    long corpusBytes;
    if (generator.isGenerated(n, warc)) {
      log.accept("corpus: reusing " + warc);
      corpusBytes = IndexingBench.treeSize(warc);
    } else {
      CorpusGenerator.Summary s = generator.generate(n, warc, o.threads(), log);
      genSeconds = s.seconds();
      corpusBytes = s.bytes();
    }
    Report report = new Report();
    Path index = o.work().resolve("index-" + n);

    IndexingBench.Result ix = new IndexingBench(o.threads(), o.rawCap(), o.smoke() ? 200 : 1500, log).run(warc, index, o.work().resolve("raw-" + n));
    StageCosts.Result stages = new StageCosts().run(warc, o.stageSample(), Math.max(50, o.stageSample() / 10),
        o.work().resolve("stage-scratch"));

    List<QueryMix.Query> mix = QueryMix.build(Math.max(200, Math.min(2000, o.queries())), o.seed());
    log.accept("search: in-process, " + o.queries() + " queries per configuration (" + QueryMix.describe(mix) + ")");
    SearchBench searchBench = new SearchBench(mix, Math.max(50, o.queries() / 3), o.queries());
    List<SearchBench.Run> search = searchBench.run(index);

    List<HttpBench.Run> http = List.of();
    double startup;
    double heapMb;
    String serverHow;
    HttpBench.Mode mode = o.server().equals("launcher") ? HttpBench.Mode.LAUNCHER
        : o.server().equals("direct") && HttpBench.directPossible(o.root()) ? HttpBench.Mode.DIRECT : null;
    if (mode != null) {
      Files.createDirectories(o.work());
      try (HttpBench hb = new HttpBench(o.root(), mode, o.work().resolve("server-" + n + ".log"), log)) {
        startup = hb.start(index);
        int cap = o.smoke() ? 2000 : 50_000;
        int warm = o.smoke() ? 30 : 300;
        log.accept("http: 8 clients, " + o.httpSeconds() + " s or " + cap + " requests per endpoint");
        http = List.of(hb.load("/api/search", mix, 8, warm, o.httpSeconds(), cap),
            hb.load("/feed/rss", mix, 8, warm, o.httpSeconds(), cap));
        heapMb = hb.heapAfterGcMb();
      }
      serverHow = mode == HttpBench.Mode.LAUNCHER ? "`./aidnews serve` child process" : "search-web JVM started directly";
    } else {
      // No web app to start (search-web not packaged, or --server none): measure the search core in this JVM.
      long t0 = System.nanoTime();
      try (var service = new org.aidnews.indexer.search.SearchService(index)) {
        service.search(mix.get(0).request());
        startup = (System.nanoTime() - t0) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        heapMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
      }
      serverHow = "in-process fallback (no web app started: HTTP not measured; heap is this JVM's)";
    }

    // The peer last, so its JVM shares the cores with none of the measurements above.
    SolrPeer.Result solr = null;
    String solrWhy;
    if (!o.solr()) {
      solrWhy = "not measured (--solr none)";
    } else if (!SolrPeer.available(o.root())) {
      solrWhy = "not measured: solr-server is not built (./mvnw -B -q -Psolr -pl solr-server -am -DskipTests package)";
    } else {
      try (SolrPeer peer = new SolrPeer(o.root(), o.work().resolve("solr-" + n), log)) {
        solr = peer.run(warc, o.threads(), searchBench);
        solrWhy = null;
      } catch (IOException | RuntimeException e) {
        solrWhy = "not measured: " + e.getMessage();
        log.accept("solr: " + solrWhy);
      }
    }

    load = load + " (at end: " + loadAverage() + ")";
    fill(report, o, ix, stages, search, http, startup, heapMb, serverHow, corpusBytes, genSeconds, load);
    fillSolr(report, ix, search.get(0), solr, solrWhy);
    log.accept(report.console());
    report.writeJson(o.docs().resolve("benchmarks.json"));
    String date = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String heading = String.format(Locale.ROOT, "%,d pages%s — %s", n, o.smoke() ? " (smoke)" : "", date.substring(0, 10));
    String preamble = "Command: `java -Xmx6g --add-modules jdk.incubator.vector -cp \"$CP\" org.aidnews.bench.Bench --articles "
        + n + (o.smoke() ? " --smoke" : "") + "` (seed " + o.seed() + ", " + o.threads() + " indexing threads).  \n"
        + "Run at " + date + ". Machine: " + machine() + ". Load average at start: " + load + ".\n";
    report.writeMarkdown(o.docs().resolve("benchmarks.md"), n, report.markdown(heading, preamble));
    return report.json();
  }

  private static void fill(Report r, Options o, IndexingBench.Result ix, StageCosts.Result stages,
      List<SearchBench.Run> search, List<HttpBench.Run> http, double startup, double heapMb, String serverHow,
      long corpusBytes, double genSeconds, String load) {
    long n = o.articles();
    r.put("articles", n);
    r.put("date", ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().toString());
    r.put("indexing.pipelineDocsPerSec", Report.round(ix.pipelineDocsPerSec(), 1));
    r.put("indexing.rawLuceneDocsPerSec", Report.round(ix.rawDocsPerSec(), 1));
    r.put("indexing.ratio", Report.round(ix.pipelineDocsPerSec() / ix.rawDocsPerSec(), 3));
    r.put("indexing.pipelineCpuMsPerDoc", Report.round(1e3 * ix.pipelineCpuSeconds() / ix.pages(), 3));
    r.put("indexing.rawLuceneCpuMsPerDoc", Report.round(1e3 * ix.rawCpuSeconds() / ix.rawDocs(), 3));
    r.put("indexing." + n + ".pipelineDocsPerSec", Report.round(ix.pipelineDocsPerSec(), 1));
    r.put("indexing." + n + ".rawLuceneDocsPerSec", Report.round(ix.rawDocsPerSec(), 1));
    r.put("indexing." + n + ".indexBytesPerArticle", Math.round((double) ix.indexBytes() / Math.max(1, ix.indexed())));
    stages.microsPerPage().forEach((k, v) -> r.put("indexing.stageMicros." + k, Report.round(v, 1)));

    Report.Table t = r.table("Corpus");
    t.rows().add(new Report.Row("pages (response records)", Report.f(n, 0), "—"));
    t.rows().add(new Report.Row("WARC size, MB (gzip)", Report.f(corpusBytes / 1e6, 1), "—"));
    t.rows().add(new Report.Row("generation time, s", Double.isNaN(genSeconds) ? "reused" : Report.f(genSeconds, 1),
        "issue 8: 100 k in a few minutes on 2 cores"));

    t = r.table("Indexing (" + o.threads() + " threads)");
    t.rows().add(new Report.Row("pipeline: WARC → IndexBuilder, pages/s", Report.f(ix.pipelineDocsPerSec(), 0),
        "§3 goal: ≥ 500 docs/s end-to-end (≈ 60 % of the limit)"));
    t.rows().add(new Report.Row("pipeline: pages / indexed / rejected / warnings",
        ix.pages() + " / " + ix.indexed() + " / " + ix.rejected() + " / " + ix.warnings(), "—"));
    t.rows().add(new Report.Row("raw Lucene, same schema and analyzers, docs/s", Report.f(ix.rawDocsPerSec(), 0),
        "§1.3: 747–889 docs/s (one smartcn body field; ours analyses title+body twice: bigrams and smartcn)"));
    t.rows().add(new Report.Row("ratio pipeline / raw Lucene", Report.f(ix.pipelineDocsPerSec() / ix.rawDocsPerSec(), 2),
        "1.0 = the limit; §3 goal ≥ 0.6"));
    double cpuRatio = (ix.rawCpuSeconds() / ix.rawDocs()) / (ix.pipelineCpuSeconds() / ix.pages());
    r.put("indexing.cpuRatio", Report.round(cpuRatio, 3));
    t.rows().add(new Report.Row("ratio by CPU time: raw Lucene CPU per doc / pipeline CPU per page", Report.f(cpuRatio, 2),
        "the same ratio, independent of other load on the machine"));
    t.rows().add(new Report.Row("CPU ms per page: pipeline / raw Lucene (all threads, load-independent)",
        Report.f(1e3 * ix.pipelineCpuSeconds() / ix.pages(), 2) + " / " + Report.f(1e3 * ix.rawCpuSeconds() / ix.rawDocs(), 2),
        "§1.3: ≈ 2.5 ms/article (1 thread, 30 k docs)"));
    t.rows().add(new Report.Row("pipeline without Lucene (extraction pass), pages/s",
        Report.f(Math.min(ix.rawDocs(), ix.pages()) / ix.prepareSeconds(), 0), "jsoup ≈ 2,500 pages/s/thread (§1, 39 KB pages)"));
    t.rows().add(new Report.Row("index size per article, KB", Report.f(ix.indexBytes() / 1024.0 / Math.max(1, ix.indexed()), 2),
        "§1.3: 8.65 KB (865 MB / 100 k, one analysed body field)"));
    t.rows().add(new Report.Row("raw Lucene docs indexed", Long.toString(ix.rawDocs()),
        ix.rawDocs() < ix.indexed() ? "capped by --raw-cap" : "all indexed articles"));

    t = r.table("Cost per page by stage (1 thread, " + stages.pages() + " pages after warm-up)");
    for (var e : stages.microsPerPage().entrySet()) {
      String ref = switch (e.getKey()) {
        case "read" -> "WARC parse + gunzip (this run's corpus)";
        case "extract" -> "jsoup parse+select+text ≈ 0.4 ms per 39 KB page (§1)";
        case "index" -> "§1.3: ≈ 2.5 ms/article single thread, ≈ 1.4 ms of it smartcn";
        default -> "—";
      };
      t.rows().add(new Report.Row(e.getKey() + ", µs/page", Report.f(e.getValue(), 0), ref));
    }
    t.rows().add(new Report.Row("sum, µs/page", Report.f(stages.totalMicros(), 0),
        String.format(Locale.ROOT, "pipeline run: %.0f µs per page per thread", 1e6 * o.threads() / ix.pipelineDocsPerSec())));

    t = r.table("Search, in-process (" + n + " pages, query mix of " + o.queries() + " searches)");
    for (SearchBench.Run s : search) {
      boolean raw = s.name().startsWith("raw");
      String ref = raw ? "§1.4 top-10 AND p50 0.12 / p99 0.62 ms; OR p99 0.54 ms (100 k docs)"
          : s.threads() == 1 ? "§1.4 full page AND p50 0.97 / p99 3.62; OR p50 2.21 / p99 4.76 ms"
              : "§1.4 full page, 2 threads: AND 1,326 QPS, OR 827 QPS";
      t.rows().add(new Report.Row(s.name() + ", " + s.threads() + " thread(s): p50 / p90 / p99 ms",
          Report.f(s.latencies().percentileMs(50), 2) + " / " + Report.f(s.latencies().percentileMs(90), 2) + " / "
              + Report.f(s.latencies().percentileMs(99), 2), ref));
      t.rows().add(new Report.Row(s.name() + ", " + s.threads() + " thread(s): QPS (mean hits, errors)",
          Report.f(s.qps(), 0) + " (" + Report.f(s.meanHits(), 0) + ", " + s.errors() + ")", "—"));
    }
    SearchBench.Run ours1 = search.get(0);
    SearchBench.Run ours2 = search.get(1);
    SearchBench.Run raw1 = search.get(2);
    r.put("search." + n + ".p50Ms", Report.round(ours1.latencies().percentileMs(50), 3));
    r.put("search." + n + ".p90Ms", Report.round(ours1.latencies().percentileMs(90), 3));
    r.put("search." + n + ".p99Ms", Report.round(ours1.latencies().percentileMs(99), 3));
    r.put("search." + n + ".qps", Report.round(ours2.qps(), 1));
    r.put("search." + n + ".qps1Thread", Report.round(ours1.qps(), 1));
    r.put("search." + n + ".rawP50Ms", Report.round(raw1.latencies().percentileMs(50), 3));
    r.put("search." + n + ".rawP99Ms", Report.round(raw1.latencies().percentileMs(99), 3));
    r.put("search." + n + ".rawQps", Report.round(search.get(3).qps(), 1));

    t = r.table("Web app (" + serverHow + ")");
    t.rows().add(new Report.Row("start-up to first answered search, s", Report.f(startup, 1), "— (none published)"));
    t.rows().add(new Report.Row("heap after full GC while serving, MB", Report.f(heapMb, 0), "—"));
    for (HttpBench.Run h : http) {
      String ref = h.endpoint().startsWith("/api") ? "§2.7 derived target: server p50 ≤ 20 ms, p99 ≤ 100 ms; TTFB p75 ≤ 500 ms"
          : "same targets";
      t.rows().add(new Report.Row("GET " + h.endpoint() + ", " + h.clients() + " clients: p50 / p90 / p99 ms",
          Report.f(h.latencies().percentileMs(50), 1) + " / " + Report.f(h.latencies().percentileMs(90), 1) + " / "
              + Report.f(h.latencies().percentileMs(99), 1), ref));
      t.rows().add(new Report.Row("GET " + h.endpoint() + ": requests/s (requests, errors, s)",
          Report.f(h.rps(), 0) + " (" + h.latencies().count() + ", " + h.errors() + ", " + Report.f(h.seconds(), 0) + ")",
          "—"));
      String key = h.endpoint().startsWith("/api") ? "http." + n + ".api" : "http." + n + ".feed";
      r.put(key + ".p50Ms", Report.round(h.latencies().percentileMs(50), 2));
      r.put(key + ".p99Ms", Report.round(h.latencies().percentileMs(99), 2));
      r.put(key + ".rps", Report.round(h.rps(), 1));
    }
    r.put("heapMb", Report.round(heapMb, 1));
    r.put("startupSec", Report.round(startup, 2));
    r.note("The corpus is synthetic (bench/ CorpusGenerator): real place and hospital names, Zipf-drawn hand-written "
        + "vocabulary, not grammatical text. Load average at start was " + load + " on a 2-core machine shared with other "
        + "builds: expect 10–30 % run-to-run spread.");
  }

  private static void fillSolr(Report r, IndexingBench.Result ix, SearchBench.Run ours, SolrPeer.Result solr, String why) {
    Report.Table t = r.table("Peer: Apache Solr, same pipeline, analysis, facets and queries");
    if (solr == null) {
      t.rows().add(new Report.Row("Solr", why, "—"));
      return;
    }
    double indexingRatio = ix.pipelineDocsPerSec() / solr.docsPerSec();
    double p99Ratio = ours.latencies().percentileMs(99) / solr.search1().latencies().percentileMs(99);
    t.rows().add(new Report.Row("pipeline → Solr (one node, 1 shard), pages/s", Report.f(solr.docsPerSec(), 0),
        "ours (pipeline → Lucene): " + Report.f(ix.pipelineDocsPerSec(), 0) + " pages/s"));
    t.rows().add(new Report.Row("indexing-rate ratio ours / Solr", Report.f(indexingRatio, 2), "aim ≥ 1.0"));
    t.rows().add(new Report.Row("Solr: pages / articles indexed", solr.pages() + " / " + solr.indexed(),
        "ours: " + ix.pages() + " / " + ix.indexed()));
    for (SearchBench.Run s : List.of(solr.search1(), solr.search2())) {
      t.rows().add(new Report.Row("SolrSearchService, " + s.threads() + " thread(s): p50 / p90 / p99 ms",
          Report.f(s.latencies().percentileMs(50), 2) + " / " + Report.f(s.latencies().percentileMs(90), 2) + " / "
              + Report.f(s.latencies().percentileMs(99), 2),
          s.threads() == 1 ? "ours (SearchService, 1 thread): " + Report.f(ours.latencies().percentileMs(50), 2) + " / "
              + Report.f(ours.latencies().percentileMs(90), 2) + " / " + Report.f(ours.latencies().percentileMs(99), 2)
              : "—"));
      t.rows().add(new Report.Row("SolrSearchService, " + s.threads() + " thread(s): QPS (mean hits, errors)",
          Report.f(s.qps(), 0) + " (" + Report.f(s.meanHits(), 0) + ", " + s.errors() + ")", "—"));
    }
    t.rows().add(new Report.Row("p99 ratio ours / Solr (1 thread)", Report.f(p99Ratio, 2), "aim ≤ 1.0"));
    t.rows().add(new Report.Row("Solr start-up and collection creation, s", Report.f(solr.startSeconds(), 1), "—"));
    r.put("solr.indexingRatio", Report.round(indexingRatio, 3));
    r.put("solr.p99Ratio", Report.round(p99Ratio, 3));
    r.put("solr.docsPerSec", Report.round(solr.docsPerSec(), 1));
    r.put("solr.p50Ms", Report.round(solr.search1().latencies().percentileMs(50), 3));
    r.put("solr.p99Ms", Report.round(solr.search1().latencies().percentileMs(99), 3));
    r.put("solr.qps", Report.round(solr.search2().qps(), 1));
    r.note("Solr: the solr profile's solr-server (Solr 9, its own Lucene 9) as a one-node SolrCloud in a child JVM (-Xmx2g) "
        + "with the project's generated configset; fed by the same pipeline in this JVM on the same two cores "
        + "(SolrIndexCommand, what ./aidnews index --solr runs) and queried through SolrSearchService, which builds the "
        + "same results page (facets, highlights) over HTTP. Ratios: ours / Solr, so indexing ≥ 1 and p99 ≤ 1 are the aims.");
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String machine() {
    String cpu = "unknown CPU";
    String mem = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII).stream()
          .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
      mem = Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII).stream()
          .filter(l -> l.startsWith("MemTotal")).map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, ", %.0f GiB RAM", kb / 1048576.0);
          }).findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: keep what we have
    }
    return Runtime.getRuntime().availableProcessors() + " × " + cpu + mem + ", " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", Lucene " + org.apache.lucene.util.Version.LATEST + ", max heap "
        + Runtime.getRuntime().maxMemory() / 1048576 + " MB";
  }
}
