package org.aidnews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.decode.PageDecoder;
import org.aidnews.indexer.enrich.Enricher;
import org.aidnews.indexer.extract.ArticleExtractor;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.ArticleDocuments;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.aidnews.indexer.warc.WarcPageReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Cost per article of each stage — read (WARC + gunzip), decode, extract, convert, enrich, index —
 * timed one page at a time on one thread over a sample, after a warm-up over the sample's first
 * pages. The stages are called in the order {@link Pipeline#process} calls them; when that order
 * or a stage's constructor changes, this class is the one place to follow it.
 */
final class StageCosts {
  static final List<String> STAGES = List.of("read", "decode", "extract", "convert", "enrich", "index");

  /** Mean microseconds per page for each stage, and how many pages were timed. */
  record Result(Map<String, Double> microsPerPage, int pages) {
    double totalMicros() {
      return microsPerPage.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  Result run(Path warcDir, int sample, int warmup, Path scratch) throws IOException {
    // Read the sample first, timing the read per page (WARC parsing and gunzip of the record).
    List<FetchedPage> pages = new ArrayList<>(sample + warmup);
    long[] readNanos = {0, System.nanoTime()};
    try {
      new WarcPageReader(w -> { }).readAll(warcDir, wp -> {
        if (pages.size() >= sample + warmup) {
          throw new StopReading();
        }
        pages.add(wp.page());
      });
    } catch (StopReading done) {
      // enough pages
    }
    readNanos[0] = System.nanoTime() - readNanos[1];

    PageDecoder decoder = new PageDecoder();
    ArticleExtractor extractor = new ArticleExtractor();
    ScriptConverter converter = ScriptConverter.get();
    Enricher enricher = new Enricher();
    long[] nanos = new long[STAGES.size()];
    int timed = 0;
    IndexingBench.deleteTree(scratch);
    Files.createDirectories(scratch);
    try (FSDirectory dir = FSDirectory.open(scratch);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256))) {
      ArticleDocuments documents = new ArticleDocuments();
      for (int i = 0; i < pages.size(); i++) {
        boolean measure = i >= warmup;
        FetchedPage page = pages.get(i);
        long a = System.nanoTime();
        Decoded decoded = decoder.decode(page.body(), page.header("content-type"));
        long b = System.nanoTime();
        if (decoded == null) {
          continue;
        }
        Article article = extractor.extract(page.url(), page.fetchedAt(), decoded);
        long c = System.nanoTime();
        if (article.quality().rejected()) {
          continue;
        }
        String title = converter.toSimplified(article.title());
        String body = converter.toSimplified(article.body());
        long d = System.nanoTime();
        EnrichedArticle enriched = enricher.enrich(Pipeline.articleId(page.url()), article, title, body);
        long e = System.nanoTime();
        writer.addDocument(documents.build(enriched, null, 0));
        long f = System.nanoTime();
        if (measure) {
          nanos[1] += b - a;
          nanos[2] += c - b;
          nanos[3] += d - c;
          nanos[4] += e - d;
          nanos[5] += f - e;
          timed++;
        }
      }
      // Flushing segments is part of indexing: charge the commit to the index stage.
      long g = System.nanoTime();
      writer.commit();
      nanos[5] += (System.nanoTime() - g) * timed / Math.max(1, timed + warmup);
    }
    IndexingBench.deleteTree(scratch);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("read", readNanos[0] / 1e3 / Math.max(1, pages.size()));
    for (int s = 1; s < STAGES.size(); s++) {
      out.put(STAGES.get(s), nanos[s] / 1e3 / Math.max(1, timed));
    }
    return new Result(out, timed);
  }

  /** Ends a WARC read once the sample is complete. */
  static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }
}
