package org.aidnews.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.eval.SampleSitesWarc;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdaterTest {
  static Path sites() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("testdata/sites"))) {
      p = p.getParent();
    }
    return p.resolve("testdata/sites");
  }

  @Test
  void newWarcFilesAreAddedToTheServedIndexInOneCommitAndTheSearcherSeesThem(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("warc");
    Path index = dir.resolve("index");
    // First a full build over an empty crawl directory, then a crawl arrives.
    Files.createDirectories(warc);
    new IndexBuilder(Pipeline.standard(), 2).rebuild(warc, new IndexLocation(index), w -> { }, s -> { });
    try (SearchService search = new SearchService(index)) {
      assertThat(search.search(SearchRequest.of("医疗援疆")).total()).isZero();
      String generation = search.status().generation();
      Thread.sleep(5); // the new file must be younger than the commit
      SampleSitesWarc.write(sites(), warc);
      Files.setLastModifiedTime(warc.resolve("sample-sites.warc.gz"), FileTime.from(Instant.now()));
      IndexUpdater.Result r = new IndexUpdater(Pipeline.standard()).update(warc, new IndexLocation(index), w -> { });
      assertThat(r.files()).isEqualTo(1);
      assertThat(r.indexed()).isGreaterThanOrEqualTo(50);
      assertThat(r.agreements()).isPositive();
      search.refresh();
      assertThat(search.status().generation()).isEqualTo(generation); // same generation, new commit
      long total = search.search(SearchRequest.of("医疗援疆")).total();
      assertThat(total).isPositive();
      assertThat(search.status().articles()).isEqualTo(r.articles());
      // A second update with nothing new changes nothing but the derived records, which stay the same.
      IndexUpdater.Result again = new IndexUpdater(Pipeline.standard()).update(warc, new IndexLocation(index), w -> { });
      assertThat(again.files()).isZero();
      assertThat(again.articles()).isEqualTo(r.articles());
      assertThat(again.agreements()).isEqualTo(r.agreements());
      assertThat(again.clusters()).isEqualTo(r.clusters());
      search.refresh();
      assertThat(search.search(SearchRequest.of("医疗援疆")).total()).isEqualTo(total);
      assertThat(search.searchAgreements(SearchRequest.of("")).total()).isEqualTo(r.agreements());
    }
  }
}
