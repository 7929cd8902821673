package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full rebuilds published while queries run: a query with hits before and after never sees zero. */
class RebuildDuringQueriesTest {
  @Test
  void queriesNeverSeeAHalfBuiltIndex(@TempDir Path root) throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService service = new SearchService(root)) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong queries = new AtomicLong();
      AtomicLong zero = new AtomicLong();
      AtomicReference<Throwable> error = new AtomicReference<>();
      Runnable reader = () -> {
        while (!stop.get()) {
          try {
            if (service.search(SearchRequest.of("医疗援疆")).total() == 0) {
              zero.incrementAndGet();
            }
            queries.incrementAndGet();
          } catch (Throwable t) {
            error.compareAndSet(null, t);
            return;
          }
        }
      };
      Thread a = new Thread(reader);
      Thread b = new Thread(reader);
      a.start();
      b.start();
      for (int i = 0; i < 8; i++) {
        SampleCorpus.write(root, SampleCorpus.articles()); // a new generation, published atomically
        service.refresh();
      }
      stop.set(true);
      a.join();
      b.join();
      assertThat(error.get()).isNull();
      assertThat(queries.get()).isGreaterThan(0);
      assertThat(zero.get()).isZero();
      assertThat(service.status().generation()).startsWith("gen-");
    }
  }
}
