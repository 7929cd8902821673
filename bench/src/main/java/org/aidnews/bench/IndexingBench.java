package org.aidnews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.ArticleDocuments;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.warc.WarcPageReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing throughput: our whole pipeline ({@link IndexBuilder} over the WARC files) beside the
 * limit, raw Lucene indexing of the same enriched articles with the same schema and analyzers
 * (pre-extracted, held in memory, so only analysis and indexing are timed — as in luceneutil).
 */
final class IndexingBench {
  /** What the indexing runs measured. */
  record Result(long pages, long indexed, double pipelineSeconds, long indexBytes, long rawDocs, double rawSeconds,
      double prepareSeconds, long rejected, long warnings, double pipelineCpuSeconds, double rawCpuSeconds) {
    double pipelineDocsPerSec() {
      return pages / pipelineSeconds;
    }

    double rawDocsPerSec() {
      return rawDocs / rawSeconds;
    }
  }

  private final int threads;
  private final int rawCap;
  private final int warmUpArticles;
  private final Consumer<String> log;

  IndexingBench(int threads, int rawCap, int warmUpArticles, Consumer<String> log) {
    this.threads = threads;
    this.rawCap = rawCap;
    this.warmUpArticles = warmUpArticles;
    this.log = log;
  }

  Result run(Path warcDir, Path indexRoot, Path rawDir) throws IOException, InterruptedException {
    deleteTree(indexRoot);
    // One pipeline for every pass: its tables (gazetteer, aliases) load once, outside the timings.
    Pipeline pipeline = Pipeline.standard();
    warmUp(pipeline, warcDir, rawDir);
    log.accept("indexing: whole pipeline (IndexBuilder, " + threads + " threads) over " + warcDir);
    AtomicLong warningCount = new AtomicLong();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    IndexBuilder.Stats stats = new IndexBuilder(pipeline, threads).rebuild(warcDir, new IndexLocation(indexRoot),
        w -> warningCount.incrementAndGet(), s -> { });
    double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
    double pipelineCpu = (cpuNanos() - c0) / 1e9;
    long indexBytes = treeSize(new IndexLocation(indexRoot).current().orElseThrow());
    log.accept(String.format(java.util.Locale.ROOT, "indexing: pipeline %d pages, %d indexed in %.1f s", stats.pages.get(),
        stats.indexed.get(), pipelineSeconds));

    log.accept("indexing: extracting articles for the raw Lucene run (not timed as indexing)");
    long p0 = System.nanoTime();
    List<EnrichedArticle> articles = extract(pipeline, warcDir, rawCap);
    double prepareSeconds = (System.nanoTime() - p0) / 1e9;

    log.accept("indexing: raw Lucene, " + articles.size() + " pre-extracted articles, " + threads + " threads");
    long c1 = cpuNanos();
    double rawSeconds = rawIndex(articles, rawDir);
    double rawCpu = (cpuNanos() - c1) / 1e9;
    deleteTree(rawDir);
    return new Result(stats.pages.get(), stats.indexed.get(), pipelineSeconds, indexBytes, articles.size(), rawSeconds,
        prepareSeconds, stats.rejectedTotal(), warningCount.get(), pipelineCpu, rawCpu);
  }

  /**
   * Runs the first pages of the corpus through the pipeline and into a scratch index on all threads,
   * untimed, so that both timed runs start with compiled code. Without it the pipeline (timed first)
   * paid the whole JIT warm-up — about 11,000 compilations, tens of CPU seconds on 2 cores — and the
   * raw run after it none, which understated the ratio.
   */
  private void warmUp(Pipeline pipeline, Path warcDir, Path scratch) throws IOException, InterruptedException {
    log.accept("indexing: warm-up, pipeline and Lucene over the first " + warmUpArticles + " articles (not timed)");
    long t0 = System.nanoTime();
    List<EnrichedArticle> articles = extract(pipeline, warcDir, warmUpArticles);
    rawIndex(articles, scratch);
    deleteTree(scratch);
    log.accept(String.format(java.util.Locale.ROOT, "indexing: warm-up done in %.1f s", (System.nanoTime() - t0) / 1e9));
  }

  /** The indexable articles of the corpus's first pages, at most {@code cap}, extracted on all threads, by id. */
  private List<EnrichedArticle> extract(Pipeline pipeline, Path warcDir, int cap) throws IOException, InterruptedException {
    List<EnrichedArticle> out = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 64);
    AtomicInteger taken = new AtomicInteger();
    try {
      new WarcPageReader(w -> { }).readAll(warcDir, wp -> {
        if (taken.get() >= cap) {
          throw new StageCosts.StopReading();
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            PageOutcome o = pipeline.process(wp.page());
            if (o.indexed() && taken.incrementAndGet() <= cap) {
              out.add(o.enriched());
            }
          } finally {
            inFlight.release();
          }
        });
      });
    } catch (StageCosts.StopReading enough) {
      // the cap is reached: the rest of the corpus is not needed
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
    }
    // Sort by id so the raw run indexes the same documents in the same order every time.
    List<EnrichedArticle> sorted = new ArrayList<>(out);
    sorted.sort(java.util.Comparator.comparing(EnrichedArticle::id));
    return sorted;
  }

  /** Indexes {@code articles} with our schema and analyzers on {@code threads} threads; seconds from first add to commit. */
  private double rawIndex(List<EnrichedArticle> articles, Path dir) throws IOException, InterruptedException {
    deleteTree(dir);
    Files.createDirectories(dir);
    try (FSDirectory fs = FSDirectory.open(dir)) {
      // The same writer settings as IndexBuilder, so the difference is the pipeline, not the tuning.
      IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(256);
      iwc.setMergeScheduler(new ConcurrentMergeScheduler());
      try (IndexWriter writer = new IndexWriter(fs, iwc)) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs2 = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs2.add(pool.submit(() -> {
            ArticleDocuments docs = new ArticleDocuments();
            for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
              writer.addDocument(docs.build(articles.get(i), null, 0));
            }
            return null;
          }));
        }
        for (Future<?> f : fs2) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("raw indexing failed: " + e.getCause(), e.getCause());
          }
        }
        pool.shutdown();
        writer.commit();
        return (System.nanoTime() - t0) / 1e9;
      }
    }
  }

  /**
   * CPU time used by this JVM so far. On a machine shared with other work, wall-clock rates fall
   * with the load; CPU time per document does not, so both are reported.
   */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static long treeSize(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
