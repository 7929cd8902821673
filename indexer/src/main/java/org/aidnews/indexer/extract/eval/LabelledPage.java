package org.aidnews.indexer.extract.eval;

import java.time.Instant;

/**
 * One labelled page: the bytes as served and the facts a reader would write down.
 *
 * @param id          where it came from, e.g. {@code sites/xj-hwc/news__2021__0528__art_1.html.json}
 * @param url         the URL the page is served at
 * @param contentType the Content-Type header it is served with, or null
 * @param fetchedAt   the fetch time to assume (labels may give one as {@code fetchedAt}), or null
 * @param bytes       the raw page
 * @param expected    the labelled facts
 */
public record LabelledPage(String id, String url, String contentType, Instant fetchedAt, byte[] bytes,
    Expected expected) {

  /** The labelled set the page belongs to: {@code sites}, {@code heldout}, {@code heldout2} … (its id's first part). */
  public String set() {
    int slash = id.indexOf('/');
    return slash < 0 ? id : id.substring(0, slash);
  }

  /**
   * The labelled facts that extraction is measured on. {@code hasTitle} etc. say whether the label
   * file gives the field at all (list pages give only charset and isArticle).
   */
  public record Expected(String charset, boolean isArticle, boolean hasTitle, String title, boolean hasPublished,
      String published, boolean hasScript, String script, boolean hasBody, String body, String source,
      String author) {}
}
