package org.aidnews.indexer.solr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.warc.WarcPage;
import org.aidnews.indexer.warc.WarcPageReader;

/**
 * {@code solr-index --solr URL/COLLECTION [--in DIR] [--threads N] [--batch N] [--replace]}: the
 * indexing pipeline of {@code aidnews index}, sending the enriched articles to SolrCloud instead of
 * a local Lucene generation (the lead can wire it as {@code ./aidnews index --solr ...}). Same page
 * rules: a page superseded by a newer fetch of the same article is skipped; a stage failing on one
 * page is a warning, not the end of the run.
 */
public final class SolrIndexCommand {
  static final String USAGE = """
      usage: solr-index --solr URL/COLLECTION [--in DIR] [--threads N] [--batch N] [--replace]
        Runs every WARC file under --in (default data/warc) through the pipeline into the collection
        (create it first with solr-setup). Documents are keyed by article id: running twice is safe.
        --replace     after the commit, delete documents that earlier runs wrote and this one did not
        --batch N     documents per update request (default %d)
      """.formatted(SolrArticleSink.DEFAULT_BATCH);
  private static final WarcPage POISON = new WarcPage(null, null, -1);

  private SolrIndexCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String solr = null;
    Path in = Path.of("data/warc");
    int threads = Runtime.getRuntime().availableProcessors();
    int batch = SolrArticleSink.DEFAULT_BATCH;
    boolean replace = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          case "--solr" -> solr = SolrSetupCommand.value(args, ++i, "--solr");
          case "--in" -> in = Path.of(SolrSetupCommand.value(args, ++i, "--in"));
          case "--threads" -> threads = SolrSetupCommand.positive(SolrSetupCommand.value(args, ++i, "--threads"),
              "--threads");
          case "--batch" -> batch = SolrSetupCommand.positive(SolrSetupCommand.value(args, ++i, "--batch"), "--batch");
          case "--replace" -> replace = true;
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
      }
      if (solr == null) {
        throw new IllegalArgumentException("--solr URL/COLLECTION is required");
      }
      SolrTarget target = SolrTarget.parse(solr);
      if (!Files.isDirectory(in)) {
        err.println("solr-index: no WARC directory at " + in.toAbsolutePath() + " (run ./aidnews crawl first, or pass --in DIR)");
        return 2;
      }
      long start = System.nanoTime();
      try (SolrArticleSink sink = new SolrArticleSink(target, batch, m -> err.println("solr-index: " + m))) {
        Stats stats = index(Pipeline.standard(), in, sink, threads, w -> err.println("warning: " + w));
        SolrArticleSink.Summary s = sink.finish(replace);
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "indexed %d articles into %s (%d pages read, %d rejected, %d older copies), "
            + "%d syndication clusters, %d agreements, %d update requests, %d stale documents deleted; "
            + "%.1f s, %.1f pages/s%n", s.articles(), target, stats.pages.get(), stats.rejected.get(),
            stats.superseded.get(), s.clusters(), s.agreements(), s.batches(), s.deletedStale(), secs,
            stats.pages.get() / Math.max(secs, 1e-3));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("solr-index: " + e.getMessage() + " (see --help)");
      return 2;
    } catch (IOException e) {
      err.println("solr-index: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("solr-index: interrupted");
      return 1;
    }
  }

  /** Page counts of one run. */
  public static final class Stats {
    public final AtomicLong pages = new AtomicLong();
    public final AtomicLong indexed = new AtomicLong();
    public final AtomicLong rejected = new AtomicLong();
    public final AtomicLong superseded = new AtomicLong();
  }

  /** Queues {@code wp}, giving up when no worker is left to take it (all failed). */
  private static void put(BlockingQueue<WarcPage> queue, WarcPage wp, List<Future<?>> workers)
      throws InterruptedException {
    while (!queue.offer(wp, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      if (workers.stream().allMatch(Future::isDone)) {
        return;
      }
    }
  }

  private record Located(Path file, long offset) {}

  /** Reads every WARC file under {@code warcDir} through {@code pipeline} into {@code sink} (not finished). */
  public static Stats index(Pipeline pipeline, Path warcDir, SolrArticleSink sink, int threads,
      java.util.function.Consumer<String> warnings) throws IOException, InterruptedException {
    Stats stats = new Stats();
    BlockingQueue<WarcPage> queue = new ArrayBlockingQueue<>(256);
    Map<String, Instant> newest = new ConcurrentHashMap<>();
    // Where each indexed page is, to re-read a first page whose continuations arrive (no bodies kept).
    Map<String, Located> located = new ConcurrentHashMap<>();
    org.aidnews.indexer.index.MultiPageArticles pages = new org.aidnews.indexer.index.MultiPageArticles();
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "solr-index-worker");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new ArrayList<>();
    int n = Math.max(1, threads);
    for (int i = 0; i < n; i++) {
      futures.add(workers.submit(() -> {
        while (true) {
          WarcPage wp = queue.take();
          if (wp == POISON) {
            return null;
          }
          stats.pages.incrementAndGet();
          PageOutcome outcome;
          try {
            outcome = pipeline.process(wp.page());
          } catch (RuntimeException | StackOverflowError e) {
            warnings.accept("pipeline failed on " + wp.page().url() + ": " + e);
            continue;
          }
          if (!outcome.indexed()) {
            stats.rejected.incrementAndGet();
            if (outcome.reject() == org.aidnews.indexer.model.RejectReason.CONTINUATION && outcome.article() != null) {
              pages.addContinuation(outcome.article());
            }
            continue;
          }
          located.put(outcome.enriched().id(), new Located(wp.file(), wp.offset()));
          String id = outcome.enriched().id();
          Instant fetched = wp.page().fetchedAt();
          Instant prev = newest.merge(id, fetched, (a, b) -> a.isAfter(b) ? a : b);
          if (!prev.equals(fetched)) {
            stats.superseded.incrementAndGet();
            continue;
          }
          sink.add(outcome.enriched(), warcDir.toAbsolutePath().relativize(wp.file().toAbsolutePath()), wp.offset());
          stats.indexed.incrementAndGet();
        }
      }));
    }
    WarcPageReader reader = new WarcPageReader(warnings::accept);
    try {
      for (Path file : WarcPageReader.warcFiles(warcDir)) {
        reader.read(file, wp -> {
          try {
            put(queue, wp, futures);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        });
        if (futures.stream().allMatch(Future::isDone)) {
          break; // every worker stopped (Solr unreachable): the reason is reported below
        }
      }
    } finally {
      for (int i = 0; i < n; i++) {
        put(queue, POISON, futures);
      }
      workers.shutdown();
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("indexing into Solr failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    // As IndexBuilder: pages 2..n of multi-page articles join their first page's article.
    for (var e : pages.byFirstPage().entrySet()) {
      String id = Pipeline.articleId(e.getKey());
      Located first = located.get(id);
      if (first == null) {
        continue;
      }
      var page = WarcPageReader.readAt(first.file(), first.offset());
      if (page.isEmpty()) {
        continue;
      }
      PageOutcome o = pipeline.process(page.get());
      if (o.article() == null) {
        continue;
      }
      var whole = org.aidnews.indexer.index.MultiPageArticles.merged(o.article(), e.getValue());
      sink.add(pipeline.enrich(id, whole), warcDir.toAbsolutePath().relativize(first.file().toAbsolutePath()),
          first.offset());
    }
    return stats;
  }
}
