package org.aidnews.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.QueryFactory;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.search.UserQueryParser;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * In-process search latency: our {@link SearchService} (drill-sideways facets, highlighting,
 * stored JSON) at 1 and 2 threads, and the limit — the same Lucene queries and filters on a plain
 * {@link IndexSearcher}, top 10 only, no facets, no highlighting, no stored fields.
 */
final class SearchBench {
  /** Latencies and throughput of one configuration. */
  record Run(String name, int threads, Latencies latencies, double qps, double meanHits, long errors) {}

  private final List<QueryMix.Query> mix;
  private final int warmup;
  private final int measured;

  SearchBench(List<QueryMix.Query> mix, int warmup, int measured) {
    this.mix = mix;
    this.warmup = warmup;
    this.measured = measured;
  }

  /** A search under test: returns the number of hits. */
  @FunctionalInterface
  interface Engine {
    long search(QueryMix.Query q) throws IOException;
  }

  List<Run> run(Path indexRoot) throws IOException, InterruptedException {
    List<Run> runs = new ArrayList<>();
    try (SearchService service = new SearchService(indexRoot)) {
      Engine ours = q -> service.search(q.request()).total();
      measure("SearchService", 1, ours); // warm-up pass, discarded
      runs.add(measure("SearchService", 1, ours));
      runs.add(measure("SearchService", 2, ours));
    }
    Path gen = new org.aidnews.indexer.index.IndexLocation(indexRoot).current().orElseThrow();
    try (FSDirectory dir = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryFactory factory = new QueryFactory();
      Engine raw = q -> {
        Query query = rawQuery(factory, q.request());
        return q.request().sort() == SearchRequest.Sort.newest
            ? searcher.search(query, 10, newestFirst(), false).scoreDocs.length
            : searcher.search(query, 10).scoreDocs.length;
      };
      measure("raw Lucene", 1, raw);
      runs.add(measure("raw Lucene", 1, raw));
      runs.add(measure("raw Lucene", 2, raw));
    }
    return runs;
  }

  /** The query {@code SearchService} runs, filters included, as one plain Lucene query. */
  static Query rawQuery(QueryFactory factory, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(factory.build(UserQueryParser.parse(request.query())), Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), Occur.FILTER);
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    }
    if (!request.filters().isEmpty()) {
      DrillDownQuery drill = new DrillDownQuery(Schema.facetsConfig());
      for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
        for (String v : f.getValue()) {
          drill.add(f.getKey(), Schema.F_PROVINCE.equals(f.getKey()) ? v.split("/") : new String[] {v});
        }
      }
      b.add(drill, Occur.FILTER);
    }
    return b.build();
  }

  private static Sort newestFirst() {
    SortField date = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  /** Runs warm-up then {@code measured} searches from the mix, spread over {@code threads} threads. */
  Run measure(String name, int threads, Engine engine) throws InterruptedException {
    for (int i = 0; i < warmup; i++) {
      try {
        engine.search(mix.get(i % mix.size()));
      } catch (IOException | RuntimeException e) {
        // counted in the measured pass
      }
    }
    Latencies lat = new Latencies();
    AtomicInteger next = new AtomicInteger();
    AtomicLong hits = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < measured; ) {
          QueryMix.Query q = mix.get((warmup + i) % mix.size());
          long a = System.nanoTime();
          try {
            hits.addAndGet(engine.search(q));
          } catch (IOException | RuntimeException e) {
            errors.incrementAndGet();
          }
          lat.add(System.nanoTime() - a);
        }
      }));
    }
    for (Future<?> f : fs) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(name, threads, lat, measured / seconds, (double) hits.get() / measured, errors.get());
  }

  /**
   * A focused search-only run over an index that already exists (no generation, no indexing):
   * latency per query kind of the mix plus blank-query listings (the costliest page), and a digest
   * of every answer so that two builds can be shown to give identical results.
   * <pre>
   * java -cp "$CP" org.aidnews.bench.SearchBench --index DIR [--queries N] [--threads T] [--rounds R] [--timeout-ms T]
   * </pre>
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> m = Cli.parse(args, Map.of("--index", true, "--queries", true, "--threads", true,
        "--rounds", true, "--timeout-ms", true));
    Path index = Path.of(m.getOrDefault("--index", "data/index"));
    int n = (int) Cli.positiveLong(m, "--queries", 2000);
    int threads = (int) Cli.positiveLong(m, "--threads", 1);
    int rounds = (int) Cli.positiveLong(m, "--rounds", 3);
    List<QueryMix.Query> mix = new ArrayList<>(QueryMix.build(n, 42));
    mix.addAll(blankListings());
    // With --timeout-ms the service runs as the web app does (aidnews.search.timeout), checks included.
    java.time.Duration limit = m.containsKey("--timeout-ms")
        ? java.time.Duration.ofMillis(Cli.positiveLong(m, "--timeout-ms", 3000)) : null;
    try (SearchService service = limit == null ? new SearchService(index)
        : new SearchService(index, org.aidnews.indexer.search.Synonyms.none(), limit)) {
      // Digest of every answer (totals, hit ids, facet values): equal digests = identical results.
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (QueryMix.Query q : mix) {
        var r = service.search(q.request());
        md.update(String.valueOf(r.total()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        r.hits().forEach(h -> md.update((h.article().id() + h.titleHighlight() + h.snippet() + h.copies())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        md.update(r.facets().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      System.out.println("results digest: " + java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16));
      Map<String, Latencies> byKind = new java.util.TreeMap<>();
      Map<String, Latencies> cpuByKind = new java.util.TreeMap<>();
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      Latencies all = new Latencies();
      Latencies allCpu = new Latencies();
      long t0 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        final int round = r;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(pool.submit(() -> {
            for (int i; (i = next.getAndIncrement()) < mix.size(); ) {
              QueryMix.Query q = mix.get(i);
              long c = mx.getCurrentThreadCpuTime();
              long a = System.nanoTime();
              service.search(q.request());
              long d = System.nanoTime() - a;
              long cpu = mx.getCurrentThreadCpuTime() - c;
              if (round > 0) { // round 0 warms up
                synchronized (byKind) {
                  byKind.computeIfAbsent(q.kind(), k -> new Latencies()).add(d);
                  cpuByKind.computeIfAbsent(q.kind(), k -> new Latencies()).add(cpu);
                }
                all.add(d);
                allCpu.add(cpu);
              }
            }
            return null;
          }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        pool.shutdown();
        if (round == 0) {
          t0 = System.nanoTime();
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      // Wall-clock latency depends on the machine's load; CPU time per search much less so.
      System.out.printf(java.util.Locale.ROOT, "%-8s %6s %8s %8s %8s | %9s %9s %9s%n", "kind", "n", "p50 ms", "p90 ms",
          "p99 ms", "cpu mean", "cpu p50", "cpu p99");
      byKind.forEach((k, l) -> {
        Latencies c = cpuByKind.get(k);
        System.out.printf(java.util.Locale.ROOT, "%-8s %6d %8.2f %8.2f %8.2f | %9.2f %9.2f %9.2f%n", k, l.count(),
            l.percentileMs(50), l.percentileMs(90), l.percentileMs(99), c.meanMs(), c.percentileMs(50),
            c.percentileMs(99));
      });
      System.out.printf(java.util.Locale.ROOT, "%-8s %6d %8.2f %8.2f %8.2f | %9.2f %9.2f %9.2f  (%d threads, %.0f"
          + " searches/s)%n", "all", all.count(), all.percentileMs(50), all.percentileMs(90), all.percentileMs(99),
          allCpu.meanMs(), allCpu.percentileMs(50), allCpu.percentileMs(99), threads, all.count() / seconds);
    }
  }

  /** Listings without a query: the portal's front page, newest first, and one filter of each kind. */
  private static List<QueryMix.Query> blankListings() {
    List<QueryMix.Query> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new QueryMix.Query("blank", SearchRequest.of(""), ""));
      out.add(new QueryMix.Query("blank", new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.newest, 1,
          10), ""));
      out.add(new QueryMix.Query("blank", new SearchRequest("", Map.of("province", List.of("新疆维吾尔自治区")), null,
          null, SearchRequest.Sort.relevance, 1, 10), ""));
      out.add(new QueryMix.Query("blank", new SearchRequest("", Map.of("year", List.of("2022", "2023")), null, null,
          SearchRequest.Sort.newest, 2, 10), ""));
    }
    return out;
  }
}
