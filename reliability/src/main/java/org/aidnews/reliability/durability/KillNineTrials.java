package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.reliability.ChildJvm;
import org.aidnews.reliability.corpus.AidArticles;

/**
 * kill -9 of the real indexer ({@code IndexerCli index}, a child JVM) at random points of a full
 * rebuild. After every kill the served index must open, be clean, hold exactly the articles its
 * commit data names, answer the canary query, and be either the previously served commit or a new
 * complete generation, never a partial one.
 *
 * <p>Kill points are drawn over the whole run (start-up, reading, indexing), with half of them in
 * the last quarter, where the commit and the publication happen and a half-done step would show.
 */
public final class KillNineTrials {
  /** The outcome of one series of trials. */
  public record Result(int kills, int killsSurvived, int completedRuns, int newGenerationsAfterKill,
      long expectedArticles, double referenceSeconds, List<String> failures, int leftoverGenerations) {}

  private final Path warcDir;
  private final Path indexRoot;
  private final Path logDir;

  public KillNineTrials(Path warcDir, Path indexRoot, Path logDir) {
    this.warcDir = warcDir;
    this.indexRoot = indexRoot;
    this.logDir = logDir;
  }

  /** Runs until {@code kills} kills happened or {@code maxSeconds} passed (whichever comes first). */
  public Result run(int kills, long seed, double maxSeconds) throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    List<String> failures = new ArrayList<>();
    // Reference run: how long a whole rebuild takes here, and what a complete generation holds.
    long t0 = System.nanoTime();
    int exit = runToEnd("reference");
    double reference = (System.nanoTime() - t0) / 1e9;
    ServedIndex baseline = ServedIndex.inspect(indexRoot);
    if (exit != 0 || !baseline.wholeAndClean()) {
      throw new IllegalStateException("the reference rebuild failed (exit " + exit + "): " + baseline
          + " — see " + logDir.resolve("reference.log"));
    }
    long expected = baseline.articleDocs();
    SplittableRandom random = new SplittableRandom(seed);
    int done = 0;
    int survived = 0;
    int completed = 0;
    int newGenerations = 0;
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    for (int trial = 0; done < kills && System.nanoTime() < deadline; trial++) {
      ServedIndex before = ServedIndex.inspect(indexRoot);
      double fraction = random.nextBoolean() ? 0.05 + 0.95 * random.nextDouble() : 0.75 + 0.3 * random.nextDouble();
      long delayMs = (long) (fraction * reference * 1000);
      Path log = logDir.resolve("trial-" + trial + ".log");
      Process p = ChildJvm.start(indexCommand(), log);
      boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
      if (finished) {
        completed++;
      } else {
        ChildJvm.killNine(p);
        done++;
      }
      ServedIndex after = ServedIndex.inspect(indexRoot);
      String problem = judge(before, after, expected, finished, p.exitValue());
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
    return new Result(done, survived, completed, newGenerations, expected, reference, failures, leftovers());
  }

  /** Null when {@code after} is acceptable, else what is wrong. */
  static String judge(ServedIndex before, ServedIndex after, long expected, boolean finished, int exit) {
    if (!after.wholeAndClean()) {
      return "served index not whole and clean: " + after;
    }
    if (after.articleDocs() != expected) {
      return "served index holds " + after.articleDocs() + " articles, a complete one holds " + expected;
    }
    if (finished) {
      if (exit != 0) {
        return "an unkilled rebuild exited with " + exit;
      }
      if (after.sameCommitAs(before)) {
        return "a finished rebuild did not publish a new generation";
      }
    }
    return null;
  }

  private String canary() {
    try (SearchService search = new SearchService(indexRoot)) {
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
