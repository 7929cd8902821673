package org.aidnews.reliability.durability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.index.Schema;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * What an index root serves, looked at from outside: the generation named by {@code CURRENT},
 * its commit (segments file and commit data), its article documents, and whether Lucene's
 * {@link CheckIndex} finds it clean.
 *
 * @param generation     the served generation's directory name, or null when nothing is published
 * @param segmentsFile   the commit point's segments file name
 * @param commitArticles the article count the indexer wrote into the commit data ({@code aidnews.articles})
 * @param articleDocs    article documents actually searchable in the commit
 * @param clean          CheckIndex found no problem
 * @param problem        why the index could not be opened or checked, or null
 */
public record ServedIndex(String generation, String segmentsFile, String committedAt, long commitArticles,
    long articleDocs, boolean clean, String problem) {

  /** True when something is published, opens, is clean and holds exactly the articles its commit data promises. */
  public boolean wholeAndClean() {
    return generation != null && problem == null && clean && commitArticles == articleDocs;
  }

  /** True when {@code other} is the very same commit of the same generation. */
  public boolean sameCommitAs(ServedIndex other) {
    return other != null && java.util.Objects.equals(generation, other.generation)
        && java.util.Objects.equals(segmentsFile, other.segmentsFile)
        && java.util.Objects.equals(committedAt, other.committedAt);
  }

  /** Inspects what {@code root} serves. Never throws: a failure to open is the {@link #problem()}. */
  public static ServedIndex inspect(Path root) {
    Optional<Path> current;
    try {
      current = new IndexLocation(root).current();
    } catch (IOException | RuntimeException e) {
      return new ServedIndex(null, null, null, -1, -1, false, "CURRENT unreadable: " + e);
    }
    if (current.isEmpty()) {
      return new ServedIndex(null, null, null, -1, -1, false, "nothing published");
    }
    String gen = current.get().getFileName().toString();
    try (Directory dir = FSDirectory.open(current.get(), NoLockFactory.INSTANCE)) {
      String segments;
      Map<String, String> data;
      long articles;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        segments = reader.getIndexCommit().getSegmentsFileName();
        data = reader.getIndexCommit().getUserData();
        articles = new IndexSearcher(reader).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
      }
      long promised = parse(data.get(Schema.COMMIT_ARTICLES));
      boolean clean;
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      // No lock: the indexer that wrote this generation is dead or finished, and CheckIndex only reads here.
      try (CheckIndex check = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "write.lock"))) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        clean = check.checkIndex().clean;
      }
      return new ServedIndex(gen, segments, data.get(Schema.COMMIT_TIME), promised, articles, clean,
          clean ? null : "CheckIndex: " + tail(log.toString(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return new ServedIndex(gen, null, null, -1, -1, false, "cannot open " + gen + ": " + e);
    }
  }

  /**
   * The URLs of the article documents the served commit holds (empty when nothing opens): what
   * "present" means for an article the indexer reported as committed.
   */
  public static Set<String> articleUrls(Path root) {
    Set<String> urls = new HashSet<>();
    try {
      Optional<Path> current = new IndexLocation(root).current();
      if (current.isEmpty()) {
        return urls;
      }
      try (Directory dir = FSDirectory.open(current.get(), NoLockFactory.INSTANCE);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)),
            Math.max(1, reader.numDocs())).scoreDocs) {
          urls.add(stored.document(sd.doc, Set.of(Schema.URL)).get(Schema.URL));
        }
      }
    } catch (IOException | RuntimeException e) {
      return urls;
    }
    return urls;
  }

  private static long parse(String s) {
    try {
      return s == null ? -1 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String tail(String s) {
    return s.length() > 600 ? s.substring(s.length() - 600) : s;
  }
}
