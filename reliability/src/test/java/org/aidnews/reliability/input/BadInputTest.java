package org.aidnews.reliability.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidnews.indexer.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile pages through the pipeline and the real index build; broken configuration files. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void everyHostilePageGetsAnOutcomeAndNoneCrashesThePipeline() {
    var pages = HostilePages.all(1.0);

    HostileSweep.Result r = HostileSweep.run(pages, Pipeline.standard(), 60);

    assertThat(r.fates()).hasSize(pages.size()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(r.fates()).filteredOn(f -> f.crash() != null).isEmpty();
    assertThat(r.crashed()).isZero();
  }

  @Test
  void hostilePagesInAWarcDoNotCostTheOrdinaryArticlesTheirPlaceInTheIndex() throws Exception {
    var pages = HostilePages.all(0.3);

    HostileIndexBuild.Result r = HostileIndexBuild.run(pages, 50, dir, 90);

    assertThat(r.error()).isNull();
    assertThat(r.published()).isTrue();
    assertThat(r.served().wholeAndClean()).isTrue();
    assertThat(r.pagesSeen()).isEqualTo(r.records());
    assertThat(r.indexed()).isGreaterThanOrEqualTo(r.ordinaryArticles());
  }

  @Test
  void aRecordWithAnOverlongUrlDoesNotStopTheRebuild() throws Exception {
    // WARC files may come from elsewhere ("whoever wrote it"): the URL is not bounded by our crawler's limit.
    var pages = HostilePages.all(0.1).stream().filter(h -> h.page().url().length() > 60_000).toList();
    assertThat(pages).hasSize(1);

    HostileIndexBuild.Result r = HostileIndexBuild.run(pages, 20, dir, 90);

    assertThat(r.error()).isNull();
    assertThat(r.published()).isTrue();
    assertThat(r.indexed()).isGreaterThanOrEqualTo(r.ordinaryArticles());
  }

  @Test
  void malformedSitesFilesStopTheCrawlerWithExitCode2NamingFileAndKey() throws Exception {
    assertThat(ConfigChecks.crawlerSites(dir)).isEmpty();
  }

  @Test
  void aMalformedSynonymFileStopsThePortalNamingFileAndLine() throws Exception {
    assertThat(ConfigChecks.portalSynonyms(ConfigChecks.repoConfig().resolve("synonyms.tsv"), dir,
        dir.resolve("no-index"))).isEmpty();
  }
}
