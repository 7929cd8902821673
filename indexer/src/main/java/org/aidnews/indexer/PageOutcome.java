package org.aidnews.indexer;

import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.RejectReason;

/**
 * What the pipeline made of one page: an enriched article to index, or a reject reason.
 *
 * @param url      the page URL
 * @param article  the extracted article (present even when rejected, unless undecodable), or null
 * @param enriched the enriched article to index, or null when rejected
 * @param reject   why the page is not indexed, or null
 * @param detail   a human-readable explanation for logs and summaries, or null
 */
public record PageOutcome(String url, Article article, EnrichedArticle enriched, RejectReason reject, String detail) {
  public boolean indexed() {
    return enriched != null;
  }
}
