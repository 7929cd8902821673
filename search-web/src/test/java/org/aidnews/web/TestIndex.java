package org.aidnews.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.search.SampleCorpus;

/** A published index of the indexer's fixed sample corpus, written once per test JVM. */
public final class TestIndex {
  private static Path root;

  private TestIndex() {}

  public static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("aidnews-web-test");
        SampleCorpus.write(root, SampleCorpus.articles());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }
}
