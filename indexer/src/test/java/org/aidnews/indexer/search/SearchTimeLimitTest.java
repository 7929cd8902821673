package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search time limit fires on every search path, says so clearly, and never returns partial results. */
class SearchTimeLimitTest {
  @TempDir Path root;

  private static final List<SearchRequest> EVERY_PATH = List.of(
      SearchRequest.of("医疗援疆"), // words, relevance
      SearchRequest.of(""), // a listing (cached counts)
      new SearchRequest("医疗援疆", Map.of(Schema.F_PROVINCE, List.of(SampleCorpus.XJ)), null, null,
          SearchRequest.Sort.relevance, 1, 10), // drill-down with sideways counts
      new SearchRequest("医院", Map.of(Schema.F_PROVINCE, List.of(SampleCorpus.XJ, SampleCorpus.SC),
          Schema.F_YEAR, List.of("2021", "2022", "2025")), null, null, SearchRequest.Sort.newest, 1, 10), // multi-select
      new SearchRequest("", Map.of(Schema.F_YEAR, List.of("2022")), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1),
          SearchRequest.Sort.newest, 1, 10), // filtered listing with dates
      new SearchRequest("source:川南 OR \"医院 签约\"~10", Map.of(), null, null, SearchRequest.Sort.relevance, 1, 10));

  @Test
  void aLimitThatHasPassedStopsEverySearchPathWithAClearMessage() throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService service = new SearchService(root, Synonyms.none(), Duration.ofNanos(1))) {
      for (SearchRequest r : EVERY_PATH) {
        assertThatThrownBy(() -> service.search(r))
            .as("%s", r)
            .isInstanceOf(SearchTimeoutException.class)
            .isInstanceOf(BadQueryException.class) // the web app's 400 mapping applies as it is
            .hasMessageContaining("用时过长").hasMessageContaining("took too long")
            .satisfies(e -> assertThat(((BadQueryException) e).parameter()).isEqualTo("q"));
      }
      assertThatThrownBy(() -> service.searchAgreements(SearchRequest.of("")))
          .isInstanceOf(SearchTimeoutException.class);
      assertThatThrownBy(() -> service.searchAgreements(new SearchRequest("医联体",
          Map.of(Schema.F_AGREEMENT_TYPE, List.of("医联体")), null, null, SearchRequest.Sort.relevance, 1, 10)))
          .isInstanceOf(SearchTimeoutException.class);
      // The limit is per search: the thread is not left in a timed-out state afterwards.
      assertThat(SearchDeadline.expired()).isFalse();
    }
  }

  @Test
  void aGenerousLimitChangesNoResult() throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService plain = new SearchService(root);
        SearchService limited = new SearchService(root, Synonyms.none(), Duration.ofMinutes(1))) {
      for (SearchRequest r : EVERY_PATH) {
        SearchResult a = plain.search(r);
        SearchResult b = limited.search(r);
        assertThat(b.total()).as("%s", r).isEqualTo(a.total());
        assertThat(b.facets()).as("%s", r).isEqualTo(a.facets());
        assertThat(b.hits().stream().map(h -> h.article().id() + h.titleHighlight() + h.snippet()).toList())
            .isEqualTo(a.hits().stream().map(h -> h.article().id() + h.titleHighlight() + h.snippet()).toList());
      }
      assertThat(limited.search(EVERY_PATH.get(0)).total()).isPositive();
    }
  }

  @Test
  void aSlowQueryIsStoppedInsideDrillSidewaysAndPlainSearch() throws Exception {
    FacetsConfig config = new FacetsConfig();
    try (FSDirectory dir = FSDirectory.open(root.resolve("slow"))) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 20_000; i++) {
          Document d = new Document();
          d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          d.add(new SortedSetDocValuesFacetField("dim", "v" + (i % 7)));
          d.add(new SortedSetDocValuesFacetField("other", "w" + (i % 3)));
          w.addDocument(config.build(d));
        }
      }
      try (DirectoryReader reader = new ExitableDirectoryReader(DirectoryReader.open(dir), SearchDeadline.INSTANCE)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        // 20,000 documents, 1 ms per 10: two seconds each unless the limit of 100 ms stops it (the plain
        // search's bulk scorer is checked every 4,096 documents, about 0.4 s).
        Query slow = new TimeLimitedQuery(new SlowQuery());
        DrillDownQuery sideways = new DrillDownQuery(config, slow);
        sideways.add("dim", "v1");
        sideways.add("dim", "v2");
        long t0 = System.nanoTime();
        try (SearchDeadline.Scope s = SearchDeadline.start(Duration.ofMillis(100))) {
          assertThatThrownBy(() -> new DrillSideways(searcher, config, state).search(sideways, 10))
              .isInstanceOf(SearchTimeoutException.class);
        }
        long t1 = System.nanoTime();
        try (SearchDeadline.Scope s = SearchDeadline.start(Duration.ofMillis(100))) {
          // Counting visits every match (a top-10 search of equal scores would stop after ten).
          assertThatThrownBy(() -> searcher.count(slow)).isInstanceOf(SearchTimeoutException.class);
        }
        long t2 = System.nanoTime();
        assertThat(Duration.ofNanos(t1 - t0)).as("drill sideways").isLessThan(Duration.ofMillis(1500));
        assertThat(Duration.ofNanos(t2 - t1)).as("plain search").isLessThan(Duration.ofMillis(1500));
        // Facet counting reads doc values through the exitable reader: checked too.
        FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        try (SearchDeadline.Scope s = SearchDeadline.start(Duration.ofNanos(1))) {
          Thread.sleep(1);
          assertThatThrownBy(() -> new SortedSetDocValuesFacetCounts(state, all))
              .isInstanceOf(ExitableDirectoryReader.ExitingReaderException.class);
        }
        // No limit running: the same counting and the same search complete.
        assertThat(new SortedSetDocValuesFacetCounts(state, all).getTopChildren(10, "dim").value.intValue())
            .isEqualTo(20_000);
        assertThat(searcher.count(new TimeLimitedQuery(new MatchAllDocsQuery()))).isEqualTo(20_000);
      }
    }
  }

  /** Matches every document, one millisecond per ten. */
  private static final class SlowQuery extends Query {
    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) {
          int max = context.reader().maxDoc();
          DocIdSetIterator it = new DocIdSetIterator() {
            int doc = -1;

            @Override
            public int docID() {
              return doc;
            }

            @Override
            public int nextDoc() throws IOException {
              return advance(doc + 1);
            }

            @Override
            public int advance(int target) throws IOException {
              try {
                if (target % 10 == 0) {
                  Thread.sleep(1);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
              }
              doc = target >= max ? NO_MORE_DOCS : target;
              return doc;
            }

            @Override
            public long cost() {
              return max;
            }
          };
          Scorer scorer = new ConstantScoreScorer(score(), scoreMode, it);
          return new ScorerSupplier() {
            @Override
            public Scorer get(long leadCost) {
              return scorer;
            }

            @Override
            public long cost() {
              return max;
            }
          };
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "slow";
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o);
    }

    @Override
    public int hashCode() {
      return classHash();
    }
  }
}
