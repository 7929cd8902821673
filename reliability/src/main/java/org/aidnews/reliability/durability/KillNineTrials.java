package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.reliability.ChildJvm;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;

/**
 * kill -9 of the real indexer ({@code IndexerCli index}, a child JVM) at random points of a full
 * rebuild. Before every trial a few new articles are added to the WARC directory, so the old index
 * and the new one differ. After every kill the served index must open, be clean, hold exactly the
 * articles its commit data names, answer the canary query, and be exactly the old index (same
 * commit, same articles) or exactly the new one (every article in the WARC files), never a mix. When
 * the indexer printed that it published, the new one must be served: that is what it reported as
 * committed.
 *
 * <p>Kill points are drawn over the whole run (start-up, reading, indexing), with half of them in
 * the last quarter, where the commit and the publication happen and a half-done step would show.
 */
public final class KillNineTrials {
  /** What the indexer prints once the new generation is published (IndexCommand). */
  static final String PUBLISHED = "Index published under";

  /**
   * The outcome of one series of trials.
   *
   * @param reportedPublished runs (killed or not) that printed {@link #PUBLISHED} before they ended
   * @param committedLost     articles of a run that reported publishing which the served index lacks
   */
  public record Result(int kills, int killsSurvived, int completedRuns, int newGenerationsAfterKill,
      int reportedPublished, long committedLost, long expectedArticles, double referenceSeconds,
      List<String> failures, int leftoverGenerations) {}

  private final Path warcDir;
  private final Path indexRoot;
  private final Path logDir;

  public KillNineTrials(Path warcDir, Path indexRoot, Path logDir) {
    this.warcDir = warcDir;
    this.indexRoot = indexRoot;
    this.logDir = logDir;
  }

  /**
   * Runs until {@code kills} kills happened or {@code maxSeconds} passed (whichever comes first).
   * The WARC directory holds articles {@code 0 .. basePages-1} of {@code seed}'s corpus
   * ({@link AidArticles}); each trial adds {@code growBy} more.
   */
  public Result run(int kills, long seed, double maxSeconds, int basePages, int growBy)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    List<String> failures = new ArrayList<>();
    Set<String> all = new HashSet<>();
    for (int i = 0; i < basePages; i++) {
      all.add(AidArticles.article(seed, i).url());
    }
    // Reference run: how long a whole rebuild takes here, and that a complete one holds every article.
    long t0 = System.nanoTime();
    int exit = runToEnd("reference");
    double reference = (System.nanoTime() - t0) / 1e9;
    double firstReference = reference;
    PacedKill pace = new PacedKill(reference);
    ServedIndex baseline = ServedIndex.inspect(indexRoot);
    Set<String> baseUrls = ServedIndex.articleUrls(indexRoot);
    if (exit != 0 || !baseline.wholeAndClean() || !baseUrls.equals(all)) {
      throw new IllegalStateException("the reference rebuild failed (exit " + exit + ", " + baseUrls.size() + " of "
          + all.size() + " articles): " + baseline + " — see " + logDir.resolve("reference.log"));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int next = basePages;
    int done = 0;
    int survived = 0;
    int completed = 0;
    int newGenerations = 0;
    int reported = 0;
    long lost = 0;
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    for (int trial = 0; done < kills && System.nanoTime() < deadline; trial++) {
      ServedIndex before = ServedIndex.inspect(indexRoot);
      Set<String> beforeUrls = ServedIndex.articleUrls(indexRoot);
      if (growBy > 0) {
        List<WarcCorpus.Page> fresh = new ArrayList<>();
        for (int k = 0; k < growBy; k++, next++) {
          fresh.add(AidArticles.article(seed, next));
          all.add(fresh.get(k).url());
        }
        WarcCorpus.write(warcDir, "grow-" + trial + ".warc.gz", fresh);
      }
      double fraction = random.nextBoolean() ? 0.05 + 0.95 * random.nextDouble() : 0.75 + 0.3 * random.nextDouble();
      Path log = logDir.resolve("trial-" + trial + ".log");
      PacedKill.Run run = pace.run(indexCommand(), log, fraction);
      boolean finished = run.finished();
      long delayMs = run.delayMs();
      if (finished) {
        completed++;
      } else {
        done++;
      }
      boolean published = run.log().contains(PUBLISHED);
      if (published) {
        reported++;
      }
      ServedIndex after = ServedIndex.inspect(indexRoot);
      Set<String> afterUrls = ServedIndex.articleUrls(indexRoot);
      if (published) {
        Set<String> missing = new HashSet<>(all);
        missing.removeAll(afterUrls);
        lost += missing.size();
      }
      String problem = judge(before, beforeUrls, after, afterUrls, all, published, finished, run.exitCode());
      if (problem == null) {
        problem = canary();
      }
      if (problem == null) {
        if (!finished) {
          survived++;
          if (!after.sameCommitAs(before)) {
            newGenerations++;
          }
        }
      } else {
        failures.add(String.format(Locale.ROOT, "trial %d (%s after %d ms): %s", trial,
            finished ? "finished" : "killed", delayMs, problem));
      }
    }
    return new Result(done, survived, completed, newGenerations, reported, lost, all.size(), firstReference, failures,
        leftovers());
  }

  /** Null when {@code after} is acceptable, else what is wrong. */
  static String judge(ServedIndex before, Set<String> beforeUrls, ServedIndex after, Set<String> afterUrls,
      Set<String> all, boolean published, boolean finished, int exit) {
    if (!after.wholeAndClean()) {
      return "served index not whole and clean: " + after;
    }
    if (after.articleDocs() != afterUrls.size()) {
      return "served index holds " + after.articleDocs() + " article documents but " + afterUrls.size() + " URLs";
    }
    boolean old = after.sameCommitAs(before) && afterUrls.equals(beforeUrls);
    boolean complete = !after.sameCommitAs(before) && afterUrls.equals(all);
    if (!old && !complete) {
      return "served index is neither the old one (" + beforeUrls.size() + " articles) nor the complete new one ("
          + all.size() + "): " + after + ", " + afterUrls.size() + " articles";
    }
    if (published && !complete) {
      return "the indexer printed '" + PUBLISHED + "' but the old index is still served";
    }
    if (finished) {
      if (exit != 0) {
        return "an unkilled rebuild exited with " + exit;
      }
      if (!complete) {
        return "a finished rebuild did not publish the new generation";
      }
    }
    return null;
  }

  private String canary() {
    return canary(indexRoot);
  }

  /** Null when the portal's search service opens {@code root} and the canary query finds something. */
  static String canary(Path root) {
    try (SearchService search = new SearchService(root)) {
      long hits = search.search(new SearchRequest(AidArticles.CANARY, Map.of(), null, null,
          SearchRequest.Sort.relevance, 1, 10)).total();
      return hits > 0 ? null : "the canary query finds nothing";
    } catch (IOException | RuntimeException e) {
      return "the portal's search service cannot open the index: " + e;
    }
  }

  private int runToEnd(String name) throws IOException, InterruptedException {
    Process p = ChildJvm.start(indexCommand(), logDir.resolve(name + ".log"));
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      ChildJvm.killNine(p);
      return -1;
    }
    return p.exitValue();
  }

  private List<String> indexCommand() {
    return ChildJvm.command(List.of("-Xmx512m"), "org.aidnews.indexer.cli.IndexerCli",
        List.of("index", "--in", warcDir.toString(), "--index", indexRoot.toString()));
  }

  /** Generation directories besides the served one (left by killed rebuilds and not yet pruned). */
  private int leftovers() throws IOException {
    try (Stream<Path> s = Files.list(indexRoot)) {
      return (int) s.filter(p -> p.getFileName().toString().startsWith("gen-")).count() - 1;
    }
  }

  /** The log of a trial, for a failure message. */
  public String log(int trial) throws IOException {
    return Files.readString(logDir.resolve("trial-" + trial + ".log"), StandardCharsets.UTF_8);
  }
}
