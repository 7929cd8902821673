package org.aidnews.indexer.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the facts found in it: the record the index stores.
 *
 * @param id                 stable article id (derived from the canonical URL)
 * @param article            the clean article, in the page's own script
 * @param titleSimplified    the title converted to Simplified, for search
 * @param bodySimplified     the body converted to Simplified, for search
 * @param places             places with roles
 * @param provinces          canonical province names the article is about (no navigation noise)
 * @param helperProvinces    provinces on the assisting side
 * @param recipientProvinces provinces on the receiving side
 * @param hospitals          canonical Simplified hospital names
 * @param agreements         signings reported
 * @param topics             controlled topic labels
 * @param clusterKey         syndication cluster key; copies of one story share it
 */
public record EnrichedArticle(
    String id,
    Article article,
    String titleSimplified,
    String bodySimplified,
    List<Place> places,
    List<String> provinces,
    List<String> helperProvinces,
    List<String> recipientProvinces,
    List<String> hospitals,
    List<Agreement> agreements,
    List<String> topics,
    String clusterKey) {
  public EnrichedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    places = List.copyOf(places);
    provinces = List.copyOf(provinces);
    helperProvinces = List.copyOf(helperProvinces);
    recipientProvinces = List.copyOf(recipientProvinces);
    hospitals = List.copyOf(hospitals);
    agreements = List.copyOf(agreements);
    topics = List.copyOf(topics);
  }
}
