package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Role;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parts of the search contract (issue 6) not covered elsewhere: the schema version check, escaping
 * before marking, the readable fallback snippet, newest-first and date ranges, the paging depth
 * limit, and that cached listing counts equal freshly counted ones.
 */
class SearchContractTest {
  @TempDir Path root;

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithAClearMessage() throws Exception {
    IndexLocation loc = new IndexLocation(root);
    Path gen = loc.newGeneration();
    try (FSDirectory dir = FSDirectory.open(gen);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
      w.setLiveCommitData(Map.of(Schema.COMMIT_SCHEMA_VERSION, "0-old").entrySet());
      w.commit();
    }
    loc.publish(gen);
    assertThatThrownBy(() -> new SearchService(root))
        .isInstanceOf(SearchService.IncompatibleIndexException.class)
        .hasMessageContaining("schema version 0-old")
        .hasMessageContaining("version " + Schema.VERSION)
        .hasMessageContaining("./aidnews index");
  }

  @Test
  void markupInArticlesIsEscapedBeforeMatchesAreMarkedAndUnmatchedPagesGetAReadableSnippet() throws Exception {
    List<EnrichedArticle> list = new ArrayList<>(SampleCorpus.articles());
    list.add(SampleCorpus.article("http://x.test/6", "<script>alert(1)</script>援藏医疗队&义诊",
        "拉萨市人民医院<b>重点</b>：援藏医疗队开展义诊。第二句说明情况。", LocalDate.of(2020, 2, 2), "某报",
        List.of(SampleCorpus.place(SampleCorpus.XZ, "拉萨市", null, Role.recipient)), List.of(),
        List.of(SampleCorpus.XZ), List.of("拉萨市人民医院"), List.of(), "c6"));
    SampleCorpus.write(root, list);
    try (SearchService s = new SearchService(root)) {
      SearchResult.Hit hit = s.search(SearchRequest.of("援藏医疗队")).hits().stream()
          .filter(h -> h.article().url().equals("http://x.test/6")).findFirst().orElseThrow();
      assertThat(hit.titleHighlight()).contains("&lt;script&gt;").contains("&amp;").doesNotContain("<script>")
          .contains("<mark>");
      assertThat(hit.snippet()).contains("&lt;b&gt;").doesNotContain("<b>").contains("<mark>");
      // No words: nothing to mark, but every hit still shows its title and the start of its text.
      SearchResult listing = s.search(SearchRequest.of(""));
      assertThat(listing.hits()).isNotEmpty().allSatisfy(h -> {
        assertThat(h.snippet()).isNotBlank().doesNotContain("<mark>");
        assertThat(h.titleHighlight()).isNotBlank().doesNotContain("<script>");
      });
    }
  }

  @Test
  void newestFirstDateRangesAndThePagingDepthLimit() throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService s = new SearchService(root)) {
      SearchResult newest = s.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.newest, 1, 10));
      assertThat(newest.hits()).extracting(h -> h.article().published())
          .containsExactly(LocalDate.of(2025, 5, 13), LocalDate.of(2024, 3, 1), LocalDate.of(2023, 8, 2),
              LocalDate.of(2022, 1, 26), LocalDate.of(2021, 5, 28));
      SearchResult range = s.search(new SearchRequest("", Map.of(), LocalDate.of(2022, 1, 26), LocalDate.of(2023, 8, 2),
          SearchRequest.Sort.newest, 1, 10));
      assertThat(range.total()).isEqualTo(2);
      assertThat(range.hits()).extracting(h -> h.article().url()).containsExactly("http://c.test/3", "http://d.test/4");
      assertThat(range.facets().get(Schema.F_YEAR)).extracting(SearchResult.FacetValue::value)
          .containsExactly("2023", "2022");
      assertThatThrownBy(() -> s.search(new SearchRequest("援疆", Map.of(), null, null, SearchRequest.Sort.relevance,
          101, 10)))
          .isInstanceOf(BadQueryException.class)
          .satisfies(e -> assertThat(((BadQueryException) e).parameter()).isEqualTo("page"));
      assertThat(s.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.relevance, 100, 10)).hits())
          .isEmpty(); // the last allowed page (results 991–1000) is served, empty here
    }
  }

  @Test
  void listingCountsServedFromTheCacheEqualCountsOfTheSameListingAsAQuery() throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService s = new SearchService(root)) {
      // "医院 OR -医院" matches every article but is not a listing, so it is counted afresh each time.
      for (Map<String, List<String>> filters : List.of(Map.<String, List<String>>of(),
          Map.of(Schema.F_PROVINCE, List.of(SampleCorpus.XJ)),
          Map.of(Schema.F_YEAR, List.of("2021", "2025"), Schema.F_HELPER, List.of(SampleCorpus.ZJ, SampleCorpus.GD)))) {
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
          SearchResult cached = s.search(new SearchRequest("", filters, null, null, SearchRequest.Sort.relevance, 1, 10));
          SearchResult counted = s.search(new SearchRequest("医院 OR -医院", filters, null, null,
              SearchRequest.Sort.relevance, 1, 10));
          assertThat(cached.total()).as("%s", filters).isEqualTo(counted.total());
          assertThat(cached.facets()).as("%s", filters).isEqualTo(counted.facets());
          assertThat(cached.hits()).extracting(h -> h.article().id())
              .containsExactlyInAnyOrderElementsOf(counted.hits().stream().map(h -> h.article().id()).toList());
        }
      }
      SearchService.AgreementResult agreements = s.searchAgreements(SearchRequest.of(""));
      assertThat(agreements.total()).isEqualTo(3);
      assertThat(agreements.facets().get(Schema.F_AGREEMENT_TYPE)).extracting(SearchResult.FacetValue::count)
          .containsExactly(2L, 1L);
    }
  }

  @Test
  void cachedListingCountsReadByManyThreadsAtOnceGiveEveryThreadTheSameAnswer() throws Exception {
    // The cached counts are one object read by every request showing that listing; Lucene's
    // label lookups inside it are not thread-safe, so unguarded concurrent reads corrupt each other.
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService s = new SearchService(root)) {
      List<Map<String, List<String>>> listings = List.of(Map.of(),
          Map.of(Schema.F_PROVINCE, List.of(SampleCorpus.XJ)),
          Map.of(Schema.F_HELPER, List.of(SampleCorpus.ZJ, SampleCorpus.GD)));
      List<SearchResult> expected = new ArrayList<>();
      for (Map<String, List<String>> f : listings) {
        expected.add(s.search(new SearchRequest("", f, null, null, SearchRequest.Sort.relevance, 1, 10)));
      }
      int threads = 8;
      var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int offset = t;
          runs.add(pool.submit(() -> {
            int same = 0;
            for (int i = 0; i < 1500; i++) {
              int k = (i + offset) % listings.size();
              SearchResult r = s.search(new SearchRequest("", listings.get(k), null, null,
                  SearchRequest.Sort.relevance, 1, 10));
              if (r.total() == expected.get(k).total() && r.facets().equals(expected.get(k).facets())) {
                same++;
              }
            }
            return same;
          }));
        }
        for (var run : runs) {
          assertThat(run.get()).isEqualTo(1500); // rethrows any exception a thread met
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
