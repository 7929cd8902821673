package org.aidnews.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.enrich.ConfigFiles;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.search.Synonyms;

/** The sample sites indexed the real way (WARC → pipeline → index), once per test JVM. */
final class SampleSitesIndex {
  private static SearchService service;

  private SampleSitesIndex() {}

  static synchronized SearchService service() {
    if (service == null) {
      try {
        Path work = Files.createTempDirectory("aidnews-sample-index");
        SampleSitesWarc.write(SearchRelevanceTest.testdata().resolve("sites"), work.resolve("warc"));
        new IndexBuilder(Pipeline.standard(), 2).rebuild(work.resolve("warc"), new IndexLocation(work.resolve("index")),
            w -> { }, s -> { });
        service = new SearchService(work.resolve("index"),
            Synonyms.load(ConfigFiles.locate().dir().resolve("synonyms.tsv")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return service;
  }
}
