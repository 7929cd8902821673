package org.aidnews.reliability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.reliability.Seeds;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.load.LoadHarness;
import org.junit.jupiter.api.Test;

/**
 * Eight concurrent clients for 15 s against the portal over 10,000 articles while a full rebuild
 * of the same WARC files is published (5 s in) and the portal swaps to it: no errors, the canary
 * query never finds nothing.
 */
class LoadTest {
  @Test
  void underLoadARebuildIsPublishedWithoutErrorsAndTheCanaryNeverDropsToZero() throws Exception {
    Path work = Files.createTempDirectory("aidnews-reliability-load");
    PortalFixture fixture = new PortalFixture(work).build(10_000, null);
    assertThat(fixture.indexed()).isGreaterThanOrEqualTo(10_000);
    Runnable publish = fixture.prepareRebuild();
    String before = fixture.currentGeneration();
    try (Portal portal = Portal.start(fixture.properties(0), work.resolve("portal.log"), 180)) {
      Http http = new Http(portal.base(), portal.port());
      for (int i = 0; i < 5; i++) { // warm-up: the figures are the index's, not the JIT's
        http.get("/search?q=%E5%8C%BB%E8%81%94%E4%BD%93");
        http.get("/articles/" + fixture.articleIds().get(i));
      }
      Thread publisher = Thread.ofPlatform().start(() -> {
        try {
          Thread.sleep(5_000);
          publish.run();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });

      LoadHarness.Result r = LoadHarness.run(portal.base(), fixture.articleIds(), AidArticles.CANARY, 8, 15, 120, 5,
          2_000_000, () -> !fixture.currentGeneration().equals(before), Seeds.seed());
      publisher.join();

      System.out.printf(java.util.Locale.ROOT, "load: %d requests in %.1f s, p50 %.1f ms, p99 %.1f ms%n",
          r.requests(), r.seconds(), r.p50Ms(), r.p99Ms());
      assertThat(r.publishedDuringRun()).as("the rebuild was published while the load ran").isTrue();
      assertThat(r.errorExamples()).isEmpty();
      assertThat(r.errors()).isZero();
      assertThat(r.canaryChecks()).isPositive();
      assertThat(r.canaryZeroHits()).isZero();
      assertThat(r.requests()).isPositive();
      assertThat(portal.fatalLogLines()).isEmpty();
    }
  }
}
