package org.aidnews.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.extract.Pagination;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Articles split over several pages ({@code _2.html}, {@code index_1.shtml}): continuation pages are
 * not indexed on their own; their text is kept (in page order) and, once every page of the build has
 * been seen, appended to the first page's article, which is enriched again and replaces its document.
 * Pages arrive in any order from the WARC files, so the merge waits for the end of the pass; memory
 * holds only continuation pages' text.
 */
public final class MultiPageArticles {
  private final Map<String, TreeMap<Integer, String>> continuations = new ConcurrentHashMap<>();

  public void addContinuation(Article page) {
    Pagination.of(page.url()).ifPresent(p -> {
      TreeMap<Integer, String> bodies = continuations.computeIfAbsent(p.firstPageUrl(), k -> new TreeMap<>());
      synchronized (bodies) {
        bodies.put(p.order(), page.body());
      }
    });
  }

  /** First-page URL → continuation bodies in page order (a snapshot). */
  public Map<String, java.util.List<String>> byFirstPage() {
    Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
    continuations.forEach((url, bodies) -> {
      synchronized (bodies) {
        out.put(url, java.util.List.copyOf(bodies.values()));
      }
    });
    return out;
  }

  /** The first page's article with the continuation bodies appended in order. */
  public static Article merged(Article first, java.util.Collection<String> more) {
    StringBuilder body = new StringBuilder(first.body());
    for (String m : more) {
      if (!m.isBlank()) {
        body.append('\n').append(m);
      }
    }
    return new Article(first.url(), first.fetchedAt(), first.charset(), first.title(), body.toString(),
        first.published(), first.publishedRule(), first.source(), first.author(), first.script(), true, true,
        first.topicScore(), first.quality());
  }

  /** Merges into the first pages present in the index; returns how many articles were merged. */
  int mergeInto(IndexWriter writer, Pipeline pipeline, ArticleDocuments documents, BuildAggregates aggregates)
      throws IOException {
    if (continuations.isEmpty()) {
      return 0;
    }
    int merged = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map.Entry<String, TreeMap<Integer, String>> e : continuations.entrySet()) {
        String id = Pipeline.articleId(e.getKey());
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          continue; // the first page was not fetched or not indexed: the continuations stay out
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc,
            Set.of(Schema.STORED_JSON, Schema.BODY, Schema.WARC_FILE, Schema.WARC_OFFSET));
        StoredArticle s = Json.mapper().readValue(d.get(Schema.STORED_JSON), StoredArticle.class);
        Article whole = merged(IndexUpdater.fromStored(s, d.get(Schema.BODY)).article(), e.getValue().values());
        EnrichedArticle enriched = pipeline.enrich(id, whole);
        var warcFile = d.getField(Schema.WARC_FILE);
        var warcOffset = d.getField(Schema.WARC_OFFSET);
        writer.updateDocument(new Term(Schema.ID, id), documents.build(enriched,
            warcFile == null ? null : Path.of(warcFile.stringValue()),
            warcOffset == null ? 0 : warcOffset.numericValue().longValue()));
        aggregates.add(enriched);
        merged++;
      }
    }
    return merged;
  }

}
