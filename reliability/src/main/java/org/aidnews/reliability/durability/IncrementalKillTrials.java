package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aidnews.reliability.ChildJvm;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;

/**
 * kill -9 of the real incremental indexer ({@code IndexerCli index --incremental}, a child JVM),
 * which writes into the served generation itself. Before every trial a new WARC file of a few
 * articles arrives (plus, now and then, a re-fetch of an article already indexed); the update run
 * is killed at a random point. Afterwards the served index must open, be clean, hold exactly the
 * articles its commit data names, and be either the previous commit's articles or every article of
 * every WARC file so far, never some of the new ones: an update is one commit. When the indexer
 * printed "Updated", every article it reported must be present.
 */
public final class IncrementalKillTrials {
  /** What the incremental indexer prints after its commit (IndexCommand). */
  static final String UPDATED = "Updated ";

  /** The outcome of one series of trials; fields as in {@link KillNineTrials.Result}. */
  public record Result(int kills, int killsSurvived, int completedRuns, int commitsBeforeKill, int reportedUpdated,
      long committedLost, long finalArticles, double referenceSeconds, List<String> failures) {}

  private final Path warcDir;
  private final Path indexRoot;
  private final Path logDir;

  public IncrementalKillTrials(Path warcDir, Path indexRoot, Path logDir) {
    this.warcDir = warcDir;
    this.indexRoot = indexRoot;
    this.logDir = logDir;
  }

  /**
   * Builds a full index of {@code basePages} articles, then runs update trials, each adding
   * {@code perTrial} articles, until {@code kills} kills happened or {@code maxSeconds} passed.
   */
  public Result run(int kills, long seed, double maxSeconds, int basePages, int perTrial)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    List<WarcCorpus.Page> base = AidArticles.articles(seed, basePages);
    WarcCorpus.write(warcDir, "base.warc.gz", base);
    Set<String> all = new HashSet<>();
    base.forEach(p -> all.add(p.url()));
    int exit = runToEnd(command(false), "base");
    if (exit != 0 || !ServedIndex.articleUrls(indexRoot).equals(all)) {
      throw new IllegalStateException("the base build failed (exit " + exit + ") — see " + logDir.resolve("base.log"));
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int next = basePages;
    // Reference: one update run to its end, for the kill points.
    next = addFile(seed, next, perTrial, "fresh-reference", all, random);
    long t0 = System.nanoTime();
    exit = runToEnd(command(true), "reference");
    double reference = (System.nanoTime() - t0) / 1e9;
    double firstReference = reference;
    PacedKill pace = new PacedKill(reference);
    Set<String> committed = ServedIndex.articleUrls(indexRoot);
    if (exit != 0 || !committed.equals(all)) {
      throw new IllegalStateException("the reference update failed (exit " + exit + ", " + committed.size() + " of "
          + all.size() + " articles) — see " + logDir.resolve("reference.log"));
    }
    List<String> failures = new ArrayList<>();
    int done = 0;
    int survived = 0;
    int completed = 0;
    int commitsBeforeKill = 0;
    int reported = 0;
    long lost = 0;
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    for (int trial = 0; done < kills && System.nanoTime() < deadline; trial++) {
      ServedIndex before = ServedIndex.inspect(indexRoot);
      next = addFile(seed, next, perTrial, "fresh-" + trial, all, random);
      // Half the kill points spread over the run, half around its end (where the aggregates are
      // rewritten and the commit happens), some beyond it: a run that finishes commits the files
      // pending from killed ones, so the next trials start from a new commit.
      double fraction = random.nextBoolean() ? 0.05 + 0.95 * random.nextDouble() : 0.8 + 0.5 * random.nextDouble();
      Path log = logDir.resolve("trial-" + trial + ".log");
      PacedKill.Run run = pace.run(command(true), log, fraction);
      boolean finished = run.finished();
      long delayMs = run.delayMs();
      if (finished) {
        completed++;
      } else {
        done++;
      }
      boolean updated = run.log().contains(UPDATED);
      if (updated) {
        reported++;
      }
      ServedIndex after = ServedIndex.inspect(indexRoot);
      Set<String> afterUrls = ServedIndex.articleUrls(indexRoot);
      if (updated) {
        Set<String> missing = new HashSet<>(all);
        missing.removeAll(afterUrls);
        lost += missing.size();
      }
      String problem = judge(committed, after, afterUrls, all, updated, finished, run.exitCode());
      if (problem == null) {
        problem = KillNineTrials.canary(indexRoot);
      }
      if (problem == null) {
        if (!finished) {
          survived++;
          if (!after.sameCommitAs(before)) {
            commitsBeforeKill++;
          }
        }
      } else {
        failures.add(String.format(Locale.ROOT, "update trial %d (%s after %d ms): %s", trial,
            finished ? "finished" : "killed", delayMs, problem));
      }
      committed = afterUrls;
    }
    return new Result(done, survived, completed, commitsBeforeKill, reported, lost, all.size(), firstReference,
        failures);
  }

  /** Null when the served index after an update run is acceptable, else what is wrong. */
  static String judge(Set<String> committedBefore, ServedIndex after, Set<String> afterUrls, Set<String> all,
      boolean updated, boolean finished, int exit) {
    if (!after.wholeAndClean()) {
      return "served index not whole and clean: " + after;
    }
    if (after.articleDocs() != afterUrls.size()) {
      return "served index holds " + after.articleDocs() + " article documents but " + afterUrls.size() + " URLs";
    }
    boolean old = afterUrls.equals(committedBefore);
    boolean complete = afterUrls.equals(all);
    if (!old && !complete) {
      Set<String> partial = new HashSet<>(afterUrls);
      partial.removeAll(committedBefore);
      return "served index holds " + afterUrls.size() + " articles: neither the previous commit ("
          + committedBefore.size() + ") nor every article so far (" + all.size() + "); " + partial.size()
          + " of the new ones are visible";
    }
    if (updated && !complete) {
      return "the indexer printed 'Updated' but its articles are not all in the served index";
    }
    if (finished && (exit != 0 || !complete)) {
      return "an unkilled update exited with " + exit + (complete ? "" : " and did not commit every new article");
    }
    return null;
  }

  /**
   * Writes a new WARC file of {@code count} new articles and, one time in three, a re-fetch of an
   * already indexed one (same URL, later fetch time), which must replace its document, not double it.
   */
  private int addFile(long seed, int next, int count, String name, Set<String> all, SplittableRandom random)
      throws IOException {
    List<WarcCorpus.Page> pages = new ArrayList<>();
    for (int k = 0; k < count; k++, next++) {
      WarcCorpus.Page p = AidArticles.article(seed, next);
      pages.add(p);
      all.add(p.url());
    }
    if (random.nextInt(3) == 0) {
      WarcCorpus.Page old = AidArticles.article(seed, random.nextInt(next - count));
      pages.add(new WarcCorpus.Page(old.url(), old.fetchedAt().plusSeconds(86_400), old.status(), old.contentType(),
          old.body()));
    }
    WarcCorpus.write(warcDir, name + ".warc.gz", pages);
    return next;
  }

  private int runToEnd(List<String> command, String name) throws IOException, InterruptedException {
    Process p = ChildJvm.start(command, logDir.resolve(name + ".log"));
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      ChildJvm.killNine(p);
      return -1;
    }
    return p.exitValue();
  }

  private List<String> command(boolean incremental) {
    List<String> args = new ArrayList<>(List.of("index", "--in", warcDir.toString(), "--index", indexRoot.toString()));
    if (incremental) {
      args.add("--incremental");
    }
    return ChildJvm.command(List.of("-Xmx512m"), "org.aidnews.indexer.cli.IndexerCli", args);
  }
}
