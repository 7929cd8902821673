package org.aidnews.indexer.extract;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;

/** Where a continuation page ({@code art_123_2.html}, {@code index_1.shtml}) belongs: its first page and its place. */
public final class Pagination {
  private Pagination() {}

  /**
   * The first page of the article {@code url} continues.
   *
   * @param firstPageUrl the URL of page 1 (the stem with the page number removed)
   * @param order        the position of {@code url} among the pages (2 for {@code _2}; index-style {@code _1} is 2)
   */
  public record Place(String firstPageUrl, int order) {}

  public static Optional<Place> of(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (uri.getPath() == null) {
      return Optional.empty();
    }
    Matcher m = PageKind.PAGED.matcher(uri.getPath());
    if (!m.matches()) {
      return Optional.empty();
    }
    String stem = m.group(1);
    int n = Integer.parseInt(m.group(2));
    boolean indexStyle = stem.toLowerCase(java.util.Locale.ROOT).endsWith("/index");
    String first = url.substring(0, url.indexOf(uri.getRawPath())) + stem + m.group(3);
    return Optional.of(new Place(first, indexStyle ? n + 1 : n));
  }
}
