package org.aidnews.indexer.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.model.QualityFlag;

/**
 * What the index stores about an article for display: the same names as the JSON API.
 * Body text is stored separately in the {@code body} field (it is highlighted from there).
 */
public record StoredArticle(
    String id,
    String url,
    String title,
    LocalDate published,
    String publishedRule,
    String source,
    String author,
    String script,
    Instant fetchedAt,
    String charset,
    List<Place> places,
    List<String> provinces,
    List<String> helperProvinces,
    List<String> recipientProvinces,
    List<String> hospitals,
    List<Agreement> agreements,
    List<String> topics,
    String clusterKey,
    Set<QualityFlag> qualityFlags,
    int lostChars) {

  public static StoredArticle of(EnrichedArticle e) {
    var a = e.article();
    return new StoredArticle(e.id(), a.url(), a.title(), a.published(), a.publishedRule(), a.source(), a.author(),
        a.script().name(), a.fetchedAt(), a.charset(), e.places(), e.provinces(), e.helperProvinces(),
        e.recipientProvinces(), e.hospitals(), e.agreements(), e.topics(), e.clusterKey(), a.quality().flags(),
        a.quality().lostChars());
  }
}
