package org.aidnews.indexer.extract;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.Script;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns a decoded page into a clean article. PLACEHOLDER: replaced by the extraction work. */
public final class ArticleExtractor {
  /** Extracts title, body, date, source and quality from one decoded page. Never throws on bad HTML. */
  public Article extract(String url, Instant fetchedAt, Decoded decoded) {
    Document doc = Jsoup.parse(decoded.text(), url);
    return new Article(url, fetchedAt, decoded.charset(), doc.title(), doc.body() == null ? "" : doc.body().text(),
        null, null, null, null, Script.Hans, true, true, 1.0, new Quality(List.of(), Set.of(), 0, null));
  }
}
