package org.aidnews.indexer.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response as the crawler stored it in a WARC file: the indexer's only input.
 *
 * @param url       the target URI of the WARC record
 * @param fetchedAt the WARC-Date of the record
 * @param status    HTTP status code
 * @param headers   HTTP response headers, names lower-cased (last value wins)
 * @param body      the payload bytes, already de-chunked and decompressed
 */
public record FetchedPage(String url, Instant fetchedAt, int status, Map<String, String> headers, byte[] body) {
  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** The value of a response header, matched case-insensitively, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
