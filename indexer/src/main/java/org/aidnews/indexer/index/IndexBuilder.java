package org.aidnews.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.model.RejectReason;
import org.aidnews.indexer.warc.WarcPage;
import org.aidnews.indexer.warc.WarcPageReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a complete index generation from every WARC file under a directory: pages are read by one
 * thread and run through the {@link Pipeline} and into Lucene by worker threads (one per core).
 * The generation is committed once, with the schema version in the commit data, and published
 * only when complete. {@code commitOnClose} is off so an interrupted rebuild leaves no commit.
 */
public final class IndexBuilder {
  private static final WarcPage POISON = new WarcPage(null, null, -1);

  private final Pipeline pipeline;
  private final int threads;

  public IndexBuilder(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Counts by outcome, for the progress line and the end summary. */
  public static final class Stats {
    public final AtomicLong pages = new AtomicLong();
    public final AtomicLong indexed = new AtomicLong();
    public final AtomicLong superseded = new AtomicLong();
    public final AtomicLong agreements = new AtomicLong();
    public final AtomicLong clusters = new AtomicLong();
    public final AtomicLong merged = new AtomicLong();
    public final AtomicLong bytes = new AtomicLong();
    public final Map<RejectReason, AtomicLong> rejected = new EnumMap<>(RejectReason.class);
    public final AtomicLong warnings = new AtomicLong();
    public volatile long totalBytes;

    Stats() {
      for (RejectReason r : RejectReason.values()) {
        rejected.put(r, new AtomicLong());
      }
    }

    public long rejectedTotal() {
      return rejected.values().stream().mapToLong(AtomicLong::get).sum();
    }
  }

  /**
   * Reads all WARC files under {@code warcDir} into a new generation of {@code location} and
   * publishes it. Returns the statistics; throws only when the index itself cannot be written.
   */
  public Stats rebuild(Path warcDir, IndexLocation location, Consumer<String> warnings, Consumer<Stats> progress)
      throws IOException, InterruptedException {
    Stats stats = new Stats();
    List<Path> files = WarcPageReader.warcFiles(warcDir);
    for (Path f : files) {
      stats.totalBytes += Files.size(f);
    }
    Path gen = location.newGeneration();
    boolean published = false;
    try (FSDirectory dir = FSDirectory.open(gen)) {
      IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(256);
      iwc.setMergeScheduler(new ConcurrentMergeScheduler());
      try (IndexWriter writer = new IndexWriter(dir, iwc)) {
        index(warcDir, files, writer, stats, warnings, progress);
        writer.setLiveCommitData(Map.of(
            Schema.COMMIT_SCHEMA_VERSION, Schema.VERSION,
            Schema.COMMIT_ARTICLES, Long.toString(stats.indexed.get()),
            Schema.COMMIT_TIME, Instant.now().toString()).entrySet());
        writer.commit();
      }
      location.publish(gen);
      published = true;
    } finally {
      if (!published) {
        location.discard(gen);
      }
    }
    return stats;
  }

  private void index(Path warcDir, List<Path> files, IndexWriter writer, Stats stats, Consumer<String> warnings,
      Consumer<Stats> progress) throws IOException, InterruptedException {
    BlockingQueue<WarcPage> queue = new ArrayBlockingQueue<>(256);
    ArticleDocuments documents = new ArticleDocuments();
    BuildAggregates aggregates = new BuildAggregates();
    MultiPageArticles pages = new MultiPageArticles();
    // Latest fetch per article id: a recrawled page is indexed once, from its newest copy.
    Map<String, Instant> newest = new ConcurrentHashMap<>();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "index-worker");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new java.util.ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(workers.submit(() -> {
        while (true) {
          WarcPage wp = queue.take();
          if (wp == POISON) {
            return null;
          }
          stats.pages.incrementAndGet();
          stats.bytes.addAndGet(wp.page().body().length);
          PageOutcome outcome;
          try {
            outcome = pipeline.process(wp.page());
          } catch (RuntimeException | StackOverflowError e) {
            // A bug in a stage must not lose the rest of the run: count it and say which page.
            stats.warnings.incrementAndGet();
            warnings.accept("pipeline failed on " + wp.page().url() + ": " + e);
            continue;
          }
          if (!outcome.indexed()) {
            stats.rejected.get(outcome.reject()).incrementAndGet();
            if (outcome.reject() == RejectReason.CONTINUATION && outcome.article() != null) {
              pages.addContinuation(outcome.article());
            }
            continue;
          }
          String id = outcome.enriched().id();
          Instant fetched = wp.page().fetchedAt();
          Instant prev = newest.merge(id, fetched, (a, b) -> a.isAfter(b) ? a : b);
          if (!prev.equals(fetched)) {
            stats.superseded.incrementAndGet();
            continue;
          }
          try {
            synchronized (id.intern()) {
              writer.updateDocument(new Term(Schema.ID, id), documents.build(outcome.enriched(),
                  warcDir.toAbsolutePath().relativize(wp.file().toAbsolutePath()), wp.offset()));
            }
          } catch (IllegalArgumentException e) {
            // Lucene refuses the document (an immense term such as a 40 KB URL from a foreign WARC):
            // one bad record is an outcome, not the end of the rebuild.
            stats.rejected.get(RejectReason.UNINDEXABLE).incrementAndGet();
            warnings.accept("cannot index " + abbreviate(wp.page().url()) + ": " + e.getMessage());
            continue;
          }
          aggregates.add(outcome.enriched());
          stats.indexed.incrementAndGet();
        }
      }));
    }
    WarcPageReader reader = new WarcPageReader(w -> {
      stats.warnings.incrementAndGet();
      warnings.accept(w);
    });
    long lastReport = 0;
    try {
      for (Path file : files) {
        reader.read(file, wp -> {
          try {
            queue.put(wp);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        });
        long now = System.nanoTime();
        if (now - lastReport > 500_000_000L) {
          progress.accept(stats);
          lastReport = now;
        }
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        queue.put(POISON);
      }
      workers.shutdown();
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    workers.awaitTermination(1, TimeUnit.MINUTES);
    // Pages 2..n of multi-page articles: their text joins their first page's article.
    stats.merged.addAndGet(pages.mergeInto(writer, pipeline, documents, aggregates));
    BuildAggregates.Written written = aggregates.writeTo(writer);
    stats.clusters.addAndGet(written.clusters());
    stats.agreements.addAndGet(written.agreements());
    progress.accept(stats);
  }

  private static String abbreviate(String url) {
    return url.length() > 200 ? url.substring(0, 200) + "…" : url;
  }

  /** A small summary table of outcomes. */
  public static String summary(Stats s, double seconds) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %8s%n", "outcome", "pages"));
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "INDEXED", s.indexed.get()));
    if (s.superseded.get() > 0) {
      sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "OLDER_COPY", s.superseded.get()));
    }
    for (var e : s.rejected.entrySet()) {
      if (e.getValue().get() > 0) {
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", e.getKey(), e.getValue().get()));
      }
    }
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "total", s.pages.get()));
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "agreements", s.agreements.get()));
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "syndicated", s.clusters.get()));
    if (s.merged.get() > 0) {
      sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d%n", "multi-page", s.merged.get()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%.1f s, %.1f pages/s, %d warnings%n", seconds,
        s.pages.get() / Math.max(seconds, 1e-3), s.warnings.get()));
    return sb.toString();
  }
}
