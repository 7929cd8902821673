package org.aidnews.reliability.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;

/**
 * A WARC directory of generated articles plus the XSS carrier pages, indexed by the real
 * {@link IndexBuilder}, and the portal settings to serve it (admin token on, so the load run can
 * publish a rebuild through {@code POST /admin/reindex}).
 */
public final class PortalFixture {
  public static final String ADMIN_TOKEN = "reliability-token-7f3a";

  private final Path warc;
  private final Path index;
  private final List<String> articleIds = new ArrayList<>();
  private long indexed;
  private double buildSeconds;

  public PortalFixture(Path work) {
    this.warc = work.resolve("warc");
    this.index = work.resolve("index");
  }

  /** Writes {@code articles} generated articles and the XSS pages, and builds and publishes the index. */
  public PortalFixture build(int articles, XssSweep xss) throws IOException, InterruptedException {
    List<WarcCorpus.Page> pages = AidArticles.articles(11, articles);
    for (WarcCorpus.Page p : pages.subList(0, Math.min(500, pages.size()))) {
      articleIds.add(Pipeline.articleId(p.url()));
    }
    WarcCorpus.writeSplit(warc, "articles", pages, 4);
    if (xss != null) {
      WarcCorpus.write(warc, "xss.warc.gz", xss.pages());
    }
    long t0 = System.nanoTime();
    IndexBuilder.Stats s = new IndexBuilder(Pipeline.standard(), Runtime.getRuntime().availableProcessors())
        .rebuild(warc, new IndexLocation(index), w -> { }, x -> { });
    buildSeconds = (System.nanoTime() - t0) / 1e9;
    indexed = s.indexed.get();
    return this;
  }

  /**
   * Runs a full rebuild of the same WARC directory into a side root now, and returns the step that
   * publishes it into the served root later (a rename of the generation directory, then the same
   * atomic {@code CURRENT} switch {@code IndexBuilder} does). This puts the publication, not the
   * CPU-heavy build, inside a short load window; the long mode rebuilds through the admin endpoint.
   */
  public Runnable prepareRebuild() throws IOException, InterruptedException {
    Path side = index.resolveSibling("index-rebuild");
    new IndexBuilder(Pipeline.standard(), Runtime.getRuntime().availableProcessors())
        .rebuild(warc, new IndexLocation(side), w -> { }, x -> { });
    Path built = new IndexLocation(side).current().orElseThrow();
    return () -> {
      try {
        Path target = index.resolve(built.getFileName());
        Files.move(built, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        new IndexLocation(index).publish(target);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  /** Portal properties: this index and WARC, admin token, rate limit as given (0 = off). */
  public Map<String, String> properties(double ratePerSecond) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("aidnews.index", index.toString());
    p.put("aidnews.warc", warc.toString());
    p.put("aidnews.admin-token", ADMIN_TOKEN);
    p.put("aidnews.rate-limit.per-second", Double.toString(ratePerSecond));
    p.put("aidnews.synonyms", "/nonexistent/synonyms.tsv");
    return p;
  }

  public Path index() {
    return index;
  }

  public List<String> articleIds() {
    return articleIds;
  }

  public long indexed() {
    return indexed;
  }

  public double buildSeconds() {
    return buildSeconds;
  }

  /** The generation CURRENT names right now. */
  public String currentGeneration() {
    try {
      return Files.readString(index.resolve("CURRENT"), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }
}
