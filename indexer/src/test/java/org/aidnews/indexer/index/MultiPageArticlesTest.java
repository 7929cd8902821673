package org.aidnews.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.eval.SampleSitesWarc;
import org.aidnews.indexer.extract.Pagination;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiPageArticlesTest {
  @Test
  void continuationPagesJoinTheirFirstPage(@TempDir Path dir) throws Exception {
    SampleSitesWarc.write(IndexUpdaterTest.sites(), dir.resolve("warc"));
    IndexBuilder.Stats stats = new IndexBuilder(Pipeline.standard(), 2).rebuild(dir.resolve("warc"),
        new IndexLocation(dir.resolve("index")), w -> { }, s -> { });
    assertThat(stats.merged.get()).isGreaterThanOrEqualTo(1);
    try (SearchService search = new SearchService(dir.resolve("index"))) {
      // The closing paragraph is on page 2 only; the hit is the article's first page.
      SearchResult r = search.search(SearchRequest.of("\"危重新生儿救治中心\""));
      assertThat(r.hits()).extracting(h -> h.article().url())
          .contains("http://127.0.0.1:18401/xwzx/gzdt/202209/t20220908_8388207.html")
          .doesNotContain("http://127.0.0.1:18401/xwzx/gzdt/202209/t20220908_8388207_2.html");
      var article = search.article(Pipeline.articleId("http://127.0.0.1:18401/xwzx/gzdt/202209/t20220908_8388207.html"))
          .orElseThrow();
      assertThat(article.body()).contains("危重新生儿救治中心");
      assertThat(article.article().title()).isEqualTo("全区“组团式”医疗援疆工作推进会在喀什召开");
    }
  }

  @Test
  void pagePlaces() {
    assertThat(Pagination.of("http://a.test/art/2022/t1_8388207_2.html")).hasValueSatisfying(p -> {
      assertThat(p.firstPageUrl()).isEqualTo("http://a.test/art/2022/t1_8388207.html");
      assertThat(p.order()).isEqualTo(2);
    });
    assertThat(Pagination.of("http://a.test/news/index_1.shtml")).hasValueSatisfying(p -> {
      assertThat(p.firstPageUrl()).isEqualTo("http://a.test/news/index.shtml");
      assertThat(p.order()).isEqualTo(2);
    });
    assertThat(Pagination.of("http://a.test/news/article.html")).isEmpty();
  }
}
