package org.aidnews.reliability.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.aidnews.reliability.durability.ServedIndex;

/**
 * The hostile pages one door further in: written into a WARC file among ordinary articles and
 * indexed by the real {@link IndexBuilder}. One bad page must not cost the others: the rebuild
 * publishes, every ordinary article is searchable, every record is counted.
 */
public final class HostileIndexBuild {
  /** What the build did; {@code error} is the exception that stopped it, or null. */
  public record Result(long records, long pagesSeen, long indexed, long ordinaryArticles, boolean published,
      ServedIndex served, String error, List<String> warnings) {}

  private HostileIndexBuild() {}

  public static Result run(List<HostilePages.Hostile> hostile, int ordinary, Path work, long maxSeconds)
      throws IOException {
    List<WarcCorpus.Page> pages = new ArrayList<>();
    for (HostilePages.Hostile h : hostile) {
      var p = h.page();
      pages.add(new WarcCorpus.Page(p.url(), p.fetchedAt(), p.status(), p.header("content-type"), p.body()));
    }
    pages.addAll(AidArticles.articles(5, ordinary));
    Collections.shuffle(pages, new java.util.Random(5));
    Path warc = work.resolve("warc");
    WarcCorpus.write(warc, "hostile.warc.gz", pages);
    Path index = work.resolve("index");
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    IndexBuilder.Stats stats = null;
    String error = null;
    // The build runs on its own daemon thread with a deadline: a page that makes the pipeline spin
    // would otherwise hold the whole rebuild (and this battery) forever.
    java.util.concurrent.CompletableFuture<IndexBuilder.Stats> build = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        build.complete(new IndexBuilder(Pipeline.standard(), 2).rebuild(warc,
            new org.aidnews.indexer.index.IndexLocation(index), warnings::add, s -> { }));
      } catch (Throwable e) {
        build.completeExceptionally(e);
      }
    }, "hostile-rebuild");
    t.setDaemon(true);
    t.start();
    try {
      stats = build.get(maxSeconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      error = e.getCause().toString();
    } catch (java.util.concurrent.TimeoutException e) {
      error = "the rebuild did not finish within " + maxSeconds + " s (a page keeps a worker busy)";
      t.interrupt();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = e.toString();
    }
    ServedIndex served = ServedIndex.inspect(index);
    return new Result(pages.size(), stats == null ? -1 : stats.pages.get(), stats == null ? -1 : stats.indexed.get(),
        ordinary, served.generation() != null, served, error, List.copyOf(warnings));
  }
}
