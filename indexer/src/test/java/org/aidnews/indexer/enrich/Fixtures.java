package org.aidnews.indexer.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.aidnews.indexer.enrich.eval.LabelledPage;
import org.aidnews.indexer.enrich.eval.LabelledPages;

/** The enrichment fixtures under {@code src/test/resources/enrich/} (see its README). */
public final class Fixtures {
  private Fixtures() {}

  public static Path articlesDir() {
    try {
      return Path.of(Fixtures.class.getResource("/enrich/articles").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<LabelledPage> articles() {
    LabelledPages loader = new LabelledPages();
    List<LabelledPage> pages = loader.fixtures(articlesDir());
    if (!loader.problems().isEmpty()) {
      throw new IllegalStateException("bad fixtures: " + loader.problems());
    }
    return pages;
  }

  public static LabelledPage article(String fileName) {
    return articles().stream().filter(p -> p.id().equals(fileName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture " + fileName));
  }

  /** A seed page's whole text (Simplified, pinyin removed, nothing else removed). */
  public static String rawSeed(String number) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream("/enrich/seeds-raw/" + number + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no raw seed " + number);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
