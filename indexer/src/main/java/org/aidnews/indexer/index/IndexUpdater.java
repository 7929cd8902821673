package org.aidnews.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.Script;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.aidnews.indexer.warc.WarcPageReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Incremental indexing into the served generation: the pages of WARC files written since its last
 * commit are indexed by article id (a re-fetched page replaces its document), then the build-wide
 * facts (syndication clusters, agreement records) are derived again from every stored article, and
 * one commit makes it all visible at once; the portal's searcher picks the commit up by itself.
 * Run updates and full rebuilds from one scheduler: an update racing a rebuild writes to the
 * generation the rebuild is about to replace.
 */
public final class IndexUpdater {
  private final Pipeline pipeline;

  public IndexUpdater(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Counts of one update. */
  public record Result(int files, long pages, long indexed, long rejected, long articles, int clusters, int agreements) {}

  public Result update(Path warcDir, IndexLocation location, Consumer<String> warnings) throws IOException {
    Path gen = location.current().orElseThrow(() -> new IOException(
        "no published index under " + location.root() + ": run a full build (./aidnews index) first"));
    try (FSDirectory dir = FSDirectory.open(gen)) {
      Instant since;
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        String t = r.getIndexCommit().getUserData().get(Schema.COMMIT_TIME);
        since = t == null ? Instant.EPOCH : Instant.parse(t);
      }
      List<Path> fresh = new ArrayList<>();
      for (Path f : WarcPageReader.warcFiles(warcDir)) {
        if (Files.getLastModifiedTime(f).toInstant().isAfter(since)) {
          fresh.add(f);
        }
      }
      IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
          .setCommitOnClose(false);
      try (IndexWriter writer = new IndexWriter(dir, iwc)) {
        ArticleDocuments documents = new ArticleDocuments();
        long[] counts = new long[3];
        WarcPageReader reader = new WarcPageReader(warnings);
        for (Path f : fresh) {
          reader.read(f, wp -> {
            counts[0]++;
            PageOutcome o = pipeline.process(wp.page());
            if (!o.indexed()) {
              counts[2]++;
              return;
            }
            try {
              writer.updateDocument(new Term(Schema.ID, o.enriched().id()), documents.build(o.enriched(),
                  warcDir.toAbsolutePath().relativize(f.toAbsolutePath()), wp.offset()));
              counts[1]++;
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        }
        // Build-wide facts from every article now in the index.
        writer.deleteDocuments(new Term(Schema.KIND, Schema.KIND_AGREEMENT), new Term(Schema.KIND, Schema.KIND_CLUSTER));
        BuildAggregates aggregates = new BuildAggregates();
        long articles = 0;
        try (DirectoryReader nrt = DirectoryReader.open(writer)) {
          IndexSearcher searcher = new IndexSearcher(nrt);
          TopDocs all = searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), Math.max(1, nrt.numDocs()));
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Schema.STORED_JSON, Schema.BODY));
            EnrichedArticle e = fromStored(Json.mapper().readValue(d.get(Schema.STORED_JSON), StoredArticle.class),
                d.get(Schema.BODY));
            Term id = new Term(Schema.ID, e.id());
            writer.updateBinaryDocValue(id, Schema.CLUSTER, new BytesRef(e.id()));
            writer.updateNumericDocValue(id, Schema.CLUSTER_SIZE, 1);
            aggregates.add(e);
            articles++;
          }
        }
        BuildAggregates.Written written = aggregates.writeTo(writer);
        writer.setLiveCommitData(Map.of(
            Schema.COMMIT_SCHEMA_VERSION, Schema.VERSION,
            Schema.COMMIT_ARTICLES, Long.toString(articles),
            Schema.COMMIT_TIME, Instant.now().toString()).entrySet());
        writer.commit();
        return new Result(fresh.size(), counts[0], counts[1], counts[2], articles, written.clusters(),
            written.agreements());
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** The enriched article as stored, enough to derive clusters and agreement records again. */
  static EnrichedArticle fromStored(StoredArticle s, String body) {
    ScriptConverter c = ScriptConverter.get();
    Article a = new Article(s.url(), s.fetchedAt(), s.charset(), s.title(), body == null ? "" : body, s.published(),
        s.publishedRule(), s.source(), s.author(), Script.valueOf(s.script()), true, true, 1.0,
        new Quality(List.of(), s.qualityFlags(), s.lostChars(), null));
    return new EnrichedArticle(s.id(), a, c.toSimplified(s.title()), c.toSimplified(a.body()), s.places(), s.provinces(),
        s.helperProvinces(), s.recipientProvinces(), s.hospitals(), s.agreements(), s.topics(), s.clusterKey());
  }

}
