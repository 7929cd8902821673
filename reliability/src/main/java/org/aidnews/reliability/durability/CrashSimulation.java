package org.aidnews.reliability.durability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.ArticleDocuments;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;

/**
 * The fsync path, which kill -9 cannot test (the page cache survives a dead process): our article
 * documents are written with the indexer's analyzers and writer settings into Lucene's
 * {@link MockDirectoryWrapper}, which on {@link MockDirectoryWrapper#crash()} corrupts every file
 * that was not fsynced, as an OS crash or power cut would. Also disk full
 * ({@code setMaxSizeInBytes}) and random I/O errors ({@code setRandomIOExceptionRate}).
 *
 * <p>Pass rule, after every crash or fault: the index opens at its last commit, CheckIndex is clean,
 * every acknowledged document (one whose {@code commit()} returned) is there and nothing that was
 * not committed is visible. Under faults the error must reach the caller as an exception.
 *
 * <p>The indexer's {@code IndexBuilder} opens its own {@code FSDirectory}, so these trials drive
 * Lucene with the indexer's documents and settings rather than {@code IndexBuilder} itself; the
 * real indexer's disk-full behaviour is tested by {@link DiskFullTrial}.
 */
public final class CrashSimulation {
  /** Outcome of a series. {@code faultsReported}: trials where the injected fault surfaced as an exception. */
  public record Result(int trials, int committedDocs, int committedLost, int uncommittedVisible, int faultsInjected,
      int faultsReported, List<String> failures) {}

  private final List<Document> documents = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /** Prepares {@code n} article documents through the real pipeline and document builder. */
  public CrashSimulation(int n) throws IOException {
    Pipeline pipeline = Pipeline.standard();
    ArticleDocuments builder = new ArticleDocuments();
    for (WarcCorpus.Page p : AidArticles.articles(77, n)) {
      PageOutcome o = pipeline.process(new FetchedPage(p.url(), p.fetchedAt(), 200,
          Map.of("content-type", p.contentType()), p.body()));
      if (o.indexed()) {
        EnrichedArticle e = o.enriched();
        documents.add(builder.build(e, null, 0));
        ids.add(e.id());
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("the pipeline indexed none of the generated articles");
    }
  }

  /** {@code trials} simulated OS crashes at random points: after adds, after a flush, between prepareCommit and commit, during merges. */
  public Result crashes(int trials, long seed) throws IOException {
    Tally t = new Tally();
    for (int trial = 0; trial < trials; trial++) {
      Random random = new Random(seed + trial);
      MockDirectoryWrapper dir = newDirectory(random);
      Set<String> acked = new HashSet<>();
      IndexWriter w = new IndexWriter(dir, config(random));
      int commitEvery = 5 + random.nextInt(40);
      int crashAt = 1 + random.nextInt(documents.size());
      for (int i = 0; i < crashAt; i++) {
        w.addDocument(documents.get(i));
        if ((i + 1) % commitEvery == 0) {
          commit(w, i + 1);
          for (int k = i + 1 - commitEvery; k <= i; k++) {
            acked.add(ids.get(k));
          }
        } else if (random.nextInt(15) == 0) {
          w.flush();
        }
      }
      String point = switch (random.nextInt(3)) {
        case 0 -> "after adds";
        case 1 -> {
          w.setLiveCommitData(Map.of(Schema.COMMIT_ARTICLES, "pending").entrySet());
          w.prepareCommit();
          yield "between prepareCommit and commit";
        }
        default -> {
          w.forceMerge(1, false);
          yield "during a merge";
        }
      };
      dir.crash();
      abandon(w);
      dir.clearCrash();
      check(dir, acked, "crash " + trial + " (" + point + ", " + crashAt + " added)", t);
      t.trials++;
    }
    return t.result();
  }

  /** {@code trials} builds on top of a committed index while the disk fills up or I/O fails at random. */
  public Result faults(int trials, long seed) throws IOException {
    Tally t = new Tally();
    for (int trial = 0; trial < trials; trial++) {
      Random random = new Random(seed + 1000 + trial);
      MockDirectoryWrapper dir = newDirectory(random);
      Set<String> acked = new HashSet<>();
      IndexWriter w = new IndexWriter(dir, config(random));
      int first = Math.max(1, documents.size() / 4);
      for (int i = 0; i < first; i++) {
        w.addDocument(documents.get(i));
        acked.add(ids.get(i));
      }
      commit(w, first);
      boolean diskFull = trial % 2 == 0;
      if (diskFull) {
        dir.setMaxSizeInBytes(dir.sizeInBytes() + 1_000 + random.nextInt(20_000));
      } else {
        dir.setRandomIOExceptionRate(0.01 + random.nextDouble() * 0.05);
      }
      t.faultsInjected++;
      boolean reported = false;
      List<String> batch = new ArrayList<>();
      try {
        for (int i = first; i < documents.size(); i++) {
          w.addDocument(documents.get(i));
          batch.add(ids.get(i));
          if (batch.size() == 25 || i == documents.size() - 1) {
            commit(w, i + 1);
            acked.addAll(batch);
            batch.clear();
          }
        }
      } catch (IOException | IllegalStateException e) {
        reported = true;
      }
      dir.setMaxSizeInBytes(0);
      dir.setRandomIOExceptionRate(0);
      if (reported) {
        t.faultsReported++;
      }
      abandon(w);
      check(dir, acked, (diskFull ? "disk full " : "I/O errors ") + trial, t);
      t.trials++;
    }
    return t.result();
  }

  private static MockDirectoryWrapper newDirectory(Random random) {
    MockDirectoryWrapper dir = new MockDirectoryWrapper(random, new ByteBuffersDirectory());
    dir.setCheckIndexOnClose(false); // we run CheckIndex ourselves, with our own pass rule
    dir.setAssertNoUnrefencedFilesOnClose(false);
    return dir;
  }

  /** The indexer's writer settings (IndexBuilder), with small buffers so flushes and merges happen. */
  private static IndexWriterConfig config(Random random) {
    IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField())
        .setCommitOnClose(false)
        .setMaxBufferedDocs(5 + random.nextInt(30));
    c.setMergeScheduler(new ConcurrentMergeScheduler() {
      @Override
      protected void handleMergeException(Throwable exc) {
        // A merge hit by the simulated crash or fault: expected; the next commit decides what survives.
      }
    });
    return c;
  }

  private static void commit(IndexWriter w, int n) throws IOException {
    w.setLiveCommitData(Map.of(Schema.COMMIT_SCHEMA_VERSION, Schema.VERSION,
        Schema.COMMIT_ARTICLES, Integer.toString(n)).entrySet());
    w.commit();
  }

  /** Drops a writer whose directory crashed: its files are gone, so rolling back may fail; that is expected. */
  private static void abandon(IndexWriter w) {
    try {
      w.rollback();
    } catch (IOException | RuntimeException e) {
      // expected after a crash
    }
  }

  private void check(MockDirectoryWrapper dir, Set<String> acked, String what, Tally t) throws IOException {
    t.committed += acked.size();
    if (acked.isEmpty() && !org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
      return; // crashed before the first commit: nothing was promised
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      int lost = 0;
      for (String id : acked) {
        if (s.count(new TermQuery(new Term(Schema.ID, id))) == 0) {
          lost++;
        }
      }
      int visible = s.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
      int extra = Math.max(0, visible - (acked.size() - lost));
      t.lost += lost;
      t.uncommitted += extra;
      if (lost > 0 || extra > 0) {
        t.failures.add(String.format(Locale.ROOT, "%s: %d committed documents lost, %d uncommitted visible", what,
            lost, extra));
      }
    } catch (IOException e) {
      t.lost += acked.size();
      t.failures.add(what + ": the last commit does not open: " + e);
      return;
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (CheckIndex check = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "write.lock"))) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      if (!check.checkIndex().clean) {
        t.failures.add(what + ": CheckIndex is not clean: " + log.toString(StandardCharsets.UTF_8));
      }
    }
  }

  private static final class Tally {
    int trials;
    int committed;
    int lost;
    int uncommitted;
    int faultsInjected;
    int faultsReported;
    final List<String> failures = new ArrayList<>();

    Result result() {
      return new Result(trials, committed, lost, uncommitted, faultsInjected, faultsReported, List.copyOf(failures));
    }
  }
}
