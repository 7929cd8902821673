package org.aidnews.indexer.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.Script;
import org.aidnews.indexer.normalize.ScriptConverter;

/** One shared enricher over the repository's config tables (loading them takes a moment), and helpers. */
public final class TestEnricher {
  private static Enricher enricher;

  private TestEnricher() {}

  public static synchronized Enricher get() {
    if (enricher == null) {
      enricher = new Enricher();
    }
    return enricher;
  }

  /** Enriches a text given in either script, as the pipeline would (converted to Simplified first). */
  public static EnrichedArticle enrich(String title, String body, LocalDate published) {
    ScriptConverter c = ScriptConverter.get();
    Article a = new Article("http://test.invalid/a", Instant.EPOCH, "UTF-8", title, body, published, null, null, null,
        Script.Hans, true, true, 1.0, new Quality(List.of(), Set.of(), 0, null));
    return get().enrich("t", a, c.toSimplified(title), c.toSimplified(body));
  }
}
